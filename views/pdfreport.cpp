#include "pdfreport.h"

#include "chartsview.h"
#include "exportimage.h"
#include "format/displayformat.h"
#include "format/people.h"
#include "quality/findings.h"
#include "quality/palette.h"
#include "quality/worststreams.h"
#include "record/enums.h"
#include "timelineview.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString orMissing(const QString& text)
{
    return text.isEmpty() ? DisplayFormat::missing() : text;
}

QString row(const QString& name, const QString& value)
{
    return u"<tr><td class='k'>" + esc(name) + u"</td><td>" + esc(orMissing(value)) + u"</td></tr>";
}

QString verdictCell(Verdict verdict)
{
    return u"<span style='color:" + Palette::html(Palette::verdictText(verdict)) + u"; font-weight:bold'>"
        + esc(verdictText(verdict)) + u"</span>";
}

QString timeText(const DateTime& value)
{
    if (value.isNull())
        return {};
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(*value.msecsSinceEpoch, QTimeZone::utc());
    //: %1 time in UTC, %2 the same in local time
    return Tr::tr("%1 UTC (%2 local)")
        .arg(utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat));
}

QString enumText(EnumType type, const EnumValue& value)
{
    return enumValueText(type, value);
}

QString metricMs(const OptionalDouble& value)
{
    return value ? DisplayFormat::milliseconds(*value) : DisplayFormat::missing();
}

QString metricLoss(const OptionalDouble& value)
{
    return value ? DisplayFormat::percentFromFraction(*value) : DisplayFormat::missing();
}

/// Network and device facts of one participant, from the first media that reports them.
struct ParticipantDetails {
    QString name;
    QString connection, wifi, ipAddress, transport, captureDevice, renderDevice, platform, cpu;
};

void fillFrom(ParticipantDetails& details, const std::optional<NetworkInfo>& network,
    const std::optional<DeviceInfo>& device, const std::optional<Endpoint>& endpoint)
{
    if (network) {
        if (details.connection.isEmpty())
            details.connection = enumText(EnumType::NetworkConnectionType, network->connectionType);
        if (details.wifi.isEmpty() && !network->wifiBand.isNull()) {
            details.wifi = enumText(EnumType::WifiBand, network->wifiBand);
            if (network->wifiSignalStrength)
                //: %1 the Wi-Fi signal strength in percent, e.g. "72"; the second % is the percent sign
                details.wifi += u", " + Tr::tr("signal %1 %").arg(*network->wifiSignalStrength);
        }
        if (details.ipAddress.isEmpty())
            details.ipAddress = network->ipAddress.toQString();
        if (details.transport.isEmpty())
            details.transport = enumText(EnumType::NetworkTransportProtocol, network->networkTransportProtocol);
    }
    if (device) {
        if (details.captureDevice.isEmpty())
            details.captureDevice = device->captureDeviceName.toQString();
        if (details.renderDevice.isEmpty())
            details.renderDevice = device->renderDeviceName.toQString();
    }
    if (endpoint) {
        if (details.platform.isEmpty() && endpoint->userAgent) {
            details.platform = enumText(EnumType::ClientPlatform, endpoint->userAgent->platform);
            const QString version = endpoint->userAgent->applicationVersion.toQString();
            if (!version.isEmpty())
                details.platform += (details.platform.isEmpty() ? QString() : u" "_s) + version;
        }
        if (details.cpu.isEmpty())
            details.cpu = endpoint->cpuName.toQString();
    }
}

std::vector<ParticipantDetails> participantDetails(const CallRecord& record, size_t limit)
{
    std::vector<ParticipantDetails> result;
    std::unordered_map<QString, size_t> byName;
    const auto entry = [&](const QString& name) -> ParticipantDetails* {
        if (name.isEmpty())
            return nullptr;
        if (auto it = byName.find(name); it != byName.end())
            return &result[it->second];
        if (result.size() >= limit)
            return nullptr;
        byName.emplace(name, result.size());
        result.push_back({});
        result.back().name = name;
        return &result.back();
    };
    forEachMedia(record, NodePath::record(), [&](const MediaPlace& m) {
        const Segment& segment = m.segment;
        const Session& session = m.session;
        if (auto* caller = entry(DisplayFormat::endpointName(segment.caller, session.caller)))
            fillFrom(
                *caller, m.media.callerNetwork, m.media.callerDevice, segment.caller ? segment.caller : session.caller);
        if (auto* callee = entry(DisplayFormat::endpointName(segment.callee, session.callee)))
            fillFrom(
                *callee, m.media.calleeNetwork, m.media.calleeDevice, segment.callee ? segment.callee : session.callee);
    });
    return result;
}

QString findingsHtml(const FindingsResult& result)
{
    if (result.findings.empty())
        return u"<p>" + esc(Tr::tr("No problems found with this profile.")) + u"</p>";
    QString html = u"<ol>"_s;
    for (const Finding& finding : result.findings) {
        const QString colour = Palette::html(Palette::severityText(finding.severity));
        const QString label = finding.severity == Finding::Severity::Problem ? Tr::tr("Problem")
            : finding.severity == Finding::Severity::Warning                 ? Tr::tr("Warning")
                                                                             : Tr::tr("Note");
        html += u"<li><p><span style='color:" + colour + u"; font-weight:bold'>" + esc(label) + u":</span> "
            + esc(finding.title) + u"<br/><span style='color:#4b5563'>" + esc(finding.evidence.join(u" · "))
            + u"</span>";
        if (!finding.nextStep.isEmpty())
            //: %1 the suggested action, a full sentence, e.g. "Check the headset or microphone connection."
            html += u"<br/><i>" + esc(Tr::tr("Next step: %1").arg(finding.nextStep)) + u"</i>";
        html += u"</p></li>";
    }
    html += u"</ol>";
    if (result.omitted > 0)
        //: %1 the number of further findings left out of the report, e.g. "12"
        html += u"<p>" + esc(Tr::tr("%1 more findings are not listed.").arg(result.omitted)) + u"</p>";
    return html;
}

QString worstStreamsHtml(const CallRecord& record, const RecordClassification& classification, int limit)
{
    const std::vector<RankedStream> streams = worstStreams(record, classification, limit);
    if (streams.empty())
        return u"<p>" + esc(Tr::tr("The record has no media streams.")) + u"</p>";
    QString html = u"<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>"_s;
    for (const QString& header : { Tr::tr("Session"), Tr::tr("Media"), Tr::tr("Direction"), Tr::tr("Avg jitter"),
             Tr::tr("Avg round trip"), Tr::tr("Avg loss"), Tr::tr("Verdict"), Tr::tr("Why") })
        html += u"<th>" + esc(header) + u"</th>";
    html += u"</tr>";
    for (const RankedStream& ranked : streams) {
        const MediaStream& s = *ranked.stream;
        const Verdict verdict = ranked.verdict ? ranked.verdict->verdict : Verdict::Unclassified;
        html += u"<tr><td>" + QString::number(ranked.sessionNumber) + u"</td><td>"
            + esc(ranked.media->label.toQString()) + u"</td><td>" + esc(ranked.fromTo()) + u"</td><td>"
            + esc(metricMs(s.averageJitter)) + u"</td><td>" + esc(metricMs(s.averageRoundTripTime)) + u"</td><td>"
            + esc(metricLoss(s.averagePacketLossRate)) + u"</td><td>" + verdictCell(verdict) + u"</td><td>"
            + esc(ranked.verdict && verdict == Verdict::Poor ? ranked.verdict->reasonsText() : QString())
            + u"</td></tr>";
    }
    return html + u"</table>";
}

QString participantsHtml(const CallRecord& record)
{
    constexpr size_t kLimit = 40;
    const std::vector<ParticipantDetails> details = participantDetails(record, kLimit);
    if (details.empty())
        return u"<p>" + esc(Tr::tr("The sessions name no participants.")) + u"</p>";
    QString html = u"<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>"_s;
    for (const QString& header : { Tr::tr("Participant"), Tr::tr("Connection"), Tr::tr("Wi-Fi"), Tr::tr("IP address"),
             Tr::tr("Transport"), Tr::tr("Microphone"), Tr::tr("Speaker"), Tr::tr("Client"), Tr::tr("CPU") })
        html += u"<th>" + esc(header) + u"</th>";
    html += u"</tr>";
    for (const ParticipantDetails& d : details) {
        html += u"<tr>";
        for (const QString* value : { &d.name, &d.connection, &d.wifi, &d.ipAddress, &d.transport, &d.captureDevice,
                 &d.renderDevice, &d.platform, &d.cpu })
            html += u"<td>" + esc(orMissing(*value)) + u"</td>";
        html += u"</tr>";
    }
    html += u"</table>";
    if (details.size() >= kLimit)
        //: %1 the largest number of participants the table lists, "40"
        html += u"<p>" + esc(Tr::tr("Only the first %1 participants are listed.").arg(kLimit)) + u"</p>";
    return html;
}

QImage chartsImage(RecordDocument* document, Redaction redaction)
{
    ChartsView charts;
    charts.setAttribute(Qt::WA_DontShowOnScreen);
    charts.resize(1150, 420);
    charts.setDocument(document, redaction);
    charts.prepareForPicture();
    return charts.grab().toImage();
}

constexpr size_t kTimelineRows = 40;

QImage timelineImage(RecordDocument* document, Redaction redaction)
{
    TimelineView timeline;
    timeline.setAttribute(Qt::WA_DontShowOnScreen);
    const int rows = int(std::min<size_t>(document->record()->sessions.size(), kTimelineRows));
    timeline.resize(1400, 60 + rows * 24);
    timeline.setDocument(document, redaction);
    timeline.prepareForPicture();
    return timeline.grab().toImage();
}

QString recordHtml(
    RecordDocument* input, const ReportOptions& options, int imageWidth, QTextDocument& document, int index)
{
    const Redaction redaction = options.redacted ? Redaction::ForPeople : Redaction::None;
    const DocumentViewPtr view = input->view(redaction);
    const CallRecord& record = *view->record;
    const RecordClassification& classification = *view->classification;
    const QString id = record.id.isNull() ? Tr::tr("(no call id)") : record.id.toQString();
    QString html = u"<h1>" + esc(Tr::tr("Call quality report")) + u"</h1><p class='sub'>"
        + esc(
            //: %1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5, or "(no call id)"
            Tr::tr("Call %1").arg(id));
    if (options.redacted)
        html += u" · <span style='color:" + Palette::html(Palette::redactedMark()) + u"'>"
            + esc(Tr::tr("personal data redacted")) + u"</span>";
    html += u"</p>";

    // Summary.
    QStringList names = participantNames(record);
    const qsizetype count = names.size();
    if (names.size() > 12)
        //: ends the list of participant names; %1 the number of names not listed, e.g. "5"
        names = names.mid(0, 12) << Tr::tr("and %1 more").arg(count - 12);
    QStringList modalities;
    for (const EnumValue& modality : record.modalities)
        modalities.append(DisplayFormat::modality(modality));
    html += u"<h2>" + esc(Tr::tr("Summary")) + u"</h2><table cellpadding='2'>";
    html += row(Tr::tr("Call id"), id);
    html += row(Tr::tr("Type"), DisplayFormat::callType(record.type));
    html += row(Tr::tr("Start"), timeText(record.startDateTime));
    html += row(Tr::tr("End"), timeText(record.endDateTime));
    html += row(Tr::tr("Duration"), DisplayFormat::duration(record.startDateTime, record.endDateTime));
    html += row(Tr::tr("Organizer"), organizerName(record));
    html += row(Tr::tr("Participants"), count == 0 ? QString() : QString::number(count) + u": " + names.join(u", "));
    html += row(Tr::tr("Modalities"), modalities.join(u", "));
    html += row(Tr::tr("Version"), record.version ? QString::number(*record.version) : QString());
    html += row(Tr::tr("Completeness"),
        record.isComplete() ? Tr::tr("complete")
                            : Tr::tr("partial: further pages were not fetched; verdicts cover what is here"));
    html += u"</table>";
    html += u"<p><b>" + esc(Tr::tr("Verdict:")) + u"</b> " + verdictCell(classification.recordVerdict()) + u" — "
        + esc(
            //: %1 the number of poor streams, e.g. "3", %Ln all streams, e.g. "48", %2 the profile name
            DisplayFormat::plural(
                Tr::tr("%1 of %Ln stream(s) poor (profile: %2)", nullptr, classification.streamCount()),
                classification.streamCount())
                .arg(classification.poorStreamCount())
                .arg(classification.profile().name))
        + u"</p>";

    html += u"<h2>" + esc(Tr::tr("Findings")) + u"</h2>" + findingsHtml(computeFindings(record, classification, 15));

    const QString chartsUrl = u"crv://charts/"_s + QString::number(index);
    const QString timelineUrl = u"crv://timeline/"_s + QString::number(index);
    document.addResource(QTextDocument::ImageResource, QUrl(chartsUrl), chartsImage(input, redaction));
    document.addResource(QTextDocument::ImageResource, QUrl(timelineUrl), timelineImage(input, redaction));
    html += u"<h2 style='page-break-before: always'>" + esc(Tr::tr("Jitter, round-trip time and packet loss"))
        + u"</h2><p><img src='" + chartsUrl + u"' width='" + QString::number(imageWidth) + u"'/></p>";
    html += u"<h2>" + esc(Tr::tr("Timeline")) + u"</h2><p><img src='" + timelineUrl + u"' width='"
        + QString::number(imageWidth) + u"'/></p>";
    if (record.sessions.size() > kTimelineRows)
        //: %1 sessions shown, %2 all sessions
        html += u"<p>"
            + esc(Tr::tr("The first %1 of %2 sessions; the viewer's timeline shows them all.")
                      .arg(kTimelineRows)
                      .arg(record.sessions.size()))
            + u"</p>";
    html += u"<h2>" + esc(Tr::tr("Worst streams")) + u"</h2>"
        + worstStreamsHtml(record, classification, options.worstStreams);
    html += u"<h2>" + esc(Tr::tr("Network and devices per participant")) + u"</h2>" + participantsHtml(record);
    return html;
}

const char* kStyle = "h1 { font-size: 18pt; color: #111827; margin-bottom: 0; }"
                     "h2 { font-size: 12pt; color: #1f2937; margin-top: 14px; }"
                     "p.sub { color: #4b5563; margin-top: 2px; }"
                     "td.k { color: #4b5563; padding-right: 12px; }"
                     "table.grid { border-collapse: collapse; }"
                     "table.grid th { background-color: #e5e7eb; text-align: left; font-size: 7.5pt; }"
                     "table.grid td { border-bottom: 1px solid #e5e7eb; font-size: 7.5pt; }"
                     "body { font-size: 9pt; }";

} // namespace

QPageSize defaultPageSize(const QLocale& locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                   : QPageSize(QPageSize::A4);
}

QByteArray pdfReport(const std::vector<RecordDocument*>& records, const ReportOptions& options, QString* error)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(options.pageSize);
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(u"Call Record Viewer " CRV_VERSION ""_s);
    if (!records.empty() && records.front())
        //: PDF document title; %1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5
        writer.setTitle(Tr::tr("Call quality report %1").arg(records.front()->record()->id.toQString()));

    const qreal dpi = writer.resolution();
    const qreal width = writer.width();
    const qreal headerHeight = dpi * 0.35;
    const qreal footerHeight = dpi * 0.3;
    const qreal bodyHeight = writer.height() - headerHeight - footerHeight;

    struct Section {
        std::unique_ptr<QTextDocument> document;
        QString callId;
        int pages = 0;
    };
    std::vector<Section> sections;
    int totalPages = 0;
    for (size_t i = 0; i < records.size(); ++i) {
        RecordDocument* input = records[i];
        if (!input)
            continue;
        Section section;
        section.document = std::make_unique<QTextDocument>();
        QTextDocument& document = *section.document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(QSizeF(width, bodyHeight));
        document.setDocumentMargin(0);
        document.setDefaultStyleSheet(QString::fromLatin1(kStyle));
        // Image sizes in the document are in 96-dpi pixels, scaled to the writer's resolution.
        const int imageWidth = int(width * 96.0 / dpi);
        document.setHtml(
            u"<html><body>" + recordHtml(input, options, imageWidth, document, int(i)) + u"</body></html>");
        section.callId = input->record()->id.isNull() ? Tr::tr("(no call id)") : input->record()->id.toQString();
        section.pages = document.pageCount();
        totalPages += section.pages;
        sections.push_back(std::move(section));
    }
    if (sections.empty()) {
        *error = Tr::tr("There is no record to put in the report.");
        return {};
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Tr::tr("The PDF could not be started.");
        return {};
    }
    QFont small;
    small.setPointSizeF(7.5);
    int pageNumber = 0;
    for (const Section& section : sections) {
        for (int page = 0; page < section.pages; ++page) {
            if (pageNumber > 0)
                writer.newPage();
            ++pageNumber;
            painter.setFont(small);
            painter.setPen(QColor(0x4b, 0x55, 0x63));
            const QRectF header(0, 0, width, headerHeight * 0.7);
            //: page header: %1 call id
            painter.drawText(
                header, Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Call Record Viewer · call %1").arg(section.callId));
            if (options.redacted)
                painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Personal data redacted"));
            painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(width, headerHeight * 0.75));
            const QRectF footer(0, writer.height() - footerHeight * 0.8, width, footerHeight * 0.8);
            //: page footer: %1 export time
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                Tr::tr("Exported %1 UTC · version %2")
                    .arg(options.exportTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QStringLiteral(CRV_VERSION)));
            //: %1 page number, %2 page count
            painter.drawText(
                footer, Qt::AlignRight | Qt::AlignVCenter, Tr::tr("Page %1 of %2").arg(pageNumber).arg(totalPages));

            painter.save();
            painter.translate(0, headerHeight - page * bodyHeight);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * bodyHeight, width, bodyHeight);
            painter.setClipRect(context.clip);
            section.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    if (!painter.end()) {
        *error = Tr::tr("The PDF could not be finished.");
        return {};
    }
    buffer.close();
    return pdf;
}
