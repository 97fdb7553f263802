#include "chartsview.h"

#include "format/displayformat.h"
#include "quality/chartspecs.h"
#include "quality/palette.h"
#include "quality/worststreams.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QSpinBox>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
/// One or two letters for a chart label; the tooltip and the legend say the rest.
QString mediaKindAbbreviation(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Audio:
        return QCoreApplication::translate("ChartsView", "A", "chart label: audio");
    case MediaKind::Video:
        return QCoreApplication::translate("ChartsView", "V", "chart label: video");
    case MediaKind::ScreenSharing:
        return QCoreApplication::translate("ChartsView", "SS", "chart label: screen sharing");
    case MediaKind::Other:
        break;
    }
    return QCoreApplication::translate("ChartsView", "?", "chart label: other media");
}

constexpr int kDefaultLimit = 20;

/// Short names keep the labels readable under the bars: "12 Ana→Conf", "12 Conf→Ana".
QString shortName(const QString& name)
{
    const QString first = name.section(u' ', 0, 0);
    return first.isEmpty() ? QStringLiteral("?") : (first.size() > 8 ? first.left(7) + u'…' : first);
}
} // namespace

ChartsView::ChartsView(QWidget* parent)
    : QWidget(parent)
    , DocumentPane(this)
    , m_limit(new QSpinBox(this))
    , m_caption(new QLabel(this))
{
    m_limit->setRange(1, 500);
    m_limit->setValue(kDefaultLimit);
    m_limit->setToolTip(tr("Most streams to draw; with more, the worst are shown"));
    connect(m_limit, &QSpinBox::valueChanged, this, &ChartsView::rebuild);
    auto* top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(new QLabel(tr("Streams shown, at most:"), this));
    top->addWidget(m_limit);
    auto* charts = new QHBoxLayout;
    for (size_t i = 0; i < chartSpecs().size(); ++i) {
        auto* view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
        charts->addWidget(view, 1);
        m_views.push_back(view);
    }
    m_averages.resize(m_views.size());
    m_maxima.resize(m_views.size());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    rebuild();
}

QList<double> ChartsView::averages(int chart) const
{
    return chart >= 0 && size_t(chart) < m_averages.size() ? m_averages[size_t(chart)] : QList<double>();
}

QList<double> ChartsView::maxima(int chart) const
{
    return chart >= 0 && size_t(chart) < m_maxima.size() ? m_maxima[size_t(chart)] : QList<double>();
}

void ChartsView::prepareForPicture()
{
    m_wholeCall = true;
    rebuild();
}

QString ChartsView::scopeText(const NodeRef& node) const
{
    switch (node.kind) {
    case NodeRef::Kind::Record:
        return tr("streams of the call");
    case NodeRef::Kind::Session:
        //: chart scope; %1 the session number, e.g. "3"
        return tr("streams of session %1").arg(node.sessionNumber);
    case NodeRef::Kind::Segment:
        //: chart scope; %1 the session number, e.g. "3", %2 the segment number in it, e.g. "2"
        return tr("streams of session %1, segment %2").arg(node.sessionNumber).arg(node.segmentNumber);
    case NodeRef::Kind::Media:
    case NodeRef::Kind::Stream:
        //: chart scope; %1 the media label, e.g. "main-audio", %2 the session number, e.g. "3"
        return tr("streams of %1 in session %2").arg(node.media->label.toQString()).arg(node.sessionNumber);
    case NodeRef::Kind::None:
        break;
    }
    return {};
}

void ChartsView::rebuild()
{
    m_entries.clear();
    m_categories.clear();
    m_highlighted = -1;
    for (auto& list : m_averages)
        list.clear();
    for (auto& list : m_maxima)
        list.clear();
    const DocumentViewPtr shown = view();
    const QualityProfile profile = shown ? shown->profile() : QualityProfile::cqdPoorStream();
    const NodeRef node = !shown ? NodeRef {} : m_wholeCall ? resolve(*shown->record, NodePath::record()) : current();
    const MediaStream* highlight = node.kind == NodeRef::Kind::Stream ? node.stream : nullptr;

    // The streams below the node: all of them when they fit, else the worst N (one ranking for
    // every "worst streams" list), worst first.
    int total = 0;
    const int limit = m_limit->value();
    std::vector<RankedStream> streams;
    if (node.kind != NodeRef::Kind::None)
        streams = worstStreams(*shown->record, *shown->classification, limit, node.path(), &total);
    if (total <= limit)
        std::sort(streams.begin(), streams.end(),
            [](const RankedStream& a, const RankedStream& b) { return a.ordinal < b.ordinal; });
    const QString scope = scopeText(node);
    if (total == 0)
        m_caption->setText(tr("No streams to chart. Select a record, session, segment, media or stream."));
    else if (total > limit)
        //: %1 streams drawn, e.g. "20", %2 all streams, %3 the scope ("streams of session 3"), %4 profile
        m_caption->setText(tr("The worst %1 of %2 %3 · profile %4").arg(limit).arg(total).arg(scope, profile.name));
    else
        //: %1 is what is shown ("streams of session 3"), %2 how many, %3 the profile
        m_caption->setText(tr("%2 %1 · profile %3").arg(scope).arg(total).arg(profile.name));
    if (highlight)
        m_caption->setText(m_caption->text() + u" · " + tr("▶ marks the selected stream"));

    std::vector<MediaKind> kinds;
    for (size_t i = 0; i < streams.size(); ++i) {
        const RankedStream& s = streams[i];
        if (s.stream == highlight)
            m_highlighted = int(i);
        const QString caller
            = DisplayFormat::sideName(DisplayFormat::Side::Caller, s.segment->caller, s.session->caller);
        const QString callee
            = DisplayFormat::sideName(DisplayFormat::Side::Callee, s.segment->callee, s.session->callee);
        const bool up = s.stream->streamDirection.index != StreamDirection::CalleeToCaller;
        const MediaKind kind = s.verdict ? s.verdict->kind : mediaKind(*s.media, s.session);
        kinds.push_back(kind);
        //: chart label: %1 session number, %2 sender, %3 receiver, %4 media kind abbreviation ("A", "V", "SS")
        const QString label
            = tr("%1 %2→%3 %4")
                  .arg(s.sessionNumber)
                  .arg(shortName(up ? caller : callee), shortName(up ? callee : caller), mediaKindAbbreviation(kind));
        m_entries.push_back({ s.path, label, s.verdict && s.verdict->verdict == Verdict::Poor });
        m_categories.append(s.stream == highlight ? u"▶ " + label : label);
    }

    for (size_t chart = 0; chart < m_views.size(); ++chart) {
        QChart* old = m_views[chart]->chart();
        m_views[chart]->setChart(makeChart(chart, streams, kinds, profile));
        delete old;
    }
}

QChart* ChartsView::makeChart(size_t chart, const std::vector<RankedStream>& streams,
    const std::vector<MediaKind>& kinds, const QualityProfile& profile)
{
    const ChartSpec& spec = chartSpecs()[chart];
    auto* qchart = new QChart;
    qchart->setTitle(spec.titleText());
    qchart->setLocale(QLocale()); // axis labels with the reader's decimal separator
    qchart->setLocalizeNumbers(true);
    qchart->legend()->setVisible(chart == 0); // one legend for all
    qchart->legend()->setAlignment(Qt::AlignBottom);
    qchart->setMargins(QMargins(2, 2, 2, 2));
    auto* average = new QBarSet(tr("average"));
    auto* maximum = new QBarSet(tr("maximum"));
    average->setColor(Palette::chartAverage());
    maximum->setColor(Palette::chartMaximum());
    average->setSelectedColor(Palette::chartPoorAverage());
    maximum->setSelectedColor(Palette::chartPoorMaximum());
    const ThresholdRule* audioRule = spec.ruleFor(profile, MediaKind::Audio);
    double top = 0;
    for (size_t i = 0; i < streams.size(); ++i) {
        const MediaStream& stream = *streams[i].stream;
        const OptionalDouble avg = stream.*spec.average;
        const OptionalDouble max = spec.maximum ? stream.*spec.maximum : OptionalDouble {};
        const double a = avg ? *avg * spec.scale : 0;
        const double m = max ? *max * spec.scale : 0;
        average->append(a);
        maximum->append(m);
        m_averages[chart].append(avg ? a : std::nan(""));
        m_maxima[chart].append(max ? m : std::nan(""));
        top = std::max({ top, a, m });
        const ThresholdRule* rule = spec.ruleFor(profile, kinds[i]);
        if (rule && avg && rule->isPoor(*avg))
            average->selectBar(int(i));
        if (rule && max && rule->isPoor(*max))
            maximum->selectBar(int(i));
    }
    auto* series = new QBarSeries;
    series->append(average);
    series->append(maximum);
    qchart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(m_categories);
    categories->setLabelsAngle(m_categories.size() > 4 ? -45 : 0);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    categories->setTruncateLabels(false);
    categories->setLabelsVisible(m_categories.size() <= 60);
    qchart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    if (audioRule)
        top = std::max(top, audioRule->threshold * spec.scale);
    values->setRange(0, top > 0 ? top * 1.15 : 1);
    values->setLabelFormat(QStringLiteral("%.") + QString::number(spec.axisDecimals) + u'f');
    qchart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    if (audioRule && !streams.empty()) {
        // The threshold as a dashed line over all bars.
        auto* line = new QLineSeries;
        //: legend of the threshold line; %1 the threshold with its unit, e.g. "30 ms"
        line->setName(tr("poor above %1").arg(audioRule->conditionText().mid(2)));
        line->append(-0.5, audioRule->threshold * spec.scale);
        line->append(double(streams.size()) - 0.5, audioRule->threshold * spec.scale);
        QPen pen(Palette::threshold());
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        line->setPen(pen);
        qchart->addSeries(line);
        auto* x = new QValueAxis;
        x->setRange(-0.5, double(streams.size()) - 0.5);
        x->setVisible(false);
        qchart->addAxis(x, Qt::AlignTop);
        line->attachAxis(x);
        line->attachAxis(values);
    }
    connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
        if (index >= 0 && size_t(index) < m_entries.size())
            select(m_entries[size_t(index)].path);
    });
    connect(series, &QBarSeries::hovered, this, [this, &spec](bool status, int index, QBarSet* set) {
        if (!status || index < 0 || size_t(index) >= m_entries.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
            m_entries[size_t(index)].label + u'\n' + set->label() + u": " + spec.valueText(set->at(index) / spec.scale)
                + u'\n' + tr("click to select the stream"));
    });
    return qchart;
}
