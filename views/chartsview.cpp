#include "chartsview.h"

#include "format/displayformat.h"

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
const QColor kAverage(0x42, 0x7C, 0xB8);
const QColor kMaximum(0xA7, 0xC4, 0xE2);
const QColor kPoor(0xD3, 0x2F, 0x2F);
const QColor kPoorMaximum(0xF0, 0x9A, 0x9A);

OptionalDouble averageOf(const MediaStream& s, int chart)
{
    switch (chart) {
    case 0:
        return s.averageJitter;
    case 1:
        return s.averageRoundTripTime;
    default:
        return s.averagePacketLossRate;
    }
}

OptionalDouble maximumOf(const MediaStream& s, int chart)
{
    switch (chart) {
    case 0:
        return s.maxJitter;
    case 1:
        return s.maxRoundTripTime;
    default:
        return s.maxPacketLossRate;
    }
}

Metric metricOf(int chart)
{
    switch (chart) {
    case 0:
        return Metric::AverageJitter;
    case 1:
        return Metric::AverageRoundTripTime;
    default:
        return Metric::AveragePacketLossRate;
    }
}

double scaleOf(int chart)
{
    return chart == 2 ? 100.0 : 1.0;
}

/// The profile's rule for a metric and media kind, if it tests that metric.
const ThresholdRule* ruleFor(const QualityProfile& profile, MediaKind kind, Metric metric)
{
    for (const auto& rule : profile.rulesFor(kind).rules) {
        if (rule.metric == metric)
            return &rule;
    }
    return nullptr;
}
} // namespace

ChartsView::ChartsView(QWidget* parent)
    : QWidget(parent)
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
    for (auto*& view : m_views) {
        view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
        charts->addWidget(view, 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    rebuild();
}

QList<double> ChartsView::averages(int chart) const
{
    return m_averages[std::clamp(chart, 0, 2)];
}

QList<double> ChartsView::maxima(int chart) const
{
    return m_maxima[std::clamp(chart, 0, 2)];
}

void ChartsView::setNode(
    const NodeRef& node, CallRecordPtr record, std::shared_ptr<const RecordClassification> classification)
{
    m_node = record ? node : NodeRef {};
    m_record = std::move(record);
    m_classification = std::move(classification);
    rebuild();
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
    const QualityProfile profile = m_classification ? m_classification->profile() : QualityProfile::cqdPoorStream();

    // Collect the streams below the node, with labels.
    struct Candidate {
        const MediaStream* stream;
        const Session* session;
        const Segment* segment;
        int sessionNumber;
        bool poor;
        double score;
        MediaKind kind;
    };
    std::vector<Candidate> candidates;
    const MediaStream* highlight = m_node.kind == NodeRef::Kind::Stream ? m_node.stream : nullptr;
    // Short names keep the labels readable under the bars: "12 Ana→Conf", "12 Conf→Ana".
    const auto shortName = [](const QString& name) {
        const QString first = name.section(u' ', 0, 0);
        return first.isEmpty() ? QStringLiteral("?") : (first.size() > 8 ? first.left(7) + u'…' : first);
    };
    int sessionNumber = 0;
    const auto visitMedia = [&](const Session& session, const Segment& segment, const Media& media) {
        const MediaKind kind = mediaKind(media, &session);
        for (const MediaStream& stream : media.streams) {
            // Labels are made later, only for the streams drawn (a record can have 60,000).
            Candidate c { &stream, &session, &segment, sessionNumber, false, 0, kind };
            const StreamVerdict* verdict = m_classification ? m_classification->stream(&stream) : nullptr;
            c.poor = verdict && verdict->verdict == Verdict::Poor;
            // Worst first: poor streams, then by how close each metric is to its threshold.
            for (int chart = 0; chart < 3; ++chart) {
                const OptionalDouble value = averageOf(stream, chart);
                const ThresholdRule* rule = ruleFor(profile, MediaKind::Audio, metricOf(chart));
                if (value && rule && rule->threshold > 0)
                    c.score = std::max(c.score, *value / rule->threshold);
            }
            candidates.push_back(std::move(c));
        }
    };
    const auto visitSegment = [&](const Session& session, const Segment& segment) {
        for (const Media& media : segment.media)
            visitMedia(session, segment, media);
    };
    const auto visitSession = [&](const Session& session, int number) {
        sessionNumber = number;
        for (const Segment& segment : session.segments)
            visitSegment(session, segment);
    };
    QString scope;
    switch (m_node.kind) {
    case NodeRef::Kind::Record:
        for (size_t i = 0; i < m_node.record->sessions.size(); ++i)
            visitSession(m_node.record->sessions[i], int(i) + 1);
        scope = tr("streams of the call");
        break;
    case NodeRef::Kind::Session:
        visitSession(*m_node.session, m_node.sessionNumber);
        //: chart scope; %1 the session number, e.g. "3"
        scope = tr("streams of session %1").arg(m_node.sessionNumber);
        break;
    case NodeRef::Kind::Segment:
        sessionNumber = m_node.sessionNumber;
        visitSegment(*m_node.session, *m_node.segment);
        //: chart scope; %1 the session number, e.g. "3", %2 the segment number in it, e.g. "2"
        scope = tr("streams of session %1, segment %2").arg(m_node.sessionNumber).arg(m_node.segmentNumber);
        break;
    case NodeRef::Kind::Media:
    case NodeRef::Kind::Stream:
        sessionNumber = m_node.sessionNumber;
        visitMedia(*m_node.session, *m_node.segment, *m_node.media);
        //: chart scope; %1 the media label, e.g. "main-audio", %2 the session number, e.g. "3"
        scope = tr("streams of %1 in session %2").arg(m_node.media->label.toQString()).arg(m_node.sessionNumber);
        break;
    case NodeRef::Kind::None:
        break;
    }
    const size_t total = candidates.size();
    const size_t limit = size_t(m_limit->value());
    if (candidates.size() > limit) {
        std::partial_sort(candidates.begin(), candidates.begin() + qsizetype(limit), candidates.end(),
            [](const Candidate& a, const Candidate& b) {
                if (a.poor != b.poor)
                    return a.poor;
                return a.score > b.score;
            });
        candidates.resize(limit);
    }
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

    for (size_t i = 0; i < candidates.size(); ++i) {
        const Candidate& c = candidates[i];
        if (c.stream == highlight)
            m_highlighted = int(i);
        const QString caller = DisplayFormat::endpointName(c.segment->caller, c.session->caller);
        const QString callee = DisplayFormat::endpointName(c.segment->callee, c.session->callee);
        const bool up = c.stream->streamDirection.index != StreamDirection::CalleeToCaller;
        //: chart label: %1 session number, %2 sender, %3 receiver, %4 media kind abbreviation ("A", "V", "SS")
        const QString label
            = tr("%1 %2→%3 %4")
                  .arg(c.sessionNumber)
                  .arg(shortName(up ? caller : callee), shortName(up ? callee : caller), mediaKindAbbreviation(c.kind));
        m_entries.push_back({ c.stream, label, c.poor });
        m_categories.append(c.stream == highlight ? u"▶ " + label : label);
    }

    static const char* titles[3]
        = { QT_TR_NOOP("Jitter (ms)"), QT_TR_NOOP("Round-trip time (ms)"), QT_TR_NOOP("Packet loss (%)") };
    for (int chart = 0; chart < 3; ++chart) {
        auto* qchart = new QChart;
        qchart->setTitle(tr(titles[chart]));
        qchart->setLocale(QLocale()); // axis labels with the reader's decimal separator
        qchart->setLocalizeNumbers(true);
        qchart->legend()->setVisible(chart == 0);
        qchart->legend()->setAlignment(Qt::AlignBottom);
        qchart->setMargins(QMargins(2, 2, 2, 2));
        auto* average = new QBarSet(tr("average"));
        auto* maximum = new QBarSet(tr("maximum"));
        average->setColor(kAverage);
        maximum->setColor(kMaximum);
        average->setSelectedColor(kPoor);
        maximum->setSelectedColor(kPoorMaximum);
        const double scale = scaleOf(chart);
        const ThresholdRule* audioRule = ruleFor(profile, MediaKind::Audio, metricOf(chart));
        double top = 0;
        for (size_t i = 0; i < candidates.size(); ++i) {
            const OptionalDouble avg = averageOf(*candidates[i].stream, chart);
            const OptionalDouble max = maximumOf(*candidates[i].stream, chart);
            const double a = avg ? *avg * scale : 0;
            const double m = max ? *max * scale : 0;
            average->append(a);
            maximum->append(m);
            m_averages[chart].append(avg ? a : std::nan(""));
            m_maxima[chart].append(max ? m : std::nan(""));
            top = std::max({ top, a, m });
            const ThresholdRule* rule = ruleFor(profile, candidates[i].kind, metricOf(chart));
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
            top = std::max(top, audioRule->threshold * scale);
        values->setRange(0, top > 0 ? top * 1.15 : 1);
        values->setLabelFormat(chart == 2 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
        qchart->addAxis(values, Qt::AlignLeft);
        series->attachAxis(values);
        if (audioRule && !candidates.empty()) {
            // The threshold as a dashed line over all bars.
            auto* line = new QLineSeries;
            //: legend of the threshold line; %1 the threshold with its unit, e.g. "30 ms"
            line->setName(tr("poor above %1").arg(audioRule->conditionText().mid(2)));
            line->append(-0.5, audioRule->threshold * scale);
            line->append(double(candidates.size()) - 0.5, audioRule->threshold * scale);
            QPen pen(kPoor);
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(1.5);
            line->setPen(pen);
            qchart->addSeries(line);
            auto* x = new QValueAxis;
            x->setRange(-0.5, double(candidates.size()) - 0.5);
            x->setVisible(false);
            qchart->addAxis(x, Qt::AlignTop);
            line->attachAxis(x);
            line->attachAxis(values);
        }
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet*) {
            if (index >= 0 && size_t(index) < m_entries.size())
                emit streamActivated(m_entries[size_t(index)].stream);
        });
        connect(series, &QBarSeries::hovered, this, [this, chart](bool status, int index, QBarSet* set) {
            if (!status || index < 0 || size_t(index) >= m_entries.size()) {
                QToolTip::hideText();
                return;
            }
            const double value = set->at(index);
            const QString text = chart == 2 ? DisplayFormat::percent(value) : DisplayFormat::milliseconds(value);
            QToolTip::showText(QCursor::pos(),
                m_entries[size_t(index)].label + u'\n' + set->label() + u": " + text + u'\n'
                    + tr("click to select the stream"));
        });
        QChart* old = m_views[chart]->chart();
        m_views[chart]->setChart(qchart);
        delete old;
    }
}
