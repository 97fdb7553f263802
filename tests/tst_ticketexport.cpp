// Ticket exports run as a user would: the real executable in a child process, every format
// from the sample and from a generated record, redaction of a record seeded with personal
// data, and failures (read-only folder, full disk).
#include "record/loader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(180000))
        qFatal("%s did not finish", qPrintable(program));
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run viewer(const QStringList& arguments)
{
    return run(QStringLiteral(CRV_VIEWER), arguments);
}

const QString kSample = QStringLiteral(CRV_SAMPLES "/seed-full-example.json");
const QString kSampleId = u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s;

/// The text of a PDF, pages separated by form feeds (poppler's pdftotext).
QString pdfText(const QString& path)
{
    const Run r = run(u"pdftotext"_s, { u"-layout"_s, path, u"-"_s });
    return r.exitCode == 0 ? r.out : QString();
}

int streamCount(const CallRecord& record)
{
    int count = 0;
    for (const Session& session : record.sessions)
        for (const Segment& segment : session.segments)
            for (const Media& media : segment.media)
                count += int(media.streams.size());
    return count;
}

// Personal data seeded into a record, none of which may survive --redact.
const QStringList kSeeded { u"Ana Beatriz Conceição"_s, u"ana.conceicao@contoso.com"_s, u"ana@contoso.com"_s,
    u"Bruno Tavares"_s, u"bruno@fabrikam.com"_s, u"7a1c9e30-1111-4c55-9d1e-000000000001"_s,
    u"7a1c9e30-2222-4c55-9d1e-000000000002"_s, u"dc368399-474c-4d40-900c-6265431fd81f"_s, u"10.150.42.17"_s,
    u"203.0.113.77"_s, u"2001:db8:85a3::8a2e:370:7334"_s, u"00-1A-2B-3C-4D-5E"_s, u"AA:BB:CC:DD:EE:FF"_s,
    u"+5511987654321"_s, u"Headphones (Ana's AirPods Pro)"_s, u"ANA-LAPTOP-42"_s,
    u"the call kept dropping near the window"_s };

QByteArray seededRecord()
{
    return R"json({
  "id": "0f1e2d3c-aaaa-bbbb-cccc-123456789abc", "version": 2, "type": "groupCall", "modalities": ["audio"],
  "startDateTime": "2026-11-27T10:00:00Z", "endDateTime": "2026-11-27T10:20:00Z",
  "organizer_v2": {"id": "7a1c9e30-1111-4c55-9d1e-000000000001", "identity": {"user": {"id": "7a1c9e30-1111-4c55-9d1e-000000000001", "displayName": "Ana Beatriz Conceição", "tenantId": "dc368399-474c-4d40-900c-6265431fd81f", "userPrincipalName": "ana.conceicao@contoso.com"}}},
  "participants_v2": [
    {"id": "7a1c9e30-1111-4c55-9d1e-000000000001", "identity": {"user": {"id": "7a1c9e30-1111-4c55-9d1e-000000000001", "displayName": "Ana Beatriz Conceição", "userPrincipalName": "ana.conceicao@contoso.com"}}},
    {"id": "7a1c9e30-2222-4c55-9d1e-000000000002", "identity": {"user": {"id": "7a1c9e30-2222-4c55-9d1e-000000000002", "displayName": "Bruno Tavares", "userPrincipalName": "bruno@fabrikam.com"}}},
    {"id": "+5511987654321", "identity": {"phone": {"id": "+5511987654321", "displayName": "+5511987654321"}}}
  ],
  "sessions": [{
    "id": "s1", "modalities": ["audio"], "startDateTime": "2026-11-27T10:00:00Z", "endDateTime": "2026-11-27T10:20:00Z",
    "caller": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint", "name": "ANA-LAPTOP-42",
      "associatedIdentity": {"id": "7a1c9e30-1111-4c55-9d1e-000000000001", "displayName": "Ana Beatriz Conceição", "userPrincipalName": "ana@contoso.com"},
      "feedback": {"rating": "poor", "text": "the call kept dropping near the window"},
      "userAgent": {"@odata.type": "#microsoft.graph.callRecords.clientUserAgent", "platform": "windows", "productFamily": "teams", "applicationVersion": "1.6.00.4464"}},
    "callee": {"@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
      "associatedIdentity": {"id": "7a1c9e30-2222-4c55-9d1e-000000000002", "displayName": "Bruno Tavares"}},
    "segments": [{
      "id": "seg1", "startDateTime": "2026-11-27T10:00:00Z", "endDateTime": "2026-11-27T10:20:00Z",
      "media": [{
        "label": "main-audio",
        "callerNetwork": {"ipAddress": "10.150.42.17", "reflexiveIPAddress": "203.0.113.77", "subnet": "10.150.42.0",
          "macAddress": "00-1A-2B-3C-4D-5E", "basicServiceSetIdentifier": "AA:BB:CC:DD:EE:FF", "connectionType": "wifi", "wifiBand": "frequency50GHz", "dnsSuffix": "ana-home.contoso.com"},
        "calleeNetwork": {"ipAddress": "2001:db8:85a3::8a2e:370:7334", "connectionType": "wired"},
        "callerDevice": {"captureDeviceName": "Headphones (Ana's AirPods Pro)", "renderDeviceName": "Headphones (Ana's AirPods Pro)"},
        "streams": [
          {"streamId": "1", "streamDirection": "callerToCallee", "averageJitter": "PT0.045S", "averageRoundTripTime": "PT0.6S", "averagePacketLossRate": 0.12},
          {"streamId": "2", "streamDirection": "calleeToCaller", "averageJitter": "PT0.016S", "averageRoundTripTime": "PT0.1S", "averagePacketLossRate": 0.001}
        ]
      }]
    }]
  }]
})json";
}

} // namespace

class TestTicketExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_generated;
    QString m_generatedId;
    int m_generatedStreams = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_generated = m_dir.filePath(u"generated.json"_s);
        const Run r = run(QStringLiteral(CRV_GENERATOR),
            { u"--sessions"_s, u"120"_s, u"--seed"_s, u"11"_s, u"--output"_s, m_generated });
        QCOMPARE(r.exitCode, 0);
        const LoadResult loaded = loadCallRecordFile(m_generated);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        m_generatedId = loaded.records.front()->id.toQString();
        m_generatedStreams = streamCount(*loaded.records.front());
    }

    void everyFormat_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("generated");
        QTest::newRow("sample") << kSample << false;
        QTest::newRow("generated") << QString() << true;
    }

    void everyFormat()
    {
        QFETCH(QString, input);
        QFETCH(bool, generated);
        if (generated)
            input = m_generated;
        const QString id = generated ? m_generatedId : kSampleId;
        const LoadResult source = loadCallRecordFile(input);
        QVERIFY(source.ok());

        // PNG: at least the window, a header band on top, not blank.
        const QString png = m_dir.filePath(u"out.png"_s);
        Run r = viewer({ u"--export"_s, u"png"_s, u"-o"_s, png, input });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1280 && image.height() >= 800 + 40);
        QCOMPARE(image.pixelColor(2, 2), QColor(0x1f, 0x29, 0x37)); // the band
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);

        // PDF: pages, the call id as text on every page.
        const QString pdf = m_dir.filePath(u"out.pdf"_s);
        r = viewer({ u"--export"_s, u"pdf"_s, u"-o"_s, pdf, input });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        const QString text = pdfText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext could not read the report");
        QStringList pages = text.split(u'\f');
        if (pages.last().trimmed().isEmpty())
            pages.removeLast();
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages[i].contains(id), qPrintable(u"page %1 lacks the call id"_s.arg(i + 1)));
            QVERIFY(pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
        }
        QVERIFY(text.contains(u"Findings"_s));
        QVERIFY(text.contains(u"Worst streams"_s));

        // CSV: one row per stream.
        const QString csv = m_dir.filePath(u"out.csv"_s);
        r = viewer({ u"--export"_s, u"csv"_s, u"-o"_s, csv, input });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const int streams = streamCount(*source.records.front());
        QCOMPARE(int(csvFile.readAll().count("\r\n")), streams + 1);

        // JSON: round trip to the same data.
        const QString json = m_dir.filePath(u"out.json"_s);
        r = viewer({ u"--export"_s, u"json"_s, u"-o"_s, json, input });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const LoadResult back = loadCallRecordFile(json);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY(back.records.front()->hasSameData(*source.records.front()));

        // Markdown: the call id and the verdicts.
        const QString md = m_dir.filePath(u"out.md"_s);
        r = viewer({ u"--export"_s, u"md"_s, u"-o"_s, md, input });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        QVERIFY(markdown.contains(id));
        QVERIFY(markdown.contains(generated ? u"Poor"_s : u"Good"_s));
        QVERIFY(markdown.contains(u"| "_s)); // a table
    }

    void redactionInEveryFormat()
    {
        const QString input = m_dir.filePath(u"personal.json"_s);
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(seededRecord());
        file.close();
        const LoadResult loaded = loadCallRecordFile(input);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));

        QStringList texts;
        for (const QString& format : { u"csv"_s, u"json"_s, u"md"_s, u"pdf"_s }) {
            const QString out = m_dir.filePath(u"redacted."_s + format);
            const Run r = viewer({ u"--export"_s, format, u"--redact"_s, u"-o"_s, out, input });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile written(out);
            QVERIFY(written.open(QIODevice::ReadOnly));
            texts.append(format == u"pdf" ? pdfText(out) : QString::fromUtf8(written.readAll()));
            QVERIFY2(!texts.last().isEmpty(), qPrintable(format));
        }
        const Run summary = viewer({ u"--summary"_s, u"--redact"_s, input });
        QCOMPARE(summary.exitCode, 0);
        texts.append(summary.out);
        const QStringList names { u"csv"_s, u"json"_s, u"md"_s, u"pdf"_s, u"summary"_s };
        for (int i = 0; i < texts.size(); ++i) {
            // pdftotext may break lines: compare without whitespace too.
            QString flat = texts[i];
            flat.remove(QRegularExpression(u"\\s+"_s));
            for (const QString& secret : kSeeded) {
                QString flatSecret = secret;
                flatSecret.remove(QRegularExpression(u"\\s+"_s));
                QVERIFY2(
                    !texts[i].contains(secret, Qt::CaseInsensitive) && !flat.contains(flatSecret, Qt::CaseInsensitive),
                    qPrintable(names[i] + u" still contains "_s + secret));
            }
            QVERIFY2(texts[i].contains(u"0f1e2d3c-aaaa-bbbb-cccc-123456789abc"_s), qPrintable(names[i]));
        }
        // The measurements and the pseudonyms are there.
        QVERIFY(texts[0].contains(u",45,"_s) || texts[0].contains(u",45.0"_s)); // jitter in ms in the CSV
        QVERIFY(texts[2].contains(u"Participant 1"_s));
        QVERIFY(texts[4].contains(u"Participant"_s));
        QVERIFY(texts[1].contains(u"10.150."_s));

        // The same export without --redact does contain them (the test can fail).
        const QString plain = m_dir.filePath(u"plain.md"_s);
        QCOMPARE(viewer({ u"--export"_s, u"md"_s, u"-o"_s, plain, input }).exitCode, 0);
        QFile plainFile(plain);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(plainFile.readAll()).contains(u"Ana Beatriz Conceição"_s));

        // A redacted picture is a different picture, marked as redacted in its band.
        const QString redactedPng = m_dir.filePath(u"redacted.png"_s);
        const QString plainPng = m_dir.filePath(u"plain.png"_s);
        QCOMPARE(viewer({ u"--export"_s, u"png"_s, u"--redact"_s, u"-o"_s, redactedPng, input }).exitCode, 0);
        QCOMPARE(viewer({ u"--export"_s, u"png"_s, u"-o"_s, plainPng, input }).exitCode, 0);
        QVERIFY(QImage(redactedPng) != QImage(plainPng));
    }

    void failuresLeaveNoFile_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString& format : { u"png"_s, u"pdf"_s, u"csv"_s, u"json"_s, u"md"_s })
            QTest::newRow(qPrintable(format)) << format;
    }

    void failuresLeaveNoFile()
    {
        QFETCH(QString, format);
        // A read-only folder. Root ignores permission bits, so then use a folder no one can
        // create files in.
        QTemporaryDir dir;
        const QString readOnly = dir.filePath(u"readonly"_s);
        QVERIFY(QDir().mkdir(readOnly));
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
        QString folder = readOnly;
        QFile probe(readOnly + u"/probe"_s);
        if (probe.open(QIODevice::WriteOnly)) {
            probe.close();
            probe.remove();
            folder = u"/sys"_s;
        }
        const QString target = folder + u"/export."_s + format;
        Run r = viewer({ u"--export"_s, format, u"-o"_s, target, kSample });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"Cannot write"_s) && (r.err.contains(u"permission"_s) || r.err.contains(u"read-only"_s)),
            qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        if (QFile::exists(u"/dev/full"_s)) {
            r = viewer({ u"--export"_s, format, u"-o"_s, u"/dev/full"_s, kSample });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestTicketExport)
#include "tst_ticketexport.moc"
