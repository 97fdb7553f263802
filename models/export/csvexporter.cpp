#include "csvexporter.h"

#include "record/noderef.h"

#include <charconv>
#include <functional>

namespace {

struct Row {
    const CallRecord& record;
    const Session& session;
    const Segment& segment;
    const Media& media;
    const MediaStream& stream;
    const QString& callerName;
    const QString& calleeName;
    const StreamVerdict* verdict;
};

/// One field. Text from the file (names, ids, labels, unknown enum names) may start with
/// a character a spreadsheet reads as a formula; numbers and booleans the exporter writes
/// itself cannot, and must stay numbers (a negative value is not a formula).
struct Cell {
    Cell(QByteArray text) // NOLINT(google-explicit-constructor): every text column returns one
        : bytes(std::move(text))
    {
    }
    static Cell value(QByteArray bytes)
    {
        Cell cell(std::move(bytes));
        cell.isText = false;
        return cell;
    }
    QByteArray bytes;
    bool isText = true;
};

Cell number(const std::optional<double>& value)
{
    if (!value)
        return Cell::value({});
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, *value);
    return Cell::value(QByteArray(buffer, result.ptr - buffer));
}
Cell integer(const std::optional<qint64>& value)
{
    return Cell::value(value ? QByteArray::number(*value) : QByteArray());
}
Cell boolean(const std::optional<bool>& value)
{
    return Cell::value(value ? QByteArray(*value ? "true" : "false") : QByteArray());
}
QByteArray text(const Text& value)
{
    return QByteArray(value.view().data(), qsizetype(value.view().size()));
}
QByteArray enumText(EnumType type, const EnumValue& value)
{
    const auto name = enumValueName(type, value);
    return QByteArray(name.data(), qsizetype(name.size()));
}
QByteArray network(const std::optional<NetworkInfo>& n)
{
    return n ? enumText(EnumType::NetworkConnectionType, n->connectionType) : QByteArray();
}

struct Column {
    const char* name;
    std::function<Cell(const Row&)> value;
};

const std::vector<Column>& columns()
{
    static const std::vector<Column> all {
        { "callId", [](const Row& r) { return text(r.record.id); } },
        { "sessionId", [](const Row& r) { return text(r.session.id); } },
        { "segmentId", [](const Row& r) { return text(r.segment.id); } },
        { "mediaLabel", [](const Row& r) { return text(r.media.label); } },
        { "streamId", [](const Row& r) { return text(r.stream.streamId); } },
        { "streamDirection",
            [](const Row& r) { return enumText(EnumType::MediaStreamDirection, r.stream.streamDirection); } },
        { "callerName", [](const Row& r) { return r.callerName.toUtf8(); } },
        { "calleeName", [](const Row& r) { return r.calleeName.toUtf8(); } },
        { "averageJitterMs", [](const Row& r) { return number(r.stream.averageJitter); } },
        { "maxJitterMs", [](const Row& r) { return number(r.stream.maxJitter); } },
        { "averageRoundTripTimeMs", [](const Row& r) { return number(r.stream.averageRoundTripTime); } },
        { "maxRoundTripTimeMs", [](const Row& r) { return number(r.stream.maxRoundTripTime); } },
        { "averagePacketLossRate", [](const Row& r) { return number(r.stream.averagePacketLossRate); } },
        { "maxPacketLossRate", [](const Row& r) { return number(r.stream.maxPacketLossRate); } },
        { "averageAudioDegradation", [](const Row& r) { return number(r.stream.averageAudioDegradation); } },
        { "averageRatioOfConcealedSamples",
            [](const Row& r) { return number(r.stream.averageRatioOfConcealedSamples); } },
        { "quality", [](const Row& r) { return r.verdict ? verdictName(r.verdict->verdict).toUtf8() : QByteArray(); } },
        { "poorReasons",
            [](const Row& r) {
                return r.verdict && r.verdict->verdict == Verdict::Poor ? r.verdict->reasonsCsv().toUtf8()
                                                                        : QByteArray();
            } },
        { "maxRatioOfConcealedSamples", [](const Row& r) { return number(r.stream.maxRatioOfConcealedSamples); } },
        { "averageAudioNetworkJitterMs", [](const Row& r) { return number(r.stream.averageAudioNetworkJitter); } },
        { "maxAudioNetworkJitterMs", [](const Row& r) { return number(r.stream.maxAudioNetworkJitter); } },
        { "averageBandwidthEstimateBps", [](const Row& r) { return integer(r.stream.averageBandwidthEstimate); } },
        { "packetUtilization", [](const Row& r) { return integer(r.stream.packetUtilization); } },
        { "audioCodec", [](const Row& r) { return enumText(EnumType::AudioCodec, r.stream.audioCodec); } },
        { "videoCodec", [](const Row& r) { return enumText(EnumType::VideoCodec, r.stream.videoCodec); } },
        { "averageVideoFrameRate", [](const Row& r) { return number(r.stream.averageVideoFrameRate); } },
        { "averageVideoFrameLossPercentage",
            [](const Row& r) { return number(r.stream.averageVideoFrameLossPercentage); } },
        { "postForwardErrorCorrectionPacketLossRate",
            [](const Row& r) { return number(r.stream.postForwardErrorCorrectionPacketLossRate); } },
        { "averageFreezeDurationMs", [](const Row& r) { return number(r.stream.averageFreezeDuration); } },
        { "wasMediaBypassed", [](const Row& r) { return boolean(r.stream.wasMediaBypassed); } },
        { "sessionStartDateTime", [](const Row& r) { return text(r.session.startDateTime.text); } },
        { "sessionEndDateTime", [](const Row& r) { return text(r.session.endDateTime.text); } },
        { "callerConnectionType", [](const Row& r) { return network(r.media.callerNetwork); } },
        { "calleeConnectionType", [](const Row& r) { return network(r.media.calleeNetwork); } },
    };
    return all;
}

/// Text that a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage
/// return, which some programs skip before looking for one) gets a single quote in front, as
/// OWASP recommends: "+55 11 …" still reads as a phone number, "=HYPERLINK(…)" is not run.
bool looksLikeFormula(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

void appendField(QByteArray& out, const Cell& cell)
{
    const QByteArray& value = cell.bytes;
    if (cell.isText && looksLikeFormula(value)) {
        QByteArray guarded = "'" + value;
        appendField(out, Cell::value(std::move(guarded)));
        return;
    }
    const bool quote = value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r');
    if (!quote) {
        out += value;
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

QString nameOf(const std::optional<Endpoint>& segmentEndpoint, const std::optional<Endpoint>& sessionEndpoint)
{
    QString name;
    // English role names ("Conferencing server"): the file is the same in every locale.
    if (segmentEndpoint)
        name = endpointDisplayName(*segmentEndpoint, false);
    if (name.isEmpty() && sessionEndpoint)
        name = endpointDisplayName(*sessionEndpoint, false);
    return name;
}

} // namespace

QStringList csvColumns()
{
    QStringList names;
    for (const auto& column : columns())
        names.append(QString::fromLatin1(column.name));
    return names;
}

QByteArray streamsCsv(const std::vector<CallRecordPtr>& records, const QualityProfile& profile)
{
    std::vector<DocumentViewPtr> views;
    for (const auto& record : records)
        views.push_back(analyse(record, profile));
    return streamsCsv(views);
}

QByteArray streamsCsv(const std::vector<DocumentViewPtr>& views)
{
    QByteArray out;
    bool first = true;
    for (const auto& column : columns()) {
        if (!first)
            out += ',';
        first = false;
        out += column.name;
    }
    out += "\r\n";
    for (const auto& view : views) {
        const CallRecordPtr& record = view->record;
        const RecordClassification& classification = *view->classification;
        const Segment* named = nullptr; // the segment the names are of
        QString caller, callee;
        forEachStream(*record, [&](const StreamPlace& place) {
            if (&place.segment != named) {
                named = &place.segment;
                caller = nameOf(place.segment.caller, place.session.caller);
                callee = nameOf(place.segment.callee, place.session.callee);
            }
            const Row row { *record, place.session, place.segment, place.media, place.stream, caller, callee,
                classification.stream(&place.stream) };
            bool firstField = true;
            for (const auto& column : columns()) {
                if (!firstField)
                    out += ',';
                firstField = false;
                appendField(out, column.value(row));
            }
            out += "\r\n";
        });
    }
    return out;
}
