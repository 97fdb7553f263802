// Redaction of records and free text: nothing personal survives in JSON, summary or CSV.
#include "export/csvexporter.h"
#include "export/summary.h"
#include "record/jsonwriter.h"
#include "record/loader.h"
#include "redaction/redaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kCallId = "6f1e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

/// The seeded record (defined at the end of the file: moc does not read raw string literals).
const char* seededJson();

const QString kSourceName = u"/home/abbie.wilkins/Downloads/abbie-call-2024.json"_s;

/// Personal strings of the seeded record (and its source name) that no output may contain, in any letter case.
const QStringList& seededPersonalValues()
{
    static const QStringList values {
        u"Abbie Wilkins"_s,
        u"Abbie"_s,
        u"Wilkins"_s,
        u"abbie.wilkins@contoso.com"_s,
        u"abbie.wilkins"_s,
        u"João Müller-Ñúñez"_s,
        u"Müller"_s,
        u"Ñúñez"_s,
        u"joao.muller@fabrikam.com"_s,
        u"Chen Wang"_s,
        u"Zoë Quirrell"_s,
        u"Quirrell"_s,
        u"zoe.quirrell@gmail.com"_s,
        u"owen.secret@contoso.com"_s,
        u"Springfield Secretville"_s,
        u"5511987654321"_s,
        u"987654321"_s,
        u"a1111111-1111-4111-8111-111111111111"_s,
        u"b2222222-2222-4222-8222-222222222222"_s,
        u"c3333333-3333-4333-8333-333333333333"_s,
        u"d4444444-4444-4444-8444-444444444444"_s,
        u"e5555555-5555-4555-8555-555555555555"_s,
        u"f6666666-6666-4666-8666-666666666666"_s,
        u"77777777-7777-4777-8777-777777777777"_s,
        u"88888888-8888-4888-8888-888888888888"_s,
        u"99999999-9999-4999-8999-999999999999"_s,
        u"1fec8e78-bce4-4aaf-ab1b-5451cc387264"_s,
        u"acs-service-1234-secret"_s,
        u"acsres-77aa-secret"_s,
        u"10.150.23.45"_s,
        u"10.150.23.0"_s,
        u"203.0.113.77"_s,
        u"52.114.188.32"_s,
        u"192.168.1.254"_s,
        u"2001:db8:85a3::8a2e:370:7334"_s,
        u"2001:db8:85a3::8a2e:370:7335"_s,
        u"8a2e:370"_s,
        u"3C-22-FB-12-34-56"_s,
        u"3c:22:fb:12:34:56"_s,
        u"a4:2b:b0:de:ad:01"_s,
        u"ABBIE-LAPTOP"_s,
        u"AirPods"_s,
        u"Jabra Evolve2 65 - João"_s,
        u"abbie-home.contoso.lan"_s,
        u"relay-abbie"_s,
        u"Whiskers"_s,
        u"7946 0958"_s,
        u"SecretMeetingXyz"_s,
        u"/home/abbie"_s,
        u"abbie-call-2024"_s,
    };
    return values;
}

CallRecordPtr loadSeeded()
{
    LoadResult result = loadCallRecordBytes(seededJson(), kSourceName);
    if (!result.ok() || result.records.size() != 1)
        qFatal("seeded record did not load: %s", qPrintable(result.error));
    return result.records.front();
}

QString jsonOf(const CallRecordPtr& record)
{
    return QString::fromStdString(writeCallRecordsJson({ record }));
}

QString csvOf(const CallRecordPtr& record)
{
    return QString::fromUtf8(streamsCsv({ record }));
}

/// The first personal value found in `text`, or an empty string.
QString leaked(const QString& text, const QStringList& values)
{
    for (const QString& value : values) {
        if (text.contains(value, Qt::CaseInsensitive))
            return value;
    }
    return {};
}

QString csvCell(const QString& csv, int row, const QString& column)
{
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    const QStringList header = lines.value(0).split(u',');
    return lines.value(row).split(u',').value(header.indexOf(column));
}

const Identity* userOf(const std::optional<IdentitySet>& set)
{
    return set ? set->member("user") : nullptr;
}

} // namespace

class TestRedaction : public QObject {
    Q_OBJECT
private slots:
    void seededValuesAreInTheOriginal()
    {
        // The check below is only meaningful if the outputs of the original leak every value.
        const CallRecordPtr original = loadSeeded();
        QString all = jsonOf(original) + recordSummary(*original) + kSourceName;
        for (const auto& warning : original->warnings)
            all += warning;
        for (const QString& value : seededPersonalValues())
            QVERIFY2(all.contains(value, Qt::CaseInsensitive), qPrintable(value));
        QVERIFY(original->warnings.join(u'\n').contains(u"Abbie Wilkins on 10.150.23.45"_s));
    }

    void nothingPersonalInAnyExport()
    {
        const CallRecordPtr original = loadSeeded();
        const CallRecordPtr redacted = redactRecord(original);
        QVERIFY(redacted);
        const QString json = jsonOf(redacted);
        const QString summary = recordSummary(*redacted);
        const QString csv = csvOf(redacted);
        const QString warnings = redacted->warnings.join(u'\n') + redacted->sourceNames.join(u'\n');
        for (const auto* text : { &json, &summary, &csv, &warnings }) {
            const QString found = leaked(*text, seededPersonalValues());
            QVERIFY2(found.isEmpty(), qPrintable(found + u"\n---\n"_s + *text));
        }

        // What stays: the call id, metrics, service and application names, drivers, ratings.
        const QString callId = QString::fromLatin1(kCallId);
        QVERIFY(json.contains(callId));
        QVERIFY(summary.contains(callId));
        QCOMPARE(csvCell(csv, 1, u"callId"_s), callId);
        QVERIFY(json.contains(u"\"averageJitter\": \"PT0.016S\""_s));
        QCOMPARE(csvCell(csv, 1, u"averageJitterMs"_s), u"16"_s);
        QCOMPARE(csvCell(csv, 1, u"averageRoundTripTimeMs"_s), u"61"_s);
        QCOMPARE(csvCell(csv, 1, u"averagePacketLossRate"_s), u"0.01381693"_s);
        QCOMPARE(csvCell(csv, 1, u"callerName"_s), u"Participant 1"_s);
        QCOMPARE(csvCell(csv, 1, u"calleeName"_s), u"Conferencing server"_s);
        QVERIFY(json.contains(u"\"displayName\": \"Participant 1\""_s));
        QVERIFY(summary.contains(u"Participant 1"_s));
        QVERIFY(json.contains(u"\"Contoso Recorder Bot\""_s));
        QVERIFY(json.contains(u"\"Apple Bluetooth Driver\""_s));
        QVERIFY(json.contains(u"\"Intel(R) Wi-Fi 6 AX201 160MHz\""_s));
        QVERIFY(json.contains(u"\"22.200.0.4\""_s));
        QVERIFY(json.contains(u"\"rating\": \"poor\""_s));
        QVERIFY(json.contains(u"\"Echo\": true"_s));
        QVERIFY(json.contains(u"\"captureNotFunctioningEventRatio\": 0.2"_s));

        // How values are masked.
        QVERIFY(json.contains(u"\"ipAddress\": \"10.150.x.x\""_s));
        QVERIFY(json.contains(u"\"subnet\": \"10.150.x.x\""_s));
        QVERIFY(json.contains(u"\"reflexiveIPAddress\": \"203.0.x.x\""_s));
        QVERIFY(json.contains(u"\"relayIPAddress\": \"52.114.x.x\""_s));
        QVERIFY(json.contains(u"\"ipAddress\": \"192.168.x.x\""_s));
        QVERIFY(json.contains(u"\"ipAddress\": \"2001:db8:x:x:x:x:x:x\""_s));
        QVERIFY(json.contains(u"\"relayIPAddress\": \"redacted\""_s));
        QVERIFY(json.contains(u"\"macAddress\": \"xx-xx-xx-xx-xx-xx\""_s));
        QVERIFY(json.contains(u"\"macAddress\": \"xx:xx:xx:xx:xx:xx\""_s));
        QVERIFY(json.contains(u"\"basicServiceSetIdentifier\": \"xx:xx:xx:xx:xx:xx\""_s));
        QVERIFY(json.contains(u"\"id\": \"+55 …\""_s));
        QVERIFY(json.contains(u"\"dnsSuffix\": \"redacted\""_s));
        QVERIFY(json.contains(u"\"userPrincipalName\": \"redacted\""_s));
        QVERIFY(json.contains(u"\"email\": \"redacted\""_s));
        QVERIFY(json.contains(u"\"text\": \"redacted\""_s));
        QVERIFY(json.contains(u"\"joinWebUrl\": \"redacted\""_s));
        QVERIFY(json.contains(u"\"captureDeviceName\": \"Audio device 1\""_s));
        QVERIFY(json.contains(u"\"name\": \"Device 1\""_s));
        QVERIFY(json.contains(u"\"tenantId\": \"redacted-id-"_s));
        QVERIFY(json.contains(u"\"headerValue\": \"UCWA/7.0.0.0 Teams/1.6.00.1381 (Device 1)\""_s));
        QVERIFY(json.contains(u"\"reason\": \"Call dropped for redacted\""_s));
        QVERIFY(!json.contains(u"customerNote"_s));
        QVERIFY(!json.contains(u"streamNote"_s));
        QVERIFY(!json.contains(u"homeTown"_s));
        QVERIFY(redacted->sourceNames == QStringList { u"source 1"_s });
        QVERIFY(summary.contains(u"source 1"_s));
        QVERIFY(redacted->warnings.join(u'\n').contains(u"Participant 1 on 10.150.x.x"_s));

        // The output is valid JSON that loads to the same data.
        const LoadResult again = loadCallRecordBytes(json.toStdString(), u"again.json"_s);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.records.front()->hasSameData(*redacted));
    }

    void rawJsonAndUnknownPropertiesAreGone()
    {
        const CallRecordPtr original = loadSeeded();
        QVERIFY(!original->source.json.isNull());
        QVERIFY(!original->extra.empty());
        const CallRecordPtr redacted = redactRecord(original);
        QVERIFY(redacted->source.json.isNull());
        QVERIFY(redacted->extra.empty());
        QVERIFY(redacted->organizerV2->identity->member("user")->extra.empty());
        for (const Session& session : redacted->sessions) {
            QVERIFY(session.source.json.isNull());
            for (const Segment& segment : session.segments) {
                QVERIFY(segment.source.json.isNull());
                for (const Media& media : segment.media) {
                    QVERIFY(media.source.json.isNull());
                    for (const MediaStream& stream : media.streams) {
                        QVERIFY(stream.source.json.isNull());
                        QVERIFY(stream.extra.empty());
                    }
                }
            }
        }
    }

    void metricsAndStructureUnchanged()
    {
        const CallRecordPtr original = loadSeeded();
        const CallRecordPtr redacted = redactRecord(original);
        QVERIFY(!redacted->hasSameData(*original));
        QCOMPARE(redacted->id, original->id);
        QCOMPARE(redacted->type, original->type);
        QCOMPARE(redacted->startDateTime, original->startDateTime);
        QCOMPARE(redacted->endDateTime, original->endDateTime);
        QCOMPARE(redacted->sessions.size(), original->sessions.size());
        for (size_t i = 0; i < original->sessions.size(); ++i) {
            const Session& a = original->sessions[i];
            const Session& b = redacted->sessions[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.startDateTime, a.startDateTime);
            QCOMPARE(b.segments.size(), a.segments.size());
            for (size_t j = 0; j < a.segments.size(); ++j) {
                QCOMPARE(b.segments[j].id, a.segments[j].id);
                QCOMPARE(b.segments[j].media.size(), a.segments[j].media.size());
                for (size_t k = 0; k < a.segments[j].media.size(); ++k) {
                    const Media& ma = a.segments[j].media[k];
                    const Media& mb = b.segments[j].media[k];
                    QCOMPARE(mb.label, ma.label);
                    QCOMPARE(mb.streams.size(), ma.streams.size());
                    for (size_t s = 0; s < ma.streams.size(); ++s) {
                        MediaStream stream = mb.streams[s];
                        stream.extra = ma.streams[s].extra; // unknown properties are dropped
                        QVERIFY(stream == ma.streams[s]);
                    }
                    if (ma.callerDevice) {
                        DeviceInfo device = *mb.callerDevice;
                        device.captureDeviceName = ma.callerDevice->captureDeviceName;
                        device.renderDeviceName = ma.callerDevice->renderDeviceName;
                        QVERIFY(device == *ma.callerDevice);
                    }
                }
            }
        }
        // The original is untouched.
        QCOMPARE(original->sessions[0].caller->associatedIdentity->displayName.toQString(), u"Abbie Wilkins"_s);
        QVERIFY(original->hasSameData(*loadSeeded()));
    }

    void pseudonymsAreStable()
    {
        const CallRecordPtr r = redactRecord(loadSeeded());
        const auto name
            = [](const Identity* identity) { return identity ? identity->displayName.toQString() : u"(none)"_s; };
        // Abbie Wilkins: organizer (both forms), participants (both forms), three sessions.
        QCOMPARE(name(userOf(r->organizer)), u"Participant 1"_s);
        QCOMPARE(name(userOf(r->organizerV2->identity)), u"Participant 1"_s);
        QCOMPARE(name(userOf((*r->participantsV2)[0].identity)), u"Participant 1"_s);
        QCOMPARE(name(userOf((*r->participants)[0])), u"Participant 1"_s);
        QCOMPARE(name(&*r->sessions[0].caller->associatedIdentity), u"Participant 1"_s);
        QCOMPARE(name(userOf(r->sessions[1].caller->identity)), u"Participant 1"_s);
        QCOMPARE(name(&*r->sessions[2].callee->associatedIdentity), u"Participant 1"_s); // by name, no id
        // João: participants and a session.
        QCOMPARE(name(userOf((*r->participants)[1])), u"Participant 2"_s);
        QCOMPARE(name(userOf((*r->participantsV2)[1].identity)), u"Participant 2"_s);
        QCOMPARE(name(userOf(r->sessions[1].callee->identity)), u"Participant 2"_s);
        // Two people called Chen Wang, with different ids.
        QCOMPARE(name(userOf((*r->participantsV2)[2].identity)), u"Participant 3"_s);
        QCOMPARE(name(userOf((*r->participantsV2)[3].identity)), u"Participant 4"_s);
        // The phone participant, the guest; the application keeps its name.
        const IdentitySet& phone = *(*r->participantsV2)[4].identity;
        QCOMPARE(name(phone.member("phone")), u"Participant 5"_s);
        QCOMPARE(phone.member("phone")->id.toQString(), u"+55 …"_s);
        QCOMPARE((*r->participantsV2)[4].id.toQString(), u"+55 …"_s);
        QCOMPARE(r->sessions[2].caller->identity->member("phone")->id.toQString(), u"+55 …"_s);
        QCOMPARE(name((*r->participantsV2)[5].identity->member("application")), u"Contoso Recorder Bot"_s);
        QVERIFY((*r->participantsV2)[5].identity->member("application")->id.toQString().startsWith(u"redacted-id-"_s));
        QCOMPARE(name((*r->participantsV2)[6].identity->member("guest")), u"Participant 6"_s);
        QCOMPARE(name((*r->participantsV2)[6].identity->member("acsUser")), QString()); // empty stays empty

        // Ids: the same id is masked the same way everywhere, different ids differently.
        const QString abbieId = userOf(r->organizer)->id.toQString();
        QVERIFY(abbieId.startsWith(u"redacted-id-"_s));
        QCOMPARE(r->sessions[0].caller->associatedIdentity->id.toQString(), abbieId);
        QCOMPARE((*r->participantsV2)[0].id.toQString(), abbieId);
        QCOMPARE(r->organizerV2->id.toQString(), abbieId);
        QVERIFY(userOf((*r->participantsV2)[2].identity)->id != userOf((*r->participantsV2)[3].identity)->id);
        QCOMPARE(userOf(r->organizer)->tenantId, userOf((*r->participants)[1])->tenantId);
        QVERIFY(userOf(r->organizer)->tenantId != userOf(r->organizer)->id);

        // Summary names people by pseudonym.
        const QString summary = recordSummary(*r);
        QVERIFY2(summary.contains(u"Organizer:      Participant 1"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"Participant 1, Participant 2, Participant 3, Participant 4, Participant 5, "
                                  u"Contoso Recorder Bot, Participant 6"_s),
            qPrintable(summary));

        // Redacting again changes nothing.
        QVERIFY(redactRecord(r)->hasSameData(*r));
    }

    void redactorText()
    {
        const CallRecordPtr original = loadSeeded();
        const Redactor redactor(*original);
        const QString input
            = u"Abbie Wilkins (ABBIE.WILKINS@contoso.com) on 10.150.23.45 and "
              u"[2001:db8:85a3::8a2e:370:7334]:3478, MAC 3C-22-FB-12-34-56, BSSID a4:2b:b0:de:ad:01, "
              u"tel:+5511987654321, +44 20 7946 0958; Headphones (Abbie's AirPods Pro) on ABBIE-LAPTOP "
              u"in abbie-home.contoso.lan; abbie's file /home/abbie.wilkins/Downloads/abbie-call-2024.json; "
              u"user b2222222-2222-4222-8222-222222222222 of tenant 77777777-7777-4777-8777-777777777777; "
              u"Chen Wang; someone@example.org; João Müller-Ñúñez; müller"_s;
        const QString out = redactor.text(input);
        const QString found = leaked(out, seededPersonalValues() + QStringList { u"someone@example.org"_s });
        QVERIFY2(found.isEmpty(), qPrintable(found + u": "_s + out));
        QVERIFY2(out.startsWith(u"Participant 1 (redacted) on 10.150.x.x and [2001:db8:x:x:x:x:x:x]:3478, "
                                u"MAC xx-xx-xx-xx-xx-xx, BSSID xx:xx:xx:xx:xx:xx, tel:+55 …, +44 …; "
                                u"Audio device 1 on Device 1 in redacted; Participant 1's file source 1; "
                                u"user redacted-id-"_s),
            qPrintable(out));
        QVERIFY2(out.contains(u"Participant 3/4"_s), qPrintable(out));
        QVERIFY2(out.endsWith(u"Participant 3/4; redacted; Participant 2; Participant 2"_s), qPrintable(out));

        // Technical values stay: the call id, versions, times, durations, numbers.
        const QString technical = u"call 6f1e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b session s-1 at 2024-05-02T09:00:00Z "
                                  u"(18:52:21), UCWA/7.0.0.0, jitter PT0.016S, 3 streams, loss 0.25, "
                                  u"line 12, column 5, Contoso Recorder Bot"_s;
        QCOMPARE(redactor.text(technical), technical);
        QCOMPARE(redactor.text(QString()), QString());
        QCOMPARE(redactor.text(u"Chenoweth, Wangaratta"_s), u"Chenoweth, Wangaratta"_s); // whole words only
    }

    void genericPatterns()
    {
        const CallRecordPtr empty = loadCallRecordBytes(R"({"id": "x", "sessions": []})", u"x.json"_s).records.front();
        const Redactor redactor(*empty);
        const auto check = [&](const QString& input, const QString& expected) {
            const QString out = redactor.text(input);
            QVERIFY2(out == expected, qPrintable(input + u" → "_s + out + u", expected "_s + expected));
        };
        check(u"+5511987654321"_s, u"+55 …"_s);
        check(u"call +55 (11) 98765-4321 now"_s, u"call +55 … now"_s);
        check(u"+4915112345678"_s, u"+49 …"_s);
        check(u"+12025550123"_s, u"+1 …"_s);
        check(u"+74951234567"_s, u"+7 …"_s);
        check(u"+351912345678"_s, u"+351 …"_s);
        check(u"+353861234567"_s, u"+353 …"_s);
        check(u"+442079460958"_s, u"+44 …"_s);
        check(u"+33612345678"_s, u"+33 …"_s);
        check(u"+819012345678"_s, u"+81 …"_s);
        check(u"+8613812345678"_s, u"+86 …"_s);
        check(u"+919812345678"_s, u"+91 …"_s);
        check(u"+27821234567"_s, u"+27 …"_s);
        check(u"+201001234567"_s, u"+20 …"_s);
        check(u"+2348012345678"_s, u"+234 …"_s);
        check(u"+9991234567"_s, u"+…"_s);
        check(u"TEL:+5511987654321"_s, u"TEL:+55 …"_s);
        check(u"host 192.168.0.1:50000"_s, u"host 192.168.x.x:50000"_s);
        check(u"fe80::1%eth0"_s, u"fe80:0:x:x:x:x:x:x"_s);
        check(u"::ffff:10.1.2.3"_s, u"::ffff:10.1.x.x"_s);
        check(u"::1"_s, u"0:0:x:x:x:x:x:x"_s);
        check(u"2001:0DB8:0000:0000:0000:ff00:0042:8329"_s, u"2001:db8:x:x:x:x:x:x"_s);
        check(u"00-11-22-33-44-55-66-77"_s, u"xx-xx-xx-xx-xx-xx-xx-xx"_s);
        check(u"mail Zoë.Ünal@exämple.com."_s, u"mail redacted."_s);
        check(u"10:30:00 and 10:30:10.1.2.3"_s, u"10:30:00 and 10:30:10.1.x.x"_s);
        check(u"999.1.2.3 and 1.2.3.4.5"_s, u"999.1.2.3 and 1.2.3.4.5"_s);
        check(u"2020-02-25T18:52:21.2169889+01:00"_s, u"2020-02-25T18:52:21.2169889+01:00"_s);
        check(u"Nothing personal — ünïcödé 😀"_s, u"Nothing personal — ünïcödé 😀"_s);
    }

    void recordsWithNothingToRedact()
    {
        // No identities, no networks, odd strings: nothing breaks, nothing changes.
        const char* json = R"({"id": "plain", "sessions": [{"id": "s", "modalities": ["audio"],
            "caller": {"associatedIdentity": null, "identity": {"user": null}},
            "callee": {"@odata.type": "#microsoft.graph.callRecords.serviceEndpoint"},
            "segments": [{"id": "g", "media": [{"label": "main-audio",
                "callerNetwork": {"ipAddress": "", "macAddress": null, "traceRouteHops": []},
                "callerDevice": {"captureDeviceName": ""},
                "streams": [{"streamId": "1", "averageJitter": "PT0.016S"}]}]}]}]})";
        const LoadResult result = loadCallRecordBytes(json, u"plain.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const CallRecordPtr original = result.records.front();
        const CallRecordPtr redacted = redactRecord(original);
        QVERIFY(redacted->hasSameData(*original));
        QCOMPARE(redacted->sessions[0].segments[0].media[0].callerNetwork->ipAddress.toQString(), QString());
        QVERIFY(!redacted->sessions[0].segments[0].media[0].callerNetwork->ipAddress.isNull());
        QVERIFY(redacted->sessions[0].segments[0].media[0].callerNetwork->macAddress.isNull());
        QCOMPARE(redactRecord(nullptr), CallRecordPtr());

        // A record with only a name-less, id-less person.
        const LoadResult sparse = loadCallRecordBytes(
            R"({"id": "y", "organizer": {"user": {"displayName": "Émilie Brontë"}}, "participants": [{"user": {}}]})",
            u"y.json"_s);
        QVERIFY(sparse.ok());
        const CallRecordPtr r = redactRecord(sparse.records.front());
        QCOMPARE(r->organizer->member("user")->displayName.toQString(), u"Participant 1"_s);
        QVERIFY(r->participants->at(0).member("user")->displayName.isNull());
        QVERIFY(!jsonOf(r).contains(u"Brontë"_s));
    }

    void bundledSamples()
    {
        const QStringList names { u"Abbie Wilkins"_s, u"Owen Franklin"_s, u"Abbie"_s, u"Wilkins"_s, u"Owen"_s,
            u"Franklin"_s, u"821809f5-0000-0000-0000-3b5136c0e777"_s, u"f69e2c00-0000-0000-0000-185e5f5f5d8a"_s,
            u"dc368399-474c-4d40-900c-6265431fd81f"_s, u"10.150.0.2"_s, u"10.139.0.12"_s, u"52.114.188.32"_s,
            u"Microsoft Virtual Audio Device"_s };
        const QDir samples(QStringLiteral(CRV_SAMPLES));
        const QStringList files = samples.entryList({ u"*.json"_s }, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files) {
            const LoadResult result = loadCallRecordFile(samples.filePath(file));
            QVERIFY2(result.ok(), qPrintable(result.error));
            for (const CallRecordPtr& original : result.records) {
                const QString before = jsonOf(original);
                QVERIFY(before.contains(u"Abbie Wilkins"_s));
                const CallRecordPtr redacted = redactRecord(original);
                const QString all = jsonOf(redacted) + recordSummary(*redacted) + csvOf(redacted)
                    + redacted->warnings.join(u'\n') + redacted->sourceNames.join(u'\n');
                const QString found = leaked(all, names);
                QVERIFY2(found.isEmpty(), qPrintable(file + u": "_s + found));
                QVERIFY(all.contains(original->id.toQString()));
                QVERIFY(all.contains(u"Participant 1"_s));
            }
        }
    }

    void largeRecord()
    {
        // CRV_REDACTION_SESSIONS=10000 measures the size the issue names.
        const int sessions = qEnvironmentVariableIsSet("CRV_REDACTION_SESSIONS")
            ? qEnvironmentVariableIntValue("CRV_REDACTION_SESSIONS")
            : 1000;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QProcess generator;
        generator.start(QStringLiteral(CRV_GENERATOR),
            { u"--sessions"_s, QString::number(sessions), u"--seed"_s, u"5"_s, u"--output"_s, path });
        QVERIFY(generator.waitForFinished(120000));
        QCOMPARE(generator.exitCode(), 0);
        const LoadResult result = loadCallRecordFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const CallRecordPtr original = result.records.front();

        QElapsedTimer timer;
        timer.start();
        const CallRecordPtr redacted = redactRecord(original);
        const qint64 elapsed = timer.elapsed();
        qInfo("redactRecord: %d sessions in %lld ms", sessions, elapsed);

        const RecordCounts before = countNodes(*original);
        const RecordCounts after = countNodes(*redacted);
        QCOMPARE(after.streams, before.streams);
        QCOMPARE(after.sessions, before.sessions);
        timer.restart();
        const std::string json = writeCallRecordsJson({ redacted });
        qInfo("writeCallRecordsJson of the redacted record: %lld ms", timer.elapsed());
        const QString text = QString::fromStdString(json);
        QVERIFY(text.contains(original->id.toQString()));
        const QString found
            = leaked(text, { u"Wilkins"_s, u"Franklin"_s, u"@contoso.com"_s, u"LAPTOP-"_s, u"Jabra"_s });
        QVERIFY2(found.isEmpty(), qPrintable(found));
        QVERIFY(text.contains(u"Participant 1"_s));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"

namespace {
// Every personal value below occurs in the seeded record and must not survive redaction.
const char* seededJson()
{
    // clang-format off
    return R"seed({
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity",
  "id": "6f1e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
  "version": 3,
  "type": "groupCall",
  "modalities": ["audio"],
  "startDateTime": "2024-05-02T09:00:00Z",
  "endDateTime": "2024-05-02T09:30:00Z",
  "lastModifiedDateTime": "2024-05-02T09:40:00Z",
  "joinWebUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SecretMeetingXyz%40thread.v2/0",
  "customerNote": {"contact": "owen.secret@contoso.com"},
  "organizer": {"user": {"id": "a1111111-1111-4111-8111-111111111111", "displayName": "Abbie Wilkins",
                         "tenantId": "77777777-7777-4777-8777-777777777777"}},
  "participants": [
    {"user": {"id": "a1111111-1111-4111-8111-111111111111", "displayName": "Abbie Wilkins",
              "tenantId": "77777777-7777-4777-8777-777777777777"}},
    {"user": {"id": "b2222222-2222-4222-8222-222222222222", "displayName": "João Müller-Ñúñez",
              "tenantId": "77777777-7777-4777-8777-777777777777"}}
  ],
  "organizer_v2": {
    "id": "a1111111-1111-4111-8111-111111111111",
    "identity": {"user": {"id": "a1111111-1111-4111-8111-111111111111", "displayName": "Abbie Wilkins",
                          "tenantId": "77777777-7777-4777-8777-777777777777",
                          "userPrincipalName": "Abbie.Wilkins@contoso.com",
                          "homeTown": "Springfield Secretville"}},
    "administrativeUnitInfos": [{"id": "e5555555-5555-4555-8555-555555555555"}]
  },
  "participants_v2": [
    {"id": "a1111111-1111-4111-8111-111111111111",
     "identity": {"user": {"id": "a1111111-1111-4111-8111-111111111111", "displayName": "Abbie Wilkins",
                           "tenantId": "77777777-7777-4777-8777-777777777777",
                           "userPrincipalName": "Abbie.Wilkins@contoso.com"}}},
    {"id": "b2222222-2222-4222-8222-222222222222",
     "identity": {"user": {"id": "b2222222-2222-4222-8222-222222222222", "displayName": "João Müller-Ñúñez",
                           "tenantId": "77777777-7777-4777-8777-777777777777",
                           "userPrincipalName": "joao.muller@fabrikam.com"}}},
    {"id": "c3333333-3333-4333-8333-333333333333",
     "identity": {"user": {"id": "c3333333-3333-4333-8333-333333333333", "displayName": "Chen Wang"}}},
    {"id": "d4444444-4444-4444-8444-444444444444",
     "identity": {"user": {"id": "d4444444-4444-4444-8444-444444444444", "displayName": "Chen Wang"}}},
    {"id": "+5511987654321",
     "identity": {"phone": {"id": "+5511987654321", "displayName": "+5511987654321"}}},
    {"id": "f6666666-6666-4666-8666-666666666666",
     "identity": {"application": {"id": "f6666666-6666-4666-8666-666666666666",
                                  "displayName": "Contoso Recorder Bot"}}},
    {"id": "99999999-9999-4999-8999-999999999999",
     "identity": {"guest": {"id": "99999999-9999-4999-8999-999999999999", "displayName": "Zoë Quirrell",
                            "email": "zoe.quirrell@gmail.com"},
                  "acsUser": {"id": "8:acs:88888888-8888-4888-8888-888888888888_0000001a-secret",
                              "displayName": "", "azureCommunicationServicesResourceId": "acsres-77aa-secret"}}}
  ],
  "sessions": [
    {
      "id": "s-1",
      "modalities": ["audio"],
      "startDateTime": "2024-05-02T09:00:00Z",
      "endDateTime": "2024-05-02T09:30:00Z",
      "caller": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "name": "ABBIE-LAPTOP",
        "cpuName": "Intel(R) Core(TM) i7-1185G7 @ 3.00GHz",
        "userAgent": {"@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
                      "headerValue": "UCWA/7.0.0.0 Teams/1.6.00.1381 (ABBIE-LAPTOP)",
                      "platform": "windows", "productFamily": "teams",
                      "azureADAppId": "1fec8e78-bce4-4aaf-ab1b-5451cc387264",
                      "communicationServiceId": "acs-service-1234-secret"},
        "associatedIdentity": {"@odata.type": "#microsoft.graph.callRecords.userIdentity",
                               "id": "a1111111-1111-4111-8111-111111111111", "displayName": "Abbie Wilkins",
                               "tenantId": "77777777-7777-4777-8777-777777777777",
                               "userPrincipalName": "abbie.wilkins@contoso.com"},
        "feedback": {"rating": "poor", "text": "My cat Whiskers kept meowing, call me on +44 20 7946 0958",
                     "tokens": {"Echo": true, "NoSound": false}}
      },
      "callee": {
        "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
        "userAgent": {"@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
                      "headerValue": "av-mcu", "role": "skypeForBusinessAudioVideoMcu"}
      },
      "failureInfo": {"reason": "Call dropped for abbie.wilkins@contoso.com", "stage": "midcall"},
      "segments": [
        {
          "id": "g-1",
          "startDateTime": "2024-05-02T09:00:00Z",
          "endDateTime": "2024-05-02T09:30:00Z",
          "media": [
            {
              "label": "main-audio",
              "callerNetwork": {
                "ipAddress": "10.150.23.45",
                "subnet": "10.150.23.0",
                "reflexiveIPAddress": "203.0.113.77",
                "relayIPAddress": "52.114.188.32",
                "dnsSuffix": "abbie-home.contoso.lan",
                "macAddress": "3C-22-FB-12-34-56",
                "basicServiceSetIdentifier": "a4:2b:b0:de:ad:01",
                "connectionType": "wifi",
                "wifiVendorDriver": "Intel(R) Wi-Fi 6 AX201 160MHz",
                "wifiVendorDriverVersion": "22.200.0.4",
                "traceRouteHops": [
                  {"hopCount": 1, "ipAddress": "192.168.1.254", "roundTripTime": "PT0.002S"},
                  {"hopCount": 2, "ipAddress": "2001:db8:85a3::8a2e:370:7334", "roundTripTime": "PT0.011S"}
                ]
              },
              "calleeNetwork": {
                "ipAddress": "2001:db8:85a3::8a2e:370:7335",
                "relayIPAddress": "relay-abbie.contoso.lan"
              },
              "callerDevice": {
                "captureDeviceName": "Headphones (Abbie\u0027s AirPods Pro)",
                "captureDeviceDriver": "Apple Bluetooth Driver",
                "renderDeviceName": "Headphones (Abbie\u0027s AirPods Pro)",
                "renderDeviceDriver": "Apple Bluetooth Driver",
                "captureNotFunctioningEventRatio": 0.2
              },
              "streams": [
                {"streamId": "1001", "streamDirection": "callerToCallee", "averageJitter": "PT0.016S",
                 "maxJitter": "PT0.045S", "averageRoundTripTime": "PT0.061S", "averagePacketLossRate": 0.01381693,
                 "averageAudioDegradation": "Abbie Wilkins on 10.150.23.45",
                 "streamNote": "owen.secret@contoso.com"},
                {"streamId": "1002", "streamDirection": "calleeToCaller", "averageJitter": "PT0.02S",
                 "averagePacketLossRate": 0.02}
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "s-2",
      "modalities": ["audio"],
      "startDateTime": "2024-05-02T09:05:00Z",
      "endDateTime": "2024-05-02T09:25:00Z",
      "caller": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "identity": {"user": {"id": "a1111111-1111-4111-8111-111111111111", "displayName": "Abbie Wilkins"}}
      },
      "callee": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "identity": {"user": {"id": "b2222222-2222-4222-8222-222222222222", "displayName": "João Müller-Ñúñez"}}
      },
      "segments": [
        {
          "id": "g-2",
          "startDateTime": "2024-05-02T09:05:00Z",
          "endDateTime": "2024-05-02T09:25:00Z",
          "media": [
            {
              "label": "main-audio",
              "callerNetwork": {"ipAddress": "10.150.23.45", "macAddress": "3c:22:fb:12:34:56"},
              "calleeDevice": {"captureDeviceName": "Microphone (Jabra Evolve2 65 - João)",
                               "renderDeviceName": "Headphones (Abbie\u0027s AirPods Pro)"},
              "streams": [
                {"streamId": "2001", "streamDirection": "callerToCallee", "averageJitter": "PT0.005S"}
              ]
            }
          ]
        }
      ]
    },
    {
      "id": "s-3",
      "modalities": ["audio"],
      "startDateTime": "2024-05-02T09:10:00Z",
      "endDateTime": "2024-05-02T09:20:00Z",
      "caller": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "identity": {"phone": {"id": "+5511987654321"}}
      },
      "callee": {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "associatedIdentity": {"displayName": "Abbie Wilkins"}
      },
      "segments": [
        {
          "id": "g-3",
          "startDateTime": "2024-05-02T09:10:00Z",
          "endDateTime": "2024-05-02T09:20:00Z",
          "media": [
            {"label": "main-audio",
             "streams": [{"streamId": "3001", "streamDirection": "callerToCallee", "averageJitter": "PT0.03S"}]}
          ]
        }
      ]
    }
  ]
})seed";
    // clang-format on
}
} // namespace
