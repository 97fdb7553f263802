// Loader tests: every accepted input shape, every class of bad input, and the round trip
// load -> JSON export -> load.

#include "tst_loader.h"

#include "export/summary.h"
#include "format/displayformat.h"
#include "format/people.h"
#include "record/jsonwriter.h"
#include "record/loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString sample(const char* name)
{
    return QStringLiteral(CRV_SAMPLES "/") + QLatin1String(name);
}

LoadResult loadJson(const QByteArray& json, const QString& name = u"test.json"_s)
{
    return loadCallRecordBytes(std::string(json.constData(), size_t(json.size())), name);
}

CallRecordPtr loadOne(const QByteArray& json)
{
    const LoadResult result = loadJson(json);
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    if (!result.ok() || result.records.size() != 1)
        return {};
    return result.records.front();
}

/// A session with one segment, one media and one stream; the stream's body is given.
QByteArray session(
    const QByteArray& id, const QByteArray& streamBody = R"("streamId": "1", "streamDirection": "callerToCallee")")
{
    return R"({"id": ")" + id + R"(", "modalities": ["audio"], "startDateTime": "2024-01-01T10:00:00Z",
        "endDateTime": "2024-01-01T10:05:00Z",
        "caller": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                   "associatedIdentity": {"id": "u1", "displayName": "Ana Lima"}},
        "callee": {"@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
                   "userAgent": {"@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
                                 "role": "skypeForBusinessAudioVideoMcu"}},
        "segments": [{"id": "seg-)"
        + id + R"(", "media": [{"label": "main-audio", "streams": [{)" + streamBody + R"(}]}]}]})";
}

QByteArray record(const QByteArray& id, const QByteArray& sessions, const QByteArray& extra = {})
{
    return R"({"id": ")" + id + R"(", "version": 2, "type": "groupCall", "modalities": ["audio"],
        "startDateTime": "2024-01-01T10:00:00Z", "endDateTime": "2024-01-01T11:00:00Z",
        "lastModifiedDateTime": "2024-01-01T11:30:00Z")"
        + extra + R"(, "sessions": [)" + sessions + "]}";
}

// moc mis-parses raw string literals that contain '#' inside a class, so the @odata.context
// values are built here.
QByteArray sessionsContext(const QByteArray& recordId)
{
    return "\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('" + recordId
        + "')/sessions(segments())\"";
}
const QByteArray kListContext
    = "\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords\"";

const MediaStream& firstStream(const CallRecord& r)
{
    return r.sessions.at(0).segments.at(0).media.at(0).streams.at(0);
}

} // namespace

// --- the official examples -------------------------------------------------------------

void TestLoader::seedFullExample()
{
    const LoadResult result = loadCallRecordFile(sample("seed-full-example.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.records.size(), size_t(1));
    const CallRecord& r = *result.records.front();
    QCOMPARE(r.id.toQString(), u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s);
    QCOMPARE(*r.version, 1);
    QCOMPARE(r.type.index, int(CallType::PeerToPeer));
    QCOMPARE(r.modalities.size(), size_t(1));
    QCOMPARE(r.modalities[0].index, int(Modality::Audio));
    QCOMPARE(*r.startDateTime.msecsSinceEpoch, qint64(1582656741216));
    QCOMPARE(organizerName(r), u"Abbie Wilkins"_s);
    QCOMPARE(participantNames(r), (QStringList { u"Abbie Wilkins"_s, u"Owen Franklin"_s }));
    // "sessions@odata.nextlink" (lower case in the example) marks the record as partial.
    QVERIFY(!r.isComplete());
    QVERIFY(r.sessionsNextLink.view().find("skiptoken=abc") != std::string_view::npos);
    QVERIFY(r.warnings.isEmpty());

    QCOMPARE(r.sessions.size(), size_t(1));
    const Session& s = r.sessions[0];
    QVERIFY(s.caller && s.callee);
    QCOMPARE(s.caller->kind, EndpointKind::Participant);
    QCOMPARE(endpointDisplayName(*s.caller), u"Abbie Wilkins"_s);
    QCOMPARE(endpointDisplayName(*s.callee), u"Owen Franklin"_s);
    QCOMPARE(s.caller->userAgent->kind, UserAgentKind::Client);
    QCOMPARE(enumValueText(EnumType::ClientPlatform, s.caller->userAgent->platform), u"android"_s);
    QVERIFY(s.callee->feedback);
    QCOMPARE(enumValueText(EnumType::UserFeedbackRating, s.callee->feedback->rating), u"poor"_s);
    QCOMPARE(s.callee->feedback->tokens->size(), size_t(8));
    QCOMPARE(s.callee->feedback->tokens->at(3).name.toQString(), u"Noisy"_s);
    QCOMPARE(*s.callee->feedback->tokens->at(3).value, true);

    const Media& media = s.segments.at(0).media.at(0);
    QCOMPARE(media.label.toQString(), u"main-audio"_s);
    QCOMPARE(media.callerNetwork->ipAddress.toQString(), u"10.150.0.2"_s);
    QCOMPARE(*media.callerNetwork->linkSpeed, qint64(54000000));
    QCOMPARE(*media.calleeNetwork->linkSpeed, qint64(4294967295));
    QCOMPARE(media.callerNetwork->connectionType.index, int(ConnectionType::Wifi));
    QVERIFY(media.callerNetwork->dnsSuffix.isNull()); // null stays missing
    QCOMPARE(*media.callerNetwork->receivedQualityEventRatio, 0.27);
    QCOMPARE(*media.callerDevice->micGlitchRate, 23.0);
    QCOMPARE(*media.callerDevice->receivedSignalLevel, qint64(-10));
    QVERIFY(!media.callerDevice->captureNotFunctioningEventRatio.has_value());

    QCOMPARE(media.streams.size(), size_t(2));
    const MediaStream& up = media.streams[0];
    QCOMPARE(up.streamDirection.index, int(StreamDirection::CallerToCallee));
    QCOMPARE(*up.averageJitter, 16.0);
    QCOMPARE(*up.maxJitter, 21.0);
    QCOMPARE(*up.averageRoundTripTime, 61.0);
    QCOMPARE(*up.averagePacketLossRate, 0.0); // a reported zero is not missing
    QVERIFY(!up.averageAudioDegradation.has_value()); // null is missing, not 0
    QVERIFY(!up.averageRatioOfConcealedSamples.has_value());
    QCOMPARE(*up.packetUtilization, qint64(67));
    QCOMPARE(*up.wasMediaBypassed, false);
    const MediaStream& down = media.streams[1];
    QCOMPARE(*down.averagePacketLossRate, 0.01381693);
    QCOMPARE(*down.averageAudioDegradation, 1.160898);
    QCOMPARE(*down.averageAudioNetworkJitter, 266.0);

    // Each node gives back its original JSON.
    QVERIFY(up.source.json.view().starts_with("{"));
    QVERIFY(up.source.json.view().ends_with("}"));
    QVERIFY(up.source.json.view().find("\"1504545584\"") != std::string_view::npos);
    QVERIFY(up.source.json.view().find("1785122252") == std::string_view::npos);
    QVERIFY(s.source.json.view().find("\"segments\"") != std::string_view::npos);
}

void TestLoader::seedDocumentExamplesMatchSamples()
{
    // The bundled samples are the two responses of the Graph page the product started from
    // (shared/seeds next to the repository). Both load, and they are what we ship.
    const QDir seeds(QStringLiteral(CRV_SOURCE_DIR "/../shared/seeds"));
    const QStringList files = seeds.entryList({ u"*.txt"_s }, QDir::Files);
    if (files.isEmpty())
        QSKIP("shared/seeds is not next to the repository");
    const QString text = QString::fromUtf8(readFile(seeds.filePath(files.first())));
    static const QRegularExpression block(u"```http\\nHTTP/1.1 200 OK\\nContent-type: application/json\\n\\n(.*?)```"_s,
        QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> responses;
    for (auto it = block.globalMatch(text); it.hasNext();)
        responses.append(it.next().captured(1).toUtf8());
    QCOMPARE(responses.size(), 2);
    const char* samples[] = { "seed-basic-example.json", "seed-full-example.json" };
    for (int i = 0; i < 2; ++i) {
        const auto fromSeed = loadOne(responses[i]);
        QVERIFY(fromSeed);
        const auto shipped = loadOne(readFile(sample(samples[i])));
        QVERIFY(shipped);
        QVERIFY(fromSeed->hasSameData(*shipped));
    }
}

void TestLoader::seedBasicExample()
{
    const LoadResult result = loadCallRecordFile(sample("seed-basic-example.json"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const CallRecord& r = *result.records.front();
    QCOMPARE(r.id.toQString(), u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s);
    QVERIFY(r.sessions.empty());
    QVERIFY(r.isComplete());
    QCOMPARE(r.participants->size(), size_t(2));
    // Undeclared open-type members (tenantId) are kept.
    const Identity* user = r.participants->at(1).member("user");
    QVERIFY(user);
    QCOMPARE(user->tenantId.toQString(), u"dc368399-474c-4d40-900c-6265431fd81f"_s);
}

// --- accepted shapes ---------------------------------------------------------------------

void TestLoader::currentIdentityFields()
{
    const QByteArray json = R"({"id": "c1", "type": "groupCall",
        "organizer_v2": {"id": "o1", "identity": {"user": {"id": "o1", "displayName": "Olga Ortiz"},
                          "acsUser": null, "spoolUser": null}},
        "organizer_v2@odata.context": "https://graph.microsoft.com/v1.0/$metadata",
        "participants_v2": [
            {"id": "p1", "identity": {"user": {"id": "p1", "displayName": "Paulo Reis", "userPrincipalName": "paulo@contoso.com"}}},
            {"id": "+5564981205182", "identity": {"phone": {"id": "+5564981205182", "displayName": null}}},
            {"id": "g1", "identity": {"guest": {"id": "g1", "displayName": null, "email": null}}}],
        "sessions": []})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(organizerName(*r), u"Olga Ortiz"_s);
    QCOMPARE(participantNames(*r), (QStringList { u"Paulo Reis"_s, u"+5564981205182"_s, u"Guest"_s }));
    // Null members of an open identity set are kept as null members.
    QCOMPARE(r->organizerV2->identity->entries.size(), size_t(3));
    QVERIFY(!r->organizerV2->identity->entries[1].identity.has_value());
}

void TestLoader::sessionsPageAlone()
{
    const QByteArray json
        = "{" + sessionsContext("rec-42") + R"(, "value": [)" + session("s1") + "," + session("s2") + R"(],
        "@odata.nextLink": "https://graph.microsoft.com/v1.0/communications/callRecords/rec-42/sessions?$skiptoken=x"})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->id.toQString(), u"rec-42"_s);
    QVERIFY(r->sessionsOnly);
    QVERIFY(!r->isComplete());
    QCOMPARE(r->sessions.size(), size_t(2));
    QCOMPARE(r->sessions[1].id.toQString(), u"s2"_s);
    QCOMPARE(endpointDisplayName(*r->sessions[0].callee), u"Conferencing server"_s);
    QVERIFY(!r->sessionsNextLink.isNull());
}

void TestLoader::participantsPagesMergeIntoRecord()
{
    // participants_v2 pages as Graph sends them (GET .../participants_v2): merged in order,
    // recognised by @odata.context, or by the caller's tag when there is no context.
    const QByteArray first = record("rec-9", session("s1"));
    const QByteArray participant1 = R"({"id": "p1", "identity": {"user": {"id": "p1", "displayName": "Ana"}}})";
    const QByteArray participant2 = R"({"id": "p2", "identity": {"user": {"id": "p2", "displayName": "Bruno"}}})";
    const QByteArray page1 = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#communications/"
                             "callRecords('rec-9')/participants_v2\", \"value\": ["
        + participant1
        + R"(], "@odata.nextLink": "https://graph.microsoft.com/v1.0/communications/callRecords/rec-9/participants_v2?$skiptoken=1"})";
    const QByteArray page2 = R"({"value": [)" + participant2 + "]}";
    std::vector<InputDocument> documents;
    documents.push_back({ first.toStdString(), u"record.json"_s, DocumentKind::Auto, {} });
    documents.push_back({ page1.toStdString(), u"participants1.json"_s, DocumentKind::Auto, {} });
    documents.push_back({ page2.toStdString(), u"participants2.json"_s, DocumentKind::ParticipantsPage, u"rec-9"_s });
    const LoadResult result = loadCallRecordDocuments(std::move(documents));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.records.size(), size_t(1));
    const CallRecord& r = *result.records.front();
    QVERIFY(r.participantsV2.has_value());
    QCOMPARE(r.participantsV2->size(), size_t(2));
    QCOMPARE(r.participantsV2->at(1).id.toQString(), u"p2"_s);
    QVERIFY(r.participantsNextLink.isNull()); // the last page had none
    QVERIFY(r.isComplete());
    QCOMPARE(r.sessions.size(), size_t(1));

    // Without the tag or a context, a list of participants is not mistaken for sessions: on
    // its own it is refused, naming what it is.
    const LoadResult untagged = loadCallRecordBytes(page2.toStdString(), u"participants2.json"_s);
    QVERIFY(!untagged.ok());
    QVERIFY2(untagged.error.contains(u"participants2.json: this is a page of participants (participants_v2)"_s),
        qPrintable(untagged.error));

    // Saved without its context and opened with its record (as one does with a
    // $select=participants_v2 response), it is that record's page, as a sessions page would be.
    const QByteArray page3 = R"({"value": [)" + participant1 + "," + participant2
        + R"(, {"id": "p3", "identity": {"phone": {"id": "+5511999990000"}}, "futureField": 1}]})";
    std::vector<std::pair<std::string, QString>> withRecord;
    withRecord.emplace_back(page3.toStdString(), u"participants.json"_s);
    withRecord.emplace_back(first.toStdString(), u"record.json"_s);
    const LoadResult merged = loadCallRecordDocuments(std::move(withRecord));
    QVERIFY2(merged.ok(), qPrintable(merged.error));
    QCOMPARE(merged.records.size(), size_t(1));
    const CallRecord& m = *merged.records.front();
    QCOMPARE(m.id.toQString(), u"rec-9"_s);
    QVERIFY(m.participantsV2.has_value());
    QCOMPARE(m.participantsV2->size(), size_t(3));
    QCOMPARE(m.participantsV2->at(1).identity->member("user")->displayName.toQString(), u"Bruno"_s);
    QCOMPARE(m.participantsV2->at(2).identity->member("phone")->id.toQString(), u"+5511999990000"_s);
    QCOMPARE(m.sessions.size(), size_t(1));

    // With two records it cannot say which one it belongs to.
    std::vector<std::pair<std::string, QString>> twoRecords;
    twoRecords.emplace_back(first.toStdString(), u"record.json"_s);
    twoRecords.emplace_back(record("rec-10", session("s9")).toStdString(), u"other.json"_s);
    twoRecords.emplace_back(page3.toStdString(), u"participants.json"_s);
    const LoadResult ambiguous = loadCallRecordDocuments(std::move(twoRecords));
    QVERIFY(!ambiguous.ok());
    QVERIFY2(ambiguous.error.contains(u"does not say which call record"_s), qPrintable(ambiguous.error));
}

void TestLoader::sessionsPageMergedIntoRecord()
{
    const QByteArray first = record("rec-7", session("s1"),
        R"(, "sessions@odata.nextLink": "https://graph.microsoft.com/v1.0/communications/callRecords/rec-7/sessions?$skiptoken=p2")");
    const QByteArray page
        = "{" + sessionsContext("REC-7") + R"(, "value": [)" + session("s2") + "," + session("s3") + "]}";
    std::vector<std::pair<std::string, QString>> documents;
    // The page comes first on purpose: order of files must not matter for the merge.
    documents.emplace_back(page.toStdString(), u"page2.json"_s);
    documents.emplace_back(first.toStdString(), u"record.json"_s);
    const LoadResult result = loadCallRecordDocuments(std::move(documents));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.records.size(), size_t(1));
    const CallRecord& r = *result.records.front();
    QCOMPARE(r.sessions.size(), size_t(3));
    QCOMPARE(r.sessions[0].id.toQString(), u"s1"_s);
    QCOMPARE(r.sessions[2].id.toQString(), u"s3"_s);
    // The last page had no next link: the record is now complete.
    QVERIFY(r.isComplete());
    QCOMPARE(r.sourceNames.size(), 2);
}

void TestLoader::recordAndPageInOneArray()
{
    const QByteArray json
        = "[" + record("r1", session("a")) + ", {" + sessionsContext("r1") + R"(, "value": [)" + session("b") + "]}]";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->sessions.size(), size_t(2));
}

void TestLoader::callRecordList()
{
    const QByteArray json
        = "{" + kListContext + R"(, "value": [)" + record("r1", session("a")) + "," + record("r2", "") + "]}";
    const LoadResult result = loadJson(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.records.size(), size_t(2));
    QCOMPARE(result.records[0]->id.toQString(), u"r1"_s);
    QCOMPARE(result.records[1]->id.toQString(), u"r2"_s);
    QCOMPARE(result.records[0]->sessions.size(), size_t(1));
}

void TestLoader::impossibleValuesAreWarned()
{
    const QByteArray json
        = R"({"id": "t", "startDateTime": "2024-03-01T10:00:55.7Z", "endDateTime": "2024-03-01T10:00:00Z",
        "lastModifiedDateTime": "2024-03-01T09:00:00Z",
        "sessions": [{"id": "s", "startDateTime": "2024-03-01T10:00:00", "endDateTime": "2024-03-01T13:00:00+02:00",
          "segments": [{"id": "g", "startDateTime": "2024-03-01T10:00:00Z", "endDateTime": "2024-03-01T09:59:00Z",
            "media": [{"label": "main-audio", "callerNetwork": {"wifiSignalStrength": 140},
              "streams": [{"averagePacketLossRate": 7.5, "maxPacketLossRate": -0.1, "averageJitter": "PT0.01S"}]}]}]}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    const QString warnings = r->warnings.join(u'\n');
    const QStringList expected {
        u"line 1, column 1: endDateTime 2024-03-01T10:00:00Z is before startDateTime 2024-03-01T10:00:55.7Z"_s,
        u"lastModifiedDateTime 2024-03-01T09:00:00Z is before the call started"_s,
        u"session 1: startDateTime \"2024-03-01T10:00:00\" has no time zone; read as UTC"_s,
        u"session 1 › segment 1: endDateTime 2024-03-01T09:59:00Z is before startDateTime"_s,
        u"stream 1: averagePacketLossRate is 7.5, outside 0 to 1"_s,
        u"stream 1: maxPacketLossRate is -0.1, outside 0 to 1"_s,
        u"wifiSignalStrength is 140, outside 0 to 100"_s,
    };
    for (const QString& part : expected)
        QVERIFY2(warnings.contains(part), qPrintable(part + u"\nnot in:\n"_s + warnings));
    // "+02:00" is a time zone; the session's own end is after its start in UTC.
    QVERIFY2(!warnings.contains(u"session 1: endDateTime"_s), qPrintable(warnings));
    QVERIFY(!warnings.contains(u"13:00:00+02:00\" has no time zone"_s));
    // Shown as read, never as a negative duration.
    QCOMPARE(DisplayFormat::duration(r->startDateTime, r->endDateTime), u"invalid (ends before it starts)"_s);
    QCOMPARE(firstStream(*r).averagePacketLossRate.value_or(0), 7.5);
}

void TestLoader::partialCallRecordList()
{
    const QByteArray link = "https://graph.microsoft.com/v1.0/communications/callRecords?$skiptoken=abc";
    const QByteArray json = "{" + kListContext + R"(, "value": [)" + record("r1", session("a")) + "," + record("r2", "")
        + R"(], "@odata.nextLink": ")" + link + "\"}";
    const LoadResult result = loadJson(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.records.size(), size_t(2));
    for (const auto& r : result.records) {
        QCOMPARE(r->listNextLink.toQString(), QString::fromLatin1(link));
        QVERIFY2(r->warnings.join(u' ').contains(u"is partial"_s), qPrintable(r->warnings.join(u' ')));
    }
    // The link survives the JSON export, for the list and for one record of it.
    for (const auto& records : { result.records, std::vector<CallRecordPtr> { result.records[1] } }) {
        const std::string written = writeCallRecordsJson(records);
        QVERIFY2(written.find(link.toStdString()) != std::string::npos, written.c_str());
        const LoadResult again = loadCallRecordBytes(written, u"again.json"_s);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.records.back()->listNextLink.toQString(), QString::fromLatin1(link));
    }
}

void TestLoader::sameCallFromSeveralDocuments()
{
    const auto loadAll = [](const std::vector<std::pair<QByteArray, QString>>& inputs) {
        std::vector<std::pair<std::string, QString>> documents;
        for (const auto& [json, name] : inputs)
            documents.emplace_back(json.toStdString(), name);
        return loadCallRecordDocuments(std::move(documents));
    };
    const auto warnings = [](const CallRecord& r) { return r.warnings.join(u'\n'); };
    const QByteArray v2 = record("same", session("s1"));
    QByteArray v3 = record("same", session("s1") + "," + session("s2"));
    v3.replace("\"version\": 2", "\"version\": 3");

    // The same file twice: one record, said so.
    LoadResult twice = loadAll({ { v2, u"a.json"_s }, { v2, u"a.json"_s } });
    QVERIFY2(twice.ok(), qPrintable(twice.error));
    QCOMPARE(twice.records.size(), size_t(1));
    QCOMPARE(twice.records[0]->sessions.size(), size_t(1));
    QVERIFY2(warnings(*twice.records[0]).contains(u"given more than once"_s), qPrintable(warnings(*twice.records[0])));

    // Two versions, in either order: the newer is shown whole, and the note names both.
    for (const bool newerFirst : { false, true }) {
        std::vector<std::pair<QByteArray, QString>> inputs { { v2, u"old.json"_s }, { v3, u"new.json"_s } };
        if (newerFirst)
            std::swap(inputs[0], inputs[1]);
        const LoadResult versions = loadAll(inputs);
        QVERIFY2(versions.ok(), qPrintable(versions.error));
        QCOMPARE(versions.records.size(), size_t(1));
        const CallRecord& r = *versions.records[0];
        QCOMPARE(r.version.value_or(0), 3);
        QCOMPARE(r.sessions.size(), size_t(2));
        QVERIFY2(warnings(r).contains(u"version 3 (new.json) is shown; the older version 2 (old.json) was set aside"_s),
            qPrintable(warnings(r)));
        QCOMPARE(r.sourceNames.size(), 2);
    }

    // A record and a $select=participants_v2 response for it (no version): merged as parts.
    const QByteArray participants = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#communications/"
                                    "callRecords(participants_v2)/$entity\", "
        + QByteArray(
            R"("id": "SAME", "participants_v2": [{"id": "p1", "identity": {"user": {"displayName": "Ana"}}}]})");
    const LoadResult parts = loadAll({ { v2, u"record.json"_s }, { participants, u"participants.json"_s } });
    QVERIFY2(parts.ok(), qPrintable(parts.error));
    QCOMPARE(parts.records.size(), size_t(1));
    const CallRecord& merged = *parts.records[0];
    QVERIFY(merged.participantsV2 && merged.participantsV2->size() == 1);
    QCOMPARE(merged.version.value_or(0), 2);
    QCOMPARE(merged.sessions.size(), size_t(1));
    QVERIFY2(warnings(merged).contains(u"given in parts"_s), qPrintable(warnings(merged)));

    // Parts of one version that disagree: the first is shown, and the property is named.
    QByteArray other = v2;
    other.replace("groupCall", "peerToPeer");
    const LoadResult disagree = loadAll({ { v2, u"one.json"_s }, { other, u"two.json"_s } });
    QCOMPARE(disagree.records.size(), size_t(1));
    QCOMPARE(enumValueName(EnumType::CallType, disagree.records[0]->type), "groupCall");
    QVERIFY2(warnings(*disagree.records[0]).contains(u"disagree (type)"_s), qPrintable(warnings(*disagree.records[0])));

    // Two different calls stay two records.
    const LoadResult two = loadAll({ { v2, u"a.json"_s }, { record("other", session("x")), u"b.json"_s } });
    QCOMPARE(two.records.size(), size_t(2));

    // The same call twice in one list merges too (and CSV then has its rows once).
    const LoadResult list = loadJson("{\"value\": [" + v2 + "," + v2 + "]}");
    QCOMPARE(list.records.size(), size_t(1));
}

void TestLoader::powerShellSpelling()
{
    // ConvertTo-Json of Microsoft Graph PowerShell objects: PascalCase names, enums as
    // numbers, TimeSpan objects, AdditionalProperties, single-element arrays unwrapped.
    const QByteArray json = R"({"Id": "ps-1", "Version": 1, "Type": 1, "Modalities": "audio",
        "StartDateTime": "2024-01-01T10:00:00Z", "EndDateTime": "2024-01-01T10:30:00Z",
        "Sessions": [{"Id": "s1", "Caller": {"AdditionalProperties": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                                 "associatedIdentity": {"displayName": "Rita Moura", "id": "r"}}},
            "Segments": [{"Id": "g1", "Media": [{"Label": "main-audio", "Streams": [{"StreamId": "9", "StreamDirection": 1,
                "AverageJitter": {"Ticks": 160000, "Days": 0, "TotalMilliseconds": 16.0},
                "MaxJitter": {"Ticks": 250000},
                "AveragePacketLossRate": 0.02}]}]}]}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->id.toQString(), u"ps-1"_s);
    QCOMPARE(r->type.index, int(CallType::GroupCall));
    QCOMPARE(r->modalities.size(), size_t(1));
    QCOMPARE(r->sessions[0].caller->kind, EndpointKind::Participant);
    QCOMPARE(endpointDisplayName(*r->sessions[0].caller), u"Rita Moura"_s);
    const MediaStream& s = firstStream(*r);
    QCOMPARE(s.streamDirection.index, int(StreamDirection::CalleeToCaller));
    QCOMPARE(*s.averageJitter, 16.0);
    QCOMPARE(*s.maxJitter, 25.0);
    QCOMPARE(*s.averagePacketLossRate, 0.02);
    QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
}

void TestLoader::powerShellIdentityMembersExportAsGraph()
{
    // PowerShell capitalises identity-set members too; the JSON export writes Graph's names.
    const QByteArray json = R"({"Id": "ps-2", "Organizer_v2": {"Id": "o", "Identity": {
            "User": {"Id": "u1", "DisplayName": "Rita Moura"}, "AcsUser": {"Id": "8:acs:1"},
            "Phone": {"Id": "+5511999990000"}, "FutureKind": {"Id": "f"}}},
        "Sessions": [{"Id": "s1", "Caller": {"AdditionalProperties": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
            "Identity": {"ApplicationInstance": {"Id": "ai"}}}}}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QVERIFY(r->organizerV2 && r->organizerV2->identity);
    QCOMPARE(r->organizerV2->identity->member("user")->displayName.toQString(), u"Rita Moura"_s);
    const QString out = QString::fromStdString(writeCallRecordJson(*r));
    for (const auto* name : { "\"user\"", "\"acsUser\"", "\"phone\"", "\"futureKind\"", "\"applicationInstance\"" })
        QVERIFY2(out.contains(QLatin1String(name)), name);
    for (const auto* name : { "\"User\"", "\"AcsUser\"", "\"Phone\"", "\"FutureKind\"", "\"ApplicationInstance\"" })
        QVERIFY2(!out.contains(QLatin1String(name)), name);
    // And it reads back the same.
    const auto again = loadOne(out.toUtf8());
    QVERIFY(again);
    QCOMPARE(again->organizerV2->identity->member("acsUser")->id.toQString(), u"8:acs:1"_s);
    // The same data in either spelling: a merge or a round trip does not see a change.
    QVERIFY(r->hasSameData(*again));
    const auto otherKind = loadOne(QByteArray(json).replace("\"User\"", "\"Contact\""));
    QVERIFY(otherKind);
    QVERIFY(!r->hasSameData(*otherKind));
}

void TestLoader::powerShellShallowDepthIsExplained()
{
    const QByteArray json
        = R"({"id": "x", "sessions": [{"id": "s", "caller": "@{userAgent=; identity=}", "segments": "System.Object[]"}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->sessions.size(), size_t(1));
    QVERIFY(!r->sessions[0].caller);
    QVERIFY(r->warnings.join(u'\n').contains(u"-Depth"_s));
}

void TestLoader::byteOrderMarks()
{
    const QByteArray plain = record("bom", session("s"));
    const auto utf8 = loadOne("\xEF\xBB\xBF" + plain);
    QVERIFY(utf8);
    QCOMPARE(utf8->id.toQString(), u"bom"_s);

    // Windows PowerShell 5 writes UTF-16LE with a BOM.
    const QString text = QString::fromUtf8(record("utf16-é", session("s")));
    QByteArray utf16le("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16le.append(char(c.unicode() & 0xFF));
        utf16le.append(char(c.unicode() >> 8));
    }
    const auto fromUtf16 = loadOne(utf16le);
    QVERIFY(fromUtf16);
    QCOMPARE(fromUtf16->id.toQString(), u"utf16-é"_s);
}

void TestLoader::duplicateKeysLastWins()
{
    const QByteArray json = R"({"id": "first", "id": "second", "sessions": [{"id": "s",
        "callee": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
                   "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint"},
        "segments": [{"media": [{"label": "a", "label": "main-video", "streams": []}]}]}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->id.toQString(), u"second"_s);
    QCOMPARE(r->sessions[0].callee->kind, EndpointKind::Service);
    QCOMPARE(r->sessions[0].segments[0].media[0].label.toQString(), u"main-video"_s);
}

void TestLoader::escapesAndUnicode()
{
    const QByteArray json
        = R"({"id": "esc\u0061ped", "sessions": [{"id": "s", "caller": {"name": "Sala \"Reunião\" \u00e9\n2"}}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->id.toQString(), u"escaped"_s);
    QCOMPARE(r->sessions[0].caller->name.toQString(), u"Sala \"Reunião\" é\n2"_s);
}

void TestLoader::unknownPropertiesAndEnumsAreKept()
{
    const QByteArray json = record("u",
        session("s",
            R"("streamId": "1", "streamDirection": "sideways", "futureMetric": {"a": [1, 2]}, "audioCodec": "lyra")"),
        R"(, "newTopLevel": 42)");
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->extra.size(), size_t(1));
    QCOMPARE(r->extra[0].name.toQString(), u"newTopLevel"_s);
    QCOMPARE(r->extra[0].json.toQString(), u"42"_s);
    const MediaStream& s = firstStream(*r);
    QCOMPARE(s.streamDirection.index, -1);
    QCOMPARE(s.streamDirection.name().toQString(), u"sideways"_s);
    QCOMPARE(enumValueText(EnumType::AudioCodec, s.audioCodec), u"lyra"_s);
    QCOMPARE(s.extra.size(), size_t(1));
    QCOMPARE(s.extra[0].json.toQString(), u"{\"a\": [1, 2]}"_s);
    QVERIFY(r->warnings.isEmpty());
}

void TestLoader::manyUnknownKeysLoadInLinearTime()
{
    // A million distinct unknown keys in one stream (15 MB). Adding each key used to scan
    // the ones before it: 100,000 keys took 16 s, so this took hours and hit the watchdog.
    constexpr int kKeys = 1'000'000;
    QByteArray body = R"("streamId": "1")";
    body.reserve(16 * kKeys);
    for (int i = 0; i < kKeys; ++i)
        body += ", \"k" + QByteArray::number(i) + "\": " + QByteArray::number(i);
    body += R"(, "k500000": "again", "k7": [7])";
    QElapsedTimer timer;
    timer.start();
    const auto r = loadOne(record("many", session("s", body)));
    qInfo("%d unknown keys loaded in %lld ms", kKeys, qlonglong(timer.elapsed()));
    QVERIFY(r);
    const ExtraProperties& extra = firstStream(*r).extra;
    QCOMPARE(extra.size(), size_t(kKeys));
    // File order is kept; a repeated key replaces the value in place (the last one wins).
    QCOMPARE(extra[0].name.toQString(), u"k0"_s);
    QCOMPARE(extra[kKeys - 1].name.toQString(), u"k999999"_s);
    QCOMPARE(extra[500000].json.toQString(), u"\"again\""_s);
    QCOMPARE(extra[7].json.toQString(), u"[7]"_s);
    QCOMPARE(extra[8].json.toQString(), u"8"_s);
}

void TestLoader::denseEmptyObjectsAreRefusedBeforeTheyTakeMemory()
{
    // A million empty objects in 3 MB: every shape of node, and an unknown key in each. Each
    // node takes hundreds of bytes; they used to need 1.3 to 1.9 GB. The budget is 64 MB plus
    // 16 times the file's size, checked before the nodes are allocated.
    const auto objects = [](const QByteArray& each, int count) {
        QByteArray list;
        list.reserve((each.size() + 1) * count);
        for (int i = 0; i < count; ++i) {
            if (i)
                list += ',';
            list += each;
        }
        return list;
    };
    const QByteArray million = objects("{}", 1'000'000);
    const QList<QByteArray> shapes {
        R"({"id": "x", "sessions": [)" + million + "]}",
        R"({"id": "x", "sessions": [{"segments": [)" + million + "]}]}",
        R"({"id": "x", "sessions": [{"segments": [{"media": [)" + million + "]}]}]}",
        R"({"id": "x", "sessions": [{"segments": [{"media": [{"streams": [)" + million + "]}]}]}]}",
        R"({"id": "x", "sessions": [{"segments": [{"media": [{"streams": [)" + objects(R"({"k":1})", 1'000'000)
            + "]}]}]}]}",
        R"({"id": "x", "participants_v2": [)" + million + "]}",
        R"({"value": [)" + million + "]}",
    };
    for (const QByteArray& json : shapes) {
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = loadCallRecordBytes(json.toStdString(), u"dense.json"_s);
        qInfo("%lld bytes refused in %lld ms", qlonglong(json.size()), qlonglong(timer.elapsed()));
        QVERIFY2(!result.ok(), json.left(80).constData());
        QVERIFY2(result.error.startsWith(u"dense.json: line 1, column "_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"too many objects for its size"_s), qPrintable(result.error));
    }
    // Under the floor, the same shapes load: 20,000 empty sessions are a record of 20,000
    // (empty) sessions, not an error.
    const auto small = loadOne(R"({"id": "x", "sessions": [)" + objects("{}", 20'000) + "]}");
    QVERIFY(small);
    QCOMPARE(small->sessions.size(), size_t(20'000));
}

void TestLoader::nullParticipantsAreSkipped()
{
    // A null element of a participants list is no participant (it once became an empty one,
    // moved from a disengaged optional).
    const auto r = loadOne(R"({"id": "n", "participants": [null, {"user": {"id": "u1"}}],
        "participants_v2": [null, {"id": "p1"}, null], "sessions": []})");
    QVERIFY(r);
    QVERIFY(r->participants && r->participantsV2);
    QCOMPARE(r->participants->size(), size_t(1));
    QCOMPARE(r->participantsV2->size(), size_t(1));
    QCOMPARE(r->participantsV2->front().id.toQString(), u"p1"_s);
    // A participants page with a null entry, opened with its record.
    const QByteArray page = R"({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('n')/participants_v2",
        "value": [null, {"id": "p2"}]})";
    const LoadResult merged = loadCallRecordDocuments(std::vector<std::pair<std::string, QString>> {
        { std::string(R"({"id": "n", "sessions": []})"), u"record.json"_s }, { page.toStdString(), u"page.json"_s } });
    QVERIFY2(merged.ok(), qPrintable(merged.error));
    QVERIFY(merged.records.front()->participantsV2);
    QCOMPARE(merged.records.front()->participantsV2->size(), size_t(1));
}

void TestLoader::badValuesBecomeMissingWithWarnings()
{
    const QByteArray json = record("w",
        session("s",
            R"("streamId": "1", "averageJitter": "sixteen ms", "maxJitter": 16, "averageRoundTripTime": "PT1Y",
           "averagePacketLossRate": "NaN", "maxPacketLossRate": 1e400, "averageAudioDegradation": "0.5",
           "packetUtilization": 3.5, "wasMediaBypassed": "maybe", "averageBandwidthEstimate": "12")"));
    const auto r = loadOne(json);
    QVERIFY(r);
    const MediaStream& s = firstStream(*r);
    QVERIFY(!s.averageJitter.has_value());
    QVERIFY(!s.maxJitter.has_value());
    QVERIFY(!s.averageRoundTripTime.has_value());
    QVERIFY(!s.averagePacketLossRate.has_value());
    QVERIFY(!s.maxPacketLossRate.has_value());
    QCOMPARE(*s.averageAudioDegradation, 0.5); // numbers as strings (IEEE754Compatible)
    QCOMPARE(*s.averageBandwidthEstimate, qint64(12));
    QVERIFY(!s.packetUtilization.has_value());
    QVERIFY(!s.wasMediaBypassed.has_value());
    QCOMPARE(r->warnings.size(), 7);
    const QString all = r->warnings.join(u'\n');
    QVERIFY2(all.contains(u"averageJitter \"sixteen ms\" is not an ISO 8601 duration"_s), qPrintable(all));
    QVERIFY(all.contains(u"session 1 › segment 1 › media 1 › stream 1"_s));
    QVERIFY(all.contains(u"line 10, column 119: session 1"_s)); // warnings say where
    // The summary lists them.
    QVERIFY(recordSummary(*r).contains(u"sixteen ms"_s));
}

void TestLoader::wrongTypesAtEachLevel()
{
    const QByteArray json = R"({"id": "t", "modalities": "video", "participants": {"x": 1}, "organizer": [],
        "sessions": [1, "two", null, {"id": "s", "caller": [], "callee": 5, "segments": {"id": "x"}},
                     {"id": "s2", "segments": [{"media": [{"streams": [true, {"streamId": 7}], "callerNetwork": "wifi", "callerDevice": {"micGlitchRate": [1]}}]}]}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->sessions.size(), size_t(2));
    QVERIFY(!r->sessions[0].caller);
    QVERIFY(r->sessions[0].segments.empty());
    const Media& m = r->sessions[1].segments[0].media[0];
    QCOMPARE(m.streams.size(), size_t(1));
    QCOMPARE(m.streams[0].streamId.toQString(), u"7"_s);
    QVERIFY(!m.callerNetwork);
    QVERIFY(!m.callerDevice->micGlitchRate.has_value());
    QVERIFY(r->warnings.size() >= 8);

    // Elements of a top-level array that are not objects are warned about on the first record
    // (found by fuzzing: after a record, the warning went to an object that no longer existed).
    const auto inArray = loadOne(R"([{"id": "a", "sessions": []}, 1])");
    QVERIFY(inArray);
    QCOMPARE(inArray->warnings.size(), 1);
    QVERIFY2(inArray->warnings[0].contains(u"is not an object"_s), qPrintable(inArray->warnings[0]));
}

// --- bad input ---------------------------------------------------------------------------

void TestLoader::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"the file is empty"_s;
    QTest::newRow("white space") << QByteArray(" \n\t ") << u"only white space"_s;
    QTest::newRow("not json") << QByteArray("hello world") << u"line 1, column 1"_s;
    QTest::newRow("scalar") << QByteArray("42") << u"single value"_s;
    QTest::newRow("not a call record") << QByteArray(R"({"name": "x", "size": 3})") << u"not a call record"_s;
    QTest::newRow("empty list") << QByteArray(R"({"value": []})") << u"empty"_s;
    QTest::newRow("empty array") << QByteArray("[]") << u"empty"_s;
    QTest::newRow("graph error") << QByteArray(
        R"({"error": {"code": "NotFound", "message": "The call record was not found.",
        "innerError": {"request-id": "5b1c-42", "date": "2024-01-01T00:00:00"}}})")
                                 << u"NotFound — The call record was not found. (request-id 5b1c-42)"_s;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>") << u"HTML"_s;
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00\x00\x00", 8) << u"ZIP"_s;
    QTest::newRow("binary") << QByteArray("\x01\x00\x02\x00\xff", 5) << u"binary"_s;
    QTest::newRow("invalid utf-8") << QByteArray("{\"id\": \"abc\",\n \"x\": \"\xC3\x28\"}") << u"line 2, column 8"_s;
    QTest::newRow("trailing garbage") << QByteArray(R"({"id": "a"} xyz)") << u"after the end"_s;
    QTest::newRow("unclosed string") << QByteArray(R"({"id": "abc)") << u"truncated"_s;
    QTest::newRow("missing brace") << QByteArray(R"({"id": "abc", "sessions": [)") << u"truncated"_s;
    QTest::newRow("bad literal") << QByteArray(R"({"id": "abc", "sessions": [{"id": "s", "isTest": nope}]})")
                                 << u"line 1, column 50: an invalid literal"_s;
    QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << u"holds no call records"_s;
    // simdjson skips unknown values without checking them; the loader checks what it keeps.
    QTest::newRow("bad literal in unknown object")
        << QByteArray(R"({"id": "a", "foo": {"k": tru}})") << u"not valid JSON"_s;
    QTest::newRow("holes in unknown array") << QByteArray(R"({"id": "a", "foo": [1,,,nope]})") << u"not valid JSON"_s;
    QTest::newRow("mismatched bracket in unknown")
        << QByteArray(R"({"id": "a", "foo": {"x": 1]})") << u"not valid JSON"_s;
    QTest::newRow("bad escape in unknown string") << QByteArray(R"({"id": "a", "foo": "\x"})") << u"not valid JSON"_s;
    QTest::newRow("bad number") << QByteArray(R"({"id": "abc", "sessions": [{"id": "s", "extra": 12abc}]})")
                                << u"invalid number"_s;
    QTest::newRow("bad literal in known field")
        << QByteArray(R"({"id": "abc", "isTest": tru, "sessions": []})") << u"invalid literal"_s;
}
void TestLoader::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const LoadResult result = loadJson(bytes, u"bad.json"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.records.empty());
    QVERIFY2(result.error.startsWith(u"bad.json: "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected, Qt::CaseInsensitive), qPrintable(result.error));
}

void TestLoader::deepNestingInUnknownPropertyIsKept()
{
    // Valid JSON, just deep: kept as raw JSON of an unknown property, without recursion.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto r = loadOne(R"({"id": "a", "x": )" + deep + R"(, "sessions": []})");
    QVERIFY(r);
    QCOMPARE(r->extra.size(), size_t(1));
    QCOMPARE(r->extra[0].json.view().size(), size_t(deep.size()));
}

void TestLoader::deepAdditionalPropertiesDoNotRecurse()
{
    // Only one level of PowerShell's AdditionalProperties is flattened; deeper ones are kept as
    // unknown properties, without recursion (18,000 levels used to overflow the stack).
    const int depth = 18000;
    QByteArray json = R"({"id": "a", )";
    for (int i = 0; i < depth; ++i)
        json += R"("AdditionalProperties": {)";
    json += QByteArray(depth, '}') + "}";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->id.toQString(), u"a"_s);
    QCOMPARE(r->extra.size(), size_t(1));
}

void TestLoader::utf16Surrogates()
{
    const auto utf16 = [](const QString& text) {
        QByteArray bytes("\xFF\xFE", 2);
        for (const QChar c : text) {
            bytes.append(char(c.unicode() & 0xFF));
            bytes.append(char(c.unicode() >> 8));
        }
        return bytes;
    };
    // A lone surrogate is not text; U+FFFD written in the file is.
    const LoadResult lone = loadJson(utf16(u"{\"id\": \""_s + QChar(0xD800) + u"\"}"_s));
    QVERIFY(lone.error.contains(u"UTF-16"_s));
    const auto replacement = loadOne(utf16(u"{\"id\": \"a\uFFFDb\", \"sessions\": []}"_s));
    QVERIFY(replacement);
    QCOMPARE(replacement->id.toQString(), u"a\uFFFDb"_s);
}

void TestLoader::truncatedAtManyOffsets()
{
    // Every cut of the full example either loads (a cut at a value boundary cannot be
    // told from a complete file only when it is complete) or fails with a message.
    const QByteArray full = readFile(sample("seed-full-example.json"));
    int refused = 0;
    for (qsizetype cut = 1; cut < full.size() - 2; cut += 97) {
        const LoadResult result = loadJson(full.left(cut), u"cut.json"_s);
        QVERIFY2(!result.ok(), qPrintable(QString::number(cut)));
        QVERIFY(result.error.startsWith(u"cut.json: "_s));
        ++refused;
    }
    QVERIFY(refused > 100);
}

void TestLoader::filesystemErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const LoadResult missing = loadCallRecordFile(dir.filePath(u"nope.json"_s));
    QVERIFY(missing.error.contains(u"nope.json: no such file"_s));
    const LoadResult folder = loadCallRecordFile(dir.path());
    QVERIFY(folder.error.contains(u"folder"_s));

    // Not regular files: refused at once, each for its own reason (a FIFO used to block in open).
    const QByteArray fifo = QFile::encodeName(dir.filePath(u"fifo.json"_s));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const LoadResult pipe = loadCallRecordFile(QFile::decodeName(fifo));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(pipe.error.contains(u"fifo.json: this is a pipe (FIFO), not a file"_s), qPrintable(pipe.error));
    const LoadResult device = loadCallRecordFile(u"/dev/null"_s);
    QVERIFY2(device.error.contains(u"/dev/null: this is a device, not a file"_s), qPrintable(device.error));
    const QString socketPath = dir.filePath(u"socket.json"_s);
    const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray socketName = QFile::encodeName(socketPath);
    if (sock >= 0 && size_t(socketName.size()) < sizeof(address.sun_path)) {
        std::memcpy(address.sun_path, socketName.constData(), size_t(socketName.size()));
        QCOMPARE(::bind(sock, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
        const LoadResult socket = loadCallRecordFile(socketPath);
        QVERIFY2(socket.error.contains(u"socket.json: this is a socket or a device"_s), qPrintable(socket.error));
        ::close(sock);
    }
    QVERIFY(QFile::link(dir.filePath(u"loop-a.json"_s), dir.filePath(u"loop-b.json"_s)));
    QVERIFY(QFile::link(dir.filePath(u"loop-b.json"_s), dir.filePath(u"loop-a.json"_s)));
    const LoadResult loop = loadCallRecordFile(dir.filePath(u"loop-a.json"_s));
    QVERIFY2(loop.error.contains(u"loop of symbolic links"_s), qPrintable(loop.error));
    const LoadResult notFolder = loadCallRecordFile(dir.filePath(u"loop-x.json/inside.json"_s));
    QVERIFY2(notFolder.error.contains(u"no such file"_s), qPrintable(notFolder.error));
    if (::geteuid() != 0) { // root searches every folder
        QDir(dir.path()).mkdir(u"closed"_s);
        QFile inside(dir.filePath(u"closed/r.json"_s));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.close();
        QFile::setPermissions(dir.filePath(u"closed"_s), QFileDevice::WriteOwner);
        const LoadResult closed = loadCallRecordFile(inside.fileName());
        QFile::setPermissions(
            dir.filePath(u"closed"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY2(closed.error.contains(u"permission denied"_s), qPrintable(closed.error));
    }

    // A sparse file just over 1 GiB is refused before it is read.
    QFile big(dir.filePath(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kMaxRecordFileSize + 1));
    big.close();
    const LoadResult tooBig = loadCallRecordFile(big.fileName());
    QVERIFY2(tooBig.error.contains(u"over 1 GiB"_s), qPrintable(tooBig.error));

    // Several files: the first that fails is named.
    QFile good(dir.filePath(u"good.json"_s));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(record("g", session("s")));
    good.close();
    const LoadResult mixed = loadCallRecordFiles({ good.fileName(), dir.filePath(u"missing.json"_s) });
    QVERIFY(!mixed.ok());
    QVERIFY(mixed.error.contains(u"missing.json"_s));
}

void TestLoader::cancel()
{
    QByteArray sessions;
    for (int i = 0; i < 200; ++i)
        sessions += (i ? "," : "") + session(QByteArray::number(i));
    std::atomic_bool stop { true };
    LoadOptions options;
    options.cancel = &stop;
    int calls = 0;
    qint64 last = -1;
    bool monotonic = true;
    bool inRange = true;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        monotonic = monotonic && done >= last;
        inRange = inRange && done > 0 && done <= total;
        last = done;
    };
    const QByteArray json = record("c", sessions);
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"c.json"_s, options);
    QVERIFY(result.cancelled);
    QVERIFY(result.records.empty());

    stop = false;
    const LoadResult done = loadCallRecordBytes(json.toStdString(), u"c.json"_s, options);
    QVERIFY(done.ok());
    QCOMPARE(done.records.front()->sessions.size(), size_t(200));
    QVERIFY(calls >= 2);
    QVERIFY(monotonic);
    QVERIFY(inRange);
}

// --- round trip --------------------------------------------------------------------------

void TestLoader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("seed full") << readFile(sample("seed-full-example.json"));
    QTest::newRow("seed basic") << readFile(sample("seed-basic-example.json"));
    QTest::newRow("unknown properties") << record("u",
        session("s", R"("streamId": "1", "x": {"y": [null, "z"]}, "audioCodec": "lyra", "maxJitter": "PT0.0000001S")"),
        R"(, "newTopLevel": 42)");
    QTest::newRow("sessions only") << ("{" + sessionsContext("rec-42") + R"(, "value": [)" + session("s1") + "]}");
    QTest::newRow("list") << (R"({"value": [)" + record("r1", session("a")) + "," + record("r2", "") + "]}");
    QTest::newRow("escapes") << QByteArray(
        R"({"id": "q\"uote\\", "sessions": [{"id": "s", "caller": {"name": "tab\there \u0001"}}]})");
    // Found by fuzzing: these loaded back different from what was written.
    QTest::newRow("nested AdditionalProperties") << QByteArray(
        R"({"Id": "ap", "AdditionalProperties": {"AdditionalProperties": {"deeper": true}}, "Sessions": []})");
    const QByteArray participantsPage = "{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#"
                                        "communications/callRecords('rec-5')/participants_v2\", \"value\": ["
        + QByteArray(R"({"id": "p1", "identity": {"user": {"id": "p1", "displayName": "Ana"}}}]})");
    QTest::newRow("participants page alone") << participantsPage;
    QTest::newRow("sessions and participants pages")
        << ("[{" + sessionsContext("rec-5") + R"(, "value": [)" + session("s1") + "]}, " + participantsPage + "]");

    QProcess generator;
    generator.start(QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, u"60"_s, u"--seed"_s, u"7"_s });
    QVERIFY(generator.waitForFinished(60000));
    QTest::newRow("generated 60 sessions") << generator.readAllStandardOutput();
}
void TestLoader::roundTrip()
{
    QFETCH(QByteArray, json);
    const LoadResult first = loadJson(json);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const std::string written = writeCallRecordsJson(first.records);
    const LoadResult second = loadCallRecordBytes(written, u"written.json"_s);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.records.size(), first.records.size());
    for (size_t i = 0; i < first.records.size(); ++i)
        QVERIFY(first.records[i]->hasSameData(*second.records[i]));
    // And writing again gives the same bytes.
    QCOMPARE(writeCallRecordsJson(second.records), written);
}

void TestLoader::annotationsAreKeptInTheExport()
{
    // OData annotations as Graph (here: beta) writes them are exported as read.
    const QByteArray beta = "https://graph.microsoft.com/beta/$metadata#";
    const QByteArray json = "{\"@odata.context\": \"" + beta
        + "communications/callRecords/$entity\", "
          "\"@odata.type\": \"#microsoft.graph.callRecords.callRecord\", \"id\": \"ann\", "
          "\"organizer_v2@odata.context\": \""
        + beta
        + "communications/callRecords('ann')/organizer_v2/$entity\", "
          "\"organizer_v2\": {\"id\": \"o\"}, "
          "\"participants_v2@odata.context\": \""
        + beta
        + "communications/callRecords('ann')/participants_v2\", "
          "\"participants_v2\": [], "
          "\"sessions@odata.context\": \""
        + beta
        + "communications/callRecords('ann')/sessions\", "
          "\"sessions\": [{\"id\": \"s\", \"@odata.type\": \"#microsoft.graph.callRecords.session\", "
          "\"segments@odata.context\": \""
        + beta
        + "communications/callRecords('ann')/sessions('s')/segments\", "
          "\"segments\": []}]}";
    const auto r = loadOne(json);
    QVERIFY(r);
    const QByteArray out = QByteArray::fromStdString(writeCallRecordJson(*r));
    const QJsonObject record = QJsonDocument::fromJson(out).object();
    QCOMPARE(
        record.value(u"@odata.context"_s).toString(), QString::fromUtf8(beta + "communications/callRecords/$entity"));
    QCOMPARE(record.value(u"@odata.type"_s).toString(), u"#microsoft.graph.callRecords.callRecord"_s);
    for (const char* key : { "organizer_v2@odata.context", "participants_v2@odata.context", "sessions@odata.context" })
        QVERIFY2(record.value(QLatin1String(key)).toString().startsWith(QString::fromUtf8(beta)), key);
    const QJsonObject session = record.value(u"sessions"_s).toArray().at(0).toObject();
    QCOMPARE(session.value(u"@odata.type"_s).toString(), u"#microsoft.graph.callRecords.session"_s);
    QVERIFY(session.value(u"segments@odata.context"_s).toString().contains(u"/segments"_s));
    QVERIFY2(!out.contains("/v1.0/"), out.constData());
    const auto again = loadOne(out);
    QVERIFY(again && again->hasSameData(*r));
    QCOMPARE(QByteArray::fromStdString(writeCallRecordJson(*again)), out);

    // A list: its context and @odata.count, even with one record in it.
    const QByteArray list = "{\"@odata.context\": \"" + beta
        + "communications/callRecords\", \"@odata.count\": 1, "
          "\"value\": [{\"id\": \"l1\", \"version\": 1}]}";
    const LoadResult listed = loadJson(list);
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    const QJsonObject written
        = QJsonDocument::fromJson(QByteArray::fromStdString(writeCallRecordsJson(listed.records))).object();
    QCOMPARE(written.value(u"@odata.context"_s).toString(), QString::fromUtf8(beta + "communications/callRecords"));
    QCOMPARE(written.value(u"@odata.count"_s).toInt(), 1);
    QCOMPARE(written.value(u"value"_s).toArray().at(0).toObject().value(u"id"_s).toString(), u"l1"_s);

    // A sessions page keeps its beta context.
    const QByteArray page = "{\"@odata.context\": \"" + beta
        + "communications/callRecords('p')/sessions\", "
          "\"value\": [{\"id\": \"s1\", \"modalities\": [\"audio\"]}]}";
    const auto pageRecord = loadOne(page);
    QVERIFY(pageRecord && pageRecord->sessionsOnly);
    const QByteArray pageOut = QByteArray::fromStdString(writeCallRecordJson(*pageRecord));
    QVERIFY2(pageOut.contains(QByteArray(beta + "communications/callRecords('p')/sessions")), pageOut.constData());
}

void TestLoader::absentNullAndEmptyListsStayDistinct()
{
    // Every list property in its three forms: missing, null and []. Each is read as written
    // and written back as read (JSON export), and the summary tells "none" from "not reported".
    const QByteArray json = R"({"id": "lists", "participants": null, "participants_v2": [],
        "organizer_v2": {"id": "o", "administrativeUnitInfos": []},
        "sessions": [
            {"id": "s1", "modalities": [], "segments": [{"id": "g1", "media": null}]},
            {"id": "s2", "modalities": null, "segments": []},
            {"id": "s3", "segments": [{"id": "g3"}, {"id": "g4", "media": [{"label": "a"}, {"label": "b", "streams": []},
                {"label": "c", "streams": null}]}]}]})";
    const auto r = loadOne(json);
    QVERIFY(r);
    QCOMPARE(r->modalities.state, ListState::Absent);
    QVERIFY(r->participantsNull && !r->participants);
    QVERIFY(r->participantsV2 && r->participantsV2->empty());
    QCOMPARE(r->organizerV2->administrativeUnitInfos.state, ListState::Array);
    QCOMPARE(r->sessions[0].modalities.state, ListState::Array);
    QCOMPARE(r->sessions[0].segments[0].media.state, ListState::Null);
    QCOMPARE(r->sessions[1].modalities.state, ListState::Null);
    QCOMPARE(r->sessions[1].segments.state, ListState::Array);
    QCOMPARE(r->sessions[2].modalities.state, ListState::Absent);
    QCOMPARE(r->sessions[2].segments[0].media.state, ListState::Absent);
    const auto& media = r->sessions[2].segments[1].media;
    QCOMPARE(media[0].streams.state, ListState::Absent);
    QCOMPARE(media[1].streams.state, ListState::Array);
    QCOMPARE(media[2].streams.state, ListState::Null);

    const std::string written = writeCallRecordJson(*r);
    const QJsonObject out = QJsonDocument::fromJson(QByteArray::fromStdString(written)).object();
    const auto form = [](const QJsonObject& object, const char* key) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return u"absent"_s;
        if (v.isNull())
            return u"null"_s;
        return v.isArray() ? u"[%1]"_s.arg(v.toArray().size()) : u"other"_s;
    };
    QCOMPARE(form(out, "modalities"), u"absent"_s);
    QCOMPARE(form(out, "participants"), u"null"_s);
    QCOMPARE(form(out, "participants_v2"), u"[0]"_s);
    QCOMPARE(form(out.value(u"organizer_v2"_s).toObject(), "administrativeUnitInfos"), u"[0]"_s);
    const QJsonArray sessions = out.value(u"sessions"_s).toArray();
    QCOMPARE(form(sessions[0].toObject(), "modalities"), u"[0]"_s);
    QCOMPARE(form(sessions[0].toObject()[u"segments"_s].toArray()[0].toObject(), "media"), u"null"_s);
    QCOMPARE(form(sessions[1].toObject(), "modalities"), u"null"_s);
    QCOMPARE(form(sessions[1].toObject(), "segments"), u"[0]"_s);
    QCOMPARE(form(sessions[2].toObject(), "modalities"), u"absent"_s);
    const QJsonArray segments = sessions[2].toObject()[u"segments"_s].toArray();
    QCOMPARE(form(segments[0].toObject(), "media"), u"absent"_s);
    const QJsonArray outMedia = segments[1].toObject()[u"media"_s].toArray();
    QCOMPARE(form(outMedia[0].toObject(), "streams"), u"absent"_s);
    QCOMPARE(form(outMedia[1].toObject(), "streams"), u"[0]"_s);
    QCOMPARE(form(outMedia[2].toObject(), "streams"), u"null"_s);
    // A record without a sessions property is written without one.
    const auto bare = loadOne(R"({"id": "bare", "version": 1})");
    QVERIFY(bare);
    QVERIFY(!QString::fromStdString(writeCallRecordJson(*bare)).contains(u"sessions"_s));
    // And the round trip is exact.
    const auto again = loadOne(QByteArray::fromStdString(written));
    QVERIFY(again && again->hasSameData(*r));

    // "participants_v2": [] and "modalities": [] are reported as none, not as missing.
    const QString summary = recordSummary(*loadOne(R"({"id": "none", "modalities": [], "participants_v2": []})"));
    QVERIFY2(summary.contains(u"Participants:   none listed"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"Modalities:     none listed"_s), qPrintable(summary));
    const QString missing = recordSummary(*loadOne(R"({"id": "missing", "version": 1})"));
    QVERIFY2(missing.contains(u"Participants:   not reported"_s), qPrintable(missing));
    QVERIFY2(missing.contains(u"Modalities:     not reported"_s), qPrintable(missing));
}

void TestLoader::parallelAndSequentialSessionsAgree()
{
    // Records with many sessions are parsed on two threads; a sessions page is parsed on
    // one. Both must give the same sessions in the same order.
    QProcess generator;
    generator.start(QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, u"300"_s, u"--seed"_s, u"11"_s });
    QVERIFY(generator.waitForFinished(60000));
    const auto parallel = loadOne(generator.readAllStandardOutput());
    QVERIFY(parallel);
    QCOMPARE(parallel->sessions.size(), size_t(300));

    CallRecord pageOnly;
    pageOnly.id = parallel->id;
    pageOnly.sessionsOnly = true;
    pageOnly.sessions = parallel->sessions;
    const auto sequential = loadOne(QByteArray::fromStdString(writeCallRecordJson(pageOnly)));
    QVERIFY(sequential);
    QVERIFY(sequential->sessionsOnly);
    QVERIFY(sequential->sessions == parallel->sessions);
}

void TestLoader::warningsFromBothHalves()
{
    QByteArray sessions;
    for (int i = 0; i < 100; ++i) {
        const QByteArray jitter = (i == 3 || i == 97) ? "\"bad\"" : "\"PT0.010S\"";
        sessions += (i ? "," : "") + session(QByteArray::number(i), R"("streamId": "1", "averageJitter": )" + jitter);
    }
    const auto r = loadOne(record("w", sessions));
    QVERIFY(r);
    QCOMPARE(r->warnings.size(), 2);
    QVERIFY2(r->warnings[0].contains(u"session 4 › segment 1"_s), qPrintable(r->warnings[0]));
    QVERIFY2(r->warnings[1].contains(u"session 98 › segment 1"_s), qPrintable(r->warnings[1]));
    QCOMPARE(*firstStream(*r).averageJitter, 10.0);
}

void TestLoader::roundTripDetectsDifferences()
{
    // hasSameData must not be trivially true.
    const auto a = loadOne(record("a", session("s", R"("streamId": "1", "averageJitter": "PT0.016S")")));
    const auto b = loadOne(record("a", session("s", R"("streamId": "1", "averageJitter": "PT0.017S")")));
    QVERIFY(a && b);
    QVERIFY(a->hasSameData(*a));
    QVERIFY(!a->hasSameData(*b));
}

QTEST_GUILESS_MAIN(TestLoader)
