// Quality classification: each rule, exactly-at-threshold values, missing metrics, each media
// kind, roll-up, device checks, profiles from JSON.
#include "export/csvexporter.h"
#include "format/displayformat.h"
#include "quality/classifier.h"
#include "quality/findings.h"
#include "record/loader.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
CallRecordPtr load(const QByteArray& json)
{
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"q.json"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

/// A record with one media of `label` holding one stream with the given properties.
CallRecordPtr oneStream(const QByteArray& label, const QByteArray& stream, const QByteArray& modalities = "\"audio\"",
    const QByteArray& mediaExtra = {})
{
    return load(R"({"id": "c", "sessions": [{"id": "s", "modalities": [)" + modalities
        + R"(], "segments": [{"id": "g", "media": [{"label": ")" + label + "\"" + mediaExtra + R"(, "streams": [{)"
        + stream + "}]}]}]}]}");
}

const MediaStream& theStream(const CallRecord& r)
{
    return r.sessions[0].segments[0].media[0].streams[0];
}
} // namespace

namespace {
/// A record whose session and segment both carry `failureInfo`, with one poor stream.
QByteArray sessionAndSegmentFailing(const QByteArray& failureInfo)
{
    return "{\"id\": \"f\", \"sessions\": [{\"id\": \"s\", \"failureInfo\": " + failureInfo
        + ", \"segments\": [{\"id\": \"g\", \"failureInfo\": " + failureInfo
        + ", \"media\": [{\"label\": \"main-audio\", \"streams\": [{\"averageJitter\": \"PT0.045S\"}]}]}]}]}";
}
} // namespace

class TestQuality : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void cqdRules_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArray>("modalities");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("firedMetric"); // for poor: the rule that fired

        // Audio: poor if any metric is above its threshold; exactly at the threshold is good.
        QTest::newRow("audio degradation above")
            << QByteArray("main-audio") << QByteArray(R"("averageAudioDegradation": 1.01)") << QByteArray("\"audio\"")
            << u"poor"_s << u"averageAudioDegradation"_s;
        QTest::newRow("audio degradation at")
            << QByteArray("main-audio") << QByteArray(R"("averageAudioDegradation": 1.0)") << QByteArray("\"audio\"")
            << u"good"_s << QString();
        QTest::newRow("round trip above")
            << QByteArray("main-audio") << QByteArray(R"("averageRoundTripTime": "PT0.501S")")
            << QByteArray("\"audio\"") << u"poor"_s << u"averageRoundTripTime"_s;
        QTest::newRow("round trip at") << QByteArray("main-audio") << QByteArray(R"("averageRoundTripTime": "PT0.5S")")
                                       << QByteArray("\"audio\"") << u"good"_s << QString();
        QTest::newRow("packet loss above")
            << QByteArray("main-audio") << QByteArray(R"("averagePacketLossRate": 0.1001)") << QByteArray("\"audio\"")
            << u"poor"_s << u"averagePacketLossRate"_s;
        QTest::newRow("packet loss at") << QByteArray("main-audio") << QByteArray(R"("averagePacketLossRate": 0.1)")
                                        << QByteArray("\"audio\"") << u"good"_s << QString();
        QTest::newRow("jitter above") << QByteArray("main-audio") << QByteArray(R"("averageJitter": "PT0.031S")")
                                      << QByteArray("\"audio\"") << u"poor"_s << u"averageJitter"_s;
        QTest::newRow("jitter at") << QByteArray("main-audio") << QByteArray(R"("averageJitter": "PT0.030S")")
                                   << QByteArray("\"audio\"") << u"good"_s << QString();
        QTest::newRow("concealed above") << QByteArray("main-audio")
                                         << QByteArray(R"("averageRatioOfConcealedSamples": 0.0701)")
                                         << QByteArray("\"audio\"") << u"poor"_s << u"averageRatioOfConcealedSamples"_s;
        QTest::newRow("concealed at") << QByteArray("main-audio")
                                      << QByteArray(R"("averageRatioOfConcealedSamples": 0.07)")
                                      << QByteArray("\"audio\"") << u"good"_s << QString();
        QTest::newRow("network jitter is not the classifier metric")
            << QByteArray("main-audio") << QByteArray(R"("averageAudioNetworkJitter": "PT0.266S")")
            << QByteArray("\"audio\"") << u"unclassified"_s << QString();
        QTest::newRow("audio all missing")
            << QByteArray("main-audio") << QByteArray(R"("averageJitter": null, "streamId": "1")")
            << QByteArray("\"audio\"") << u"unclassified"_s << QString();

        // Video: the first available metric decides.
        QTest::newRow("video frame loss decides poor")
            << QByteArray("main-video")
            << QByteArray(R"("averageVideoFrameLossPercentage": 51, "averageVideoFrameRate": 30)")
            << QByteArray("\"video\"") << u"poor"_s << u"averageVideoFrameLossPercentage"_s;
        QTest::newRow("video frame loss decides good")
            << QByteArray("main-video")
            << QByteArray(R"("averageVideoFrameLossPercentage": 50, "averageVideoFrameRate": 1)")
            << QByteArray("\"video\"") << u"good"_s << QString();
        QTest::newRow("video frame rate below 7")
            << QByteArray("main-video") << QByteArray(R"("averageVideoFrameRate": 6.9)") << QByteArray("\"video\"")
            << u"poor"_s << u"averageVideoFrameRate"_s;
        QTest::newRow("video frame rate at 7")
            << QByteArray("main-video") << QByteArray(R"("averageVideoFrameRate": 7)") << QByteArray("\"video\"")
            << u"good"_s << QString();
        QTest::newRow("video post-FEC loss")
            << QByteArray("main-video") << QByteArray(R"("postForwardErrorCorrectionPacketLossRate": 0.16)")
            << QByteArray("\"video\"") << u"poor"_s << u"postForwardErrorCorrectionPacketLossRate"_s;
        QTest::newRow("video nothing") << QByteArray("main-video") << QByteArray(R"("averageJitter": "PT0.5S")")
                                       << QByteArray("\"video\"") << u"unclassified"_s << QString();

        // Screen sharing: same order, frame rate < 2.
        QTest::newRow("app sharing 5 fps is good")
            << QByteArray("applicationsharing-video") << QByteArray(R"("averageVideoFrameRate": 5)")
            << QByteArray("\"screenSharing\"") << u"good"_s << QString();
        QTest::newRow("app sharing 1.9 fps is poor")
            << QByteArray("applicationsharing-video") << QByteArray(R"("averageVideoFrameRate": 1.9)")
            << QByteArray("\"screenSharing\"") << u"poor"_s << u"averageVideoFrameRate"_s;
        QTest::newRow("VBSS by modality") << QByteArray("main-video") << QByteArray(R"("averageVideoFrameRate": 5)")
                                          << QByteArray("\"videoBasedScreenSharing\"") << u"good"_s << QString();
        QTest::newRow("video with sharing too stays video")
            << QByteArray("main-video") << QByteArray(R"("averageVideoFrameRate": 5)")
            << QByteArray("\"video\", \"screenSharing\"") << u"poor"_s << u"averageVideoFrameRate"_s;
        QTest::newRow("data media has no rules") << QByteArray("data") << QByteArray(R"("averageJitter": "PT0.5S")")
                                                 << QByteArray("\"data\"") << u"unclassified"_s << QString();
    }
    void cqdRules()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, stream);
        QFETCH(QByteArray, modalities);
        QFETCH(QString, verdict);
        QFETCH(QString, firedMetric);
        const auto record = oneStream(label, stream, modalities);
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        const StreamVerdict* v = classification.stream(&theStream(*record));
        QVERIFY(v);
        QCOMPARE(verdictName(v->verdict), verdict);
        if (v->verdict == Verdict::Poor) {
            QStringList fired;
            for (const auto& rule : v->rules) {
                if (rule.poor)
                    fired.append(metricName(rule.metric));
            }
            QCOMPARE(fired, QStringList { firedMetric });
            QCOMPARE(v->rules.front().profile, u"CQD poor stream"_s);
        }
        if (v->verdict == Verdict::Unclassified)
            QVERIFY(!v->unclassifiedReason.isEmpty());
        QCOMPARE(classification.verdict(record.get()), v->verdict);
    }

    void everyBrokenRuleIsReported()
    {
        const auto record = oneStream("main-audio",
            R"("averageJitter": "PT0.045S", "averagePacketLossRate": 0.12, "averageRoundTripTime": "PT0.1S")");
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        const StreamVerdict* v = classification.stream(&theStream(*record));
        QCOMPARE(v->verdict, Verdict::Poor);
        QCOMPARE(v->rules.size(), size_t(3));
        QCOMPARE(v->reasonsText(), u"average packet loss 12 % > 10 %; average jitter 45 ms > 30 ms"_s);
        QCOMPARE(v->reasonsCsv(), u"averagePacketLossRate 0.12 > 0.1; averageJitter 45 > 30"_s);
        QCOMPARE(v->rules[1].text(), u"average packet loss 12 % > 10 % (CQD poor stream)"_s);
        QCOMPARE(v->rules[0].text(), u"average round-trip time 100 ms (poor if > 500 ms; CQD poor stream)"_s);
        QVERIFY(!v->rules[0].poor);
    }

    void networkTargetsProfile()
    {
        const auto record
            = oneStream("main-video", R"("averageRoundTripTime": "PT0.1S", "averageJitter": "PT0.029S")", "\"video\"");
        const RecordClassification classification(*record, QualityProfile::teamsNetworkTargets());
        const StreamVerdict* v = classification.stream(&theStream(*record));
        QCOMPARE(v->verdict, Verdict::Poor); // 100 ms misses the "< 100 ms" target
        QCOMPARE(v->reasonsCsv(), u"averageRoundTripTime 100 >= 100"_s);
    }

    void rollUpWorstWins()
    {
        const auto record = load(R"({"id": "r", "sessions": [
            {"id": "good", "segments": [{"media": [{"label": "main-audio", "streams": [{"averageJitter": "PT0.01S"}]}]}]},
            {"id": "mixed", "segments": [
                {"media": [{"label": "main-audio", "streams": [{"averageJitter": "PT0.01S"}, {}]}]},
                {"media": [{"label": "main-audio", "streams": [{"averageJitter": "PT0.09S"}]}]}]},
            {"id": "none", "segments": [{"media": [{"label": "main-audio", "streams": [{}]}]}]}]})");
        const RecordClassification c(*record, QualityProfile::cqdPoorStream());
        QCOMPARE(c.verdict(&record->sessions[0]), Verdict::Good);
        QCOMPARE(c.verdict(&record->sessions[1]), Verdict::Poor);
        QCOMPARE(c.verdict(&record->sessions[1].segments[0]), Verdict::Good); // good beats unclassified
        QCOMPARE(c.verdict(&record->sessions[1].segments[1].media[0]), Verdict::Poor);
        QCOMPARE(c.verdict(&record->sessions[2]), Verdict::Unclassified);
        QCOMPARE(c.verdict(record.get()), Verdict::Poor);
        QCOMPARE(c.poorStreamCount(), 1);
        QCOMPARE(c.streamCount(), 5);
        QVERIFY(c.explain(*record, &record->sessions[1]).contains(u"average jitter 90 ms > 30 ms"_s));
        QVERIFY(!c.explain(*record, &record->sessions[1]).contains(u"10 ms"_s));
    }

    void deviceNotFunctioning()
    {
        const auto record = oneStream("main-audio", R"("averageJitter": "PT0.01S")", "\"audio\"",
            R"(, "callerDevice": {"captureNotFunctioningEventRatio": 0.005}, "calleeDevice": {"renderNotFunctioningEventRatio": 0.0049})");
        const RecordClassification c(*record, QualityProfile::cqdPoorStream());
        const Media& media = record->sessions[0].segments[0].media[0];
        const auto* problems = c.deviceProblems(&media);
        QVERIFY(problems);
        QCOMPARE(problems->size(), size_t(1)); // 0.005 is a problem, 0.0049 is not
        QVERIFY(problems->front().caller && problems->front().capture);
        QCOMPARE(c.verdict(&media), Verdict::Poor);
        QCOMPARE(c.verdict(&theStream(*record)), Verdict::Good);
        QVERIFY(problems->front().text().contains(u"caller's microphone"_s));
    }

    void profilesFromJson()
    {
        const QByteArray json = R"({"profiles": [
            {"name": "Strict", "description": "tighter",
             "audio": {"mode": "anyPoor", "rules": [{"metric": "averageJitter", "poorAbove": 20},
                                                    {"metric": "averagePacketLossRate", "poorAtOrAbove": 0.05}]},
             "video": {"mode": "firstAvailable", "rules": [{"metric": "averageVideoFrameRate", "poorBelow": 15}]},
             "deviceNotFunctioningRatio": 0.01}]})";
        const ProfileLoadResult result = parseQualityProfiles(json, u"p.json"_s);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.profiles.size(), size_t(1));
        const QualityProfile& strict = result.profiles.front();
        QCOMPARE(strict.name, u"Strict"_s);
        QCOMPARE(strict.audio.rules.size(), size_t(2));
        QCOMPARE(strict.video.mode, RuleSet::Mode::FirstAvailable);
        QCOMPARE(strict.deviceNotFunctioningRatio, 0.01);

        const auto record = oneStream("main-audio", R"("averageJitter": "PT0.021S")");
        const RecordClassification c(*record, strict);
        QCOMPARE(c.stream(&theStream(*record))->verdict, Verdict::Poor);
        QCOMPARE(c.stream(&theStream(*record))->rules.front().profile, u"Strict"_s);
        // No screen-sharing rules: unclassified, and it says why.
        const auto sharing
            = oneStream("applicationsharing-video", R"("averageVideoFrameRate": 1)", "\"screenSharing\"");
        const RecordClassification s(*sharing, strict);
        QVERIFY(s.stream(&theStream(*sharing))->unclassifiedReason.contains(u"no rules"_s));
    }

    void malformedProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{name") << u"p.json: not valid JSON at byte"_s;
        QTest::newRow("no name") << QByteArray(R"({"audio": {"rules": []}})") << u"profile 1: needs a \"name\""_s;
        QTest::newRow("unknown metric") << QByteArray(
            R"({"name": "X", "audio": {"rules": [{"metric": "mos", "poorAbove": 1}]}})")
                                        << u"profile \"X\", audio rule 1: unknown metric \"mos\""_s;
        QTest::newRow("two conditions") << QByteArray(
            R"({"name": "X", "audio": {"rules": [{"metric": "averageJitter", "poorAbove": 1, "poorBelow": 0}]}})")
                                        << u"needs exactly one of"_s;
        QTest::newRow("threshold not a number")
            << QByteArray(R"({"name": "X", "audio": {"rules": [{"metric": "averageJitter", "poorAbove": "30"}]}})")
            << u"\"poorAbove\" must be a number"_s;
        QTest::newRow("bad mode") << QByteArray(R"({"name": "X", "audio": {"mode": "all", "rules": []}})")
                                  << u"mode \"all\""_s;
        QTest::newRow("no rules at all") << QByteArray(R"({"name": "X"})") << u"has no rules"_s;
        QTest::newRow("empty list") << QByteArray(R"({"profiles": []})") << u"no profiles"_s;
    }
    void malformedProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ProfileLoadResult result = parseQualityProfiles(json, u"p.json"_s);
        QVERIFY(result.profiles.empty());
        QVERIFY2(result.error.startsWith(u"p.json"_s) && result.error.contains(expected), qPrintable(result.error));
    }

    void missingProfileFile()
    {
        QTemporaryDir dir;
        const ProfileLoadResult result = loadQualityProfiles(dir.filePath(u"none.json"_s));
        QVERIFY(result.error.contains(u"none.json"_s));
    }

    void findings_data()
    {
        QTest::addColumn<QByteArray>("session"); // fields added to a session Ana Lima -> Bruno Reis
        QTest::addColumn<QByteArray>("media"); // fields added to its main-audio media
        QTest::addColumn<QByteArray>("stream"); // fields of its caller -> callee stream
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("title");

        const QByteArray poor = R"("streamDirection": "callerToCallee", "averageJitter": "PT0.045S")";
        QTest::newRow("poor stream, receiver and sender")
            << QByteArray() << QByteArray() << poor << u"poorStream"_s
            << u"Bruno Reis's incoming audio from Ana Lima: average jitter 45 ms (poor if > 30 ms)"_s;
        QTest::newRow("device not functioning")
            << QByteArray()
            << QByteArray(R"(, "calleeDevice": {"renderNotFunctioningEventRatio": 0.02, "renderDeviceName": "Jabra"})")
            << QByteArray(R"("averageJitter": "PT0.01S")") << u"deviceNotFunctioning"_s
            << u"Bruno Reis's speaker was not working for 2 % of the call"_s;
        QTest::newRow("failure") << QByteArray(
            R"(, "failureInfo": {"stage": "callSetup", "reason": "NetworkUnreachable"})")
                                 << QByteArray() << QByteArray() << u"failure"_s
                                 << u"Session 1 (Ana Lima → Bruno Reis): Failed at callSetup: NetworkUnreachable"_s;
        QTest::newRow("failure, stage only")
            << QByteArray(R"(, "failureInfo": {"stage": "midcall", "reason": null})") << QByteArray() << QByteArray()
            << u"failure"_s << u"Session 1 (Ana Lima → Bruno Reis): Failed at midcall"_s;
        QTest::newRow("failure, reason only")
            << QByteArray(R"(, "failureInfo": {"stage": "unknown", "reason": "Timeout"})") << QByteArray()
            << QByteArray() << u"failure"_s << u"Session 1 (Ana Lima → Bruno Reis): Failed: Timeout"_s;
        QTest::newRow("failure, a stage this build does not know")
            << QByteArray(R"(, "failureInfo": {"stage": "mediaSetup"})") << QByteArray() << QByteArray() << u"failure"_s
            << u"Session 1 (Ana Lima → Bruno Reis): Failed at mediaSetup"_s;
        QTest::newRow("wifi on 2.4 GHz")
            << QByteArray()
            << QByteArray(
                   R"(, "callerNetwork": {"connectionType": "wifi", "wifiBand": "frequency24GHz", "wifiChannel": 6, "wifiSignalStrength": 80})")
            << poor << u"wifi"_s << u"Ana Lima was on Wi-Fi on the 2.4 GHz band"_s;
        QTest::newRow("weak wifi")
            << QByteArray()
            << QByteArray(
                   R"(, "callerNetwork": {"connectionType": "wifi", "wifiBand": "frequency50GHz", "wifiSignalStrength": 30})")
            << poor << u"wifi"_s << u"Ana Lima was on Wi-Fi with a weak signal"_s;
        QTest::newRow("vpn") << QByteArray() << QByteArray(R"(, "calleeNetwork": {"connectionType": "tunnel"})") << poor
                             << u"vpn"_s << u"Bruno Reis's media went through a VPN tunnel"_s;
        QTest::newRow("tcp")
            << QByteArray()
            << QByteArray(R"(, "callerNetwork": {"connectionType": "wired", "networkTransportProtocol": "tcp"})")
            << poor << u"tcp"_s << u"Ana Lima's media used TCP instead of UDP"_s;
        QTest::newRow("mobile") << QByteArray() << QByteArray(R"(, "callerNetwork": {"connectionType": "mobile"})")
                                << poor << u"mobile"_s << u"Ana Lima was on a mobile (cellular) network"_s;
        QTest::newRow("relay") << QByteArray() << QByteArray(R"(, "callerNetwork": {"relayIPAddress": "52.114.1.1"})")
                               << poor << u"relay"_s << u"Ana Lima's media was relayed"_s;
        QTest::newRow("quality events") << QByteArray()
                                        << QByteArray(R"(, "calleeNetwork": {"receivedQualityEventRatio": 0.27})")
                                        << poor << u"qualityEvents"_s
                                        << u"Bruno Reis's network degraded audio for part of the call"_s;
        QTest::newRow("speaker muted") << QByteArray() << QByteArray(R"(, "calleeDevice": {"renderMuteEventRatio": 1})")
                                       << poor << u"speakerMuted"_s
                                       << u"Bruno Reis's speaker was muted or at zero volume for 100 % of the call"_s;
        QTest::newRow("cpu") << QByteArray() << QByteArray(R"(, "callerDevice": {"cpuInsufficentEventRatio": 0.1})")
                             << poor << u"cpu"_s << u"Ana Lima's computer was short of CPU for 10 % of the call"_s;
        QTest::newRow("glitches") << QByteArray() << QByteArray(R"(, "callerDevice": {"micGlitchRate": 23})") << poor
                                  << u"glitches"_s << u"Ana Lima's audio device reported glitches"_s;
        QTest::newRow("feedback") << QByteArray(
            R"(, "callee": {"associatedIdentity": {"displayName": "Bruno Reis"}, "feedback": {"rating": "poor", "tokens": {"Noisy": true, "Echo": false}}})")
                                  << QByteArray() << QByteArray() << u"feedback"_s
                                  << u"Bruno Reis rated the call poor: Noisy"_s;
    }
    void findings()
    {
        QFETCH(QByteArray, session);
        QFETCH(QByteArray, media);
        QFETCH(QByteArray, stream);
        QFETCH(QString, rule);
        QFETCH(QString, title);
        QByteArray callee = R"("callee": {"associatedIdentity": {"displayName": "Bruno Reis"}})";
        if (session.contains("\"callee\"")) {
            callee = session.mid(2);
            session.clear();
        }
        const auto record = load(R"({"id": "f", "sessions": [{"id": "s", "modalities": ["audio"],
            "caller": {"associatedIdentity": {"displayName": "Ana Lima"}}, )"
            + callee + session + R"(, "segments": [{"id": "g", "media": [{"label": "main-audio")" + media
            + R"(, "streams": [{)" + stream + "}]}]}]}]}");
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        const FindingsResult result = computeFindings(*record, classification);
        const auto it = std::find_if(
            result.findings.begin(), result.findings.end(), [&](const Finding& f) { return f.rule == rule; });
        QVERIFY2(it != result.findings.end(), qPrintable(findingsText(result)));
        QCOMPARE(it->title, title);
        QVERIFY(!it->nextStep.isEmpty());
        QVERIFY(it->session == &record->sessions[0]);
        QVERIFY(findingsText(result).contains(title));
    }

    // SDK serializers write an empty failureInfo for calls that did not fail.
    void failureInfoThatReportsNothing_data()
    {
        QTest::addColumn<QByteArray>("failureInfo");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("all null") << QByteArray(R"({"stage": null, "reason": null})");
        QTest::newRow("only the type") << QByteArray("{\"@odata.type\": \"#microsoft.graph.callRecords.failureInfo\"}");
        QTest::newRow("unknown stage, blank reason") << QByteArray(R"({"stage": "unknown", "reason": "  "})");
        QTest::newRow("unknownFutureValue") << QByteArray(R"({"stage": "unknownFutureValue", "reason": ""})");
    }
    void failureInfoThatReportsNothing()
    {
        QFETCH(QByteArray, failureInfo);
        const auto record = load(sessionAndSegmentFailing(failureInfo));
        QVERIFY(record->sessions[0].failureInfo.has_value());
        QVERIFY(!failureReported(record->sessions[0].failureInfo));
        QVERIFY(!failureReported(record->sessions[0].segments[0].failureInfo));
        QVERIFY(DisplayFormat::failure(record->sessions[0].failureInfo).isEmpty());
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        const FindingsResult result = computeFindings(*record, classification);
        for (const Finding& f : result.findings) {
            QVERIFY2(f.rule != u"failure"_s, qPrintable(f.title));
            QVERIFY2(!f.title.endsWith(u' ') && !f.title.endsWith(u':'), qPrintable(f.title));
        }
        QVERIFY(!findingsText(result).contains(u"ailed"_s));
    }

    void noFindingsForAGoodCall()
    {
        const auto record = oneStream("main-audio", R"("averageJitter": "PT0.01S")");
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        QVERIFY(computeFindings(*record, classification).findings.empty());
    }

    void findingsAreLimitedAndOrdered()
    {
        QByteArray sessions;
        for (int i = 0; i < 100; ++i)
            sessions += QByteArray(i ? "," : "")
                + R"({"id": "s", "segments": [{"media": [{"label": "main-audio", "streams": [{"averageJitter": "PT0.5S"}]}]}]})";
        const auto record = load(R"({"id": "many", "sessions": [)" + sessions + "]}");
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        const FindingsResult result = computeFindings(*record, classification, 10);
        QCOMPARE(result.findings.size(), size_t(10));
        QCOMPARE(result.omitted, 90);
        QVERIFY(findingsText(result).contains(u"90 more findings"_s));
        QCOMPARE(result.findings.front().severity, Finding::Severity::Problem);
    }

    void csvQualityColumns()
    {
        const auto record = oneStream("main-audio", R"("averageJitter": "PT0.045S")");
        const QByteArray csv = streamsCsv({ record });
        const QList<QByteArray> lines = csv.split('\n');
        const QList<QByteArray> header = lines[0].trimmed().split(',');
        const QList<QByteArray> row = lines[1].trimmed().split(',');
        QCOMPARE(row[header.indexOf("quality")], QByteArray("poor"));
        QCOMPARE(row[header.indexOf("poorReasons")], QByteArray("averageJitter 45 > 30"));
        const QByteArray targets = streamsCsv({ record }, QualityProfile::teamsNetworkTargets());
        QVERIFY(targets.contains("averageJitter 45 >= 30"));
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
