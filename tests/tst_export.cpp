// CSV and summary content tests (in process).
#include "tst_export.h"

#include "export/csvexporter.h"
#include "export/savefile.h"
#include "export/summary.h"
#include "format/displayformat.h"
#include "record/loader.h"

#include <QFile>
#include <QTemporaryDir>

#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
std::vector<CallRecordPtr> loadSample()
{
    const LoadResult result = loadCallRecordFile(QStringLiteral(CRV_SAMPLES "/seed-full-example.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records;
}

/// Minimal RFC 4180 reader for checking our own output.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(bytes);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

void TestExport::csvHeaderAndRows()
{
    const QByteArray csv = streamsCsv(loadSample());
    QVERIFY(csv.endsWith("\r\n"));
    const auto rows = parseCsv(csv);
    QCOMPARE(rows.size(), 3); // header + 2 streams
    const QStringList required { u"callId"_s, u"sessionId"_s, u"segmentId"_s, u"mediaLabel"_s, u"streamId"_s,
        u"streamDirection"_s, u"callerName"_s, u"calleeName"_s, u"averageJitterMs"_s, u"maxJitterMs"_s,
        u"averageRoundTripTimeMs"_s, u"maxRoundTripTimeMs"_s, u"averagePacketLossRate"_s, u"maxPacketLossRate"_s,
        u"averageAudioDegradation"_s, u"averageRatioOfConcealedSamples"_s };
    QCOMPARE(rows[0].mid(0, required.size()), required);
    QCOMPARE(rows[0], csvColumns());
    const auto column = [&](const QString& name) { return rows[0].indexOf(name); };
    QCOMPARE(rows[1][column(u"streamId"_s)], u"1504545584"_s);
    QCOMPARE(rows[1][column(u"callerName"_s)], u"Abbie Wilkins"_s);
    QCOMPARE(rows[1][column(u"calleeName"_s)], u"Owen Franklin"_s);
    QCOMPARE(rows[1][column(u"averageJitterMs"_s)], u"16"_s);
    QCOMPARE(rows[1][column(u"averageRoundTripTimeMs"_s)], u"61"_s);
    QCOMPARE(rows[1][column(u"averageAudioDegradation"_s)], QString()); // null -> empty cell
    QCOMPARE(rows[2][column(u"averagePacketLossRate"_s)], u"0.01381693"_s);
    QCOMPARE(rows[2][column(u"averageAudioDegradation"_s)], u"1.160898"_s);
    for (const auto& row : rows)
        QCOMPARE(row.size(), rows[0].size());
}

void TestExport::csvQuoting()
{
    const QByteArray json = R"({"id": "q", "sessions": [{"id": "s",
        "caller": {"associatedIdentity": {"displayName": "Silva, \"Zé\"\nJr"}},
        "segments": [{"id": "g", "media": [{"label": "main-audio", "streams": [{"streamId": "1"}]}]}]}]})";
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"q.json"_s);
    QVERIFY(result.ok());
    const QByteArray csv = streamsCsv(result.records);
    // A name is one line (its line break shows as U+FFFD); the comma and quotes are quoted.
    QVERIFY(csv.contains("\"Silva, \"\"Zé\"\"\xEF\xBF\xBDJr\""));
    const auto rows = parseCsv(csv);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[1][rows[0].indexOf(u"callerName"_s)], u"Silva, \"Zé\"\uFFFDJr"_s);
}

void TestExport::csvFormulasAreNeutralised()
{
    // Text a spreadsheet would run as a formula gets a leading single quote; numbers the
    // exporter writes itself (even negative ones) stay numbers.
    const QByteArray json = R"json({"id": "=1+1", "sessions": [{"id": "\tcmd",
        "caller": {"associatedIdentity": {"displayName": "=HYPERLINK(\"http://x.test\",\"Click\")"}},
        "callee": {"associatedIdentity": {"displayName": "+55 11 5555-0100"}},
        "segments": [{"id": "-seg", "media": [{"label": "@SUM(A1)", "streams": [{"streamId": "\r9",
            "packetUtilization": -3, "averagePacketLossRate": 0.25}]}]}]}]})json";
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"f.json"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const auto rows = parseCsv(streamsCsv(result.records));
    QCOMPARE(rows.size(), 2);
    const auto field = [&](const char* column) { return rows[1][rows[0].indexOf(QLatin1String(column))]; };
    QCOMPARE(field("callId"), u"'=1+1"_s);
    QCOMPARE(field("sessionId"), u"'\tcmd"_s);
    QCOMPARE(field("segmentId"), u"'-seg"_s);
    QCOMPARE(field("mediaLabel"), u"'@SUM(A1)"_s);
    QCOMPARE(field("streamId"), u"'\r9"_s);
    QCOMPARE(field("callerName"), u"'=HYPERLINK(\"http://x.test\",\"Click\")"_s);
    QCOMPARE(field("calleeName"), u"'+55 11 5555-0100"_s);
    QCOMPARE(field("packetUtilization"), u"-3"_s);
    QCOMPARE(field("averagePacketLossRate"), u"0.25"_s);
}

void TestExport::summaryContents()
{
    const QString text = recordSummary(*loadSample().front());
    QVERIFY(text.contains(u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s));
    QVERIFY(text.contains(u"peer-to-peer"_s));
    QVERIFY(text.contains(u"2020-02-25 18:52:21.216 UTC"_s));
    QVERIFY(text.contains(u"25.5 s"_s));
    QVERIFY(text.contains(u"Abbie Wilkins, Owen Franklin (2)"_s));
    QVERIFY(text.contains(u"sessions 1 · segments 1 · media 1 · streams 2"_s));
    QVERIFY(text.contains(u"INCOMPLETE"_s));
    QVERIFY(text.contains(u"skiptoken=abc"_s));
}

void TestExport::durationsForPeople()
{
    QCOMPARE(formatDurationForPeople(16), u"16 ms"_s);
    QCOMPARE(formatDurationForPeople(25547.7), u"25.5 s"_s);
    QCOMPARE(formatDurationForPeople(725000), u"12 min 5 s"_s);
    QCOMPARE(formatDurationForPeople(3600000), u"1 h 0 min"_s);
}

void TestExport::atomicWriteErrors()
{
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(u"no/such/folder/out.csv"_s);
    QVERIFY(writeFileAtomically(missingFolder, "x").contains(u"does not exist"_s));
    QVERIFY(writeFileAtomically(dir.path(), "x").contains(u"folder"_s));
    const QString ok = dir.filePath(u"out.csv"_s);
    QVERIFY(writeFileAtomically(ok, "hello").isEmpty());
    QFile file(ok);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello"));
    if (QFile::exists(u"/dev/full"_s)) {
        const QString error = writeFileAtomically(u"/dev/full"_s, QByteArray(1 << 20, 'x'));
        QVERIFY2(error.contains(u"disk is full"_s), qPrintable(error));
    }
}

void TestExport::outputThroughSymlinks()
{
    QTemporaryDir dir;
    const auto contents = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
    };
    const auto write = [](const QString& path, const QByteArray& bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    // The user's own link to the user's own file: the file is replaced, the link stays.
    const QString mine = dir.filePath(u"mine.csv"_s);
    write(mine, "old");
    const QString link = dir.filePath(u"link.csv"_s);
    QVERIFY(QFile::link(mine, link));
    QCOMPARE(writeFileAtomically(link, "new"), QString());
    QCOMPARE(contents(mine), QByteArray("new"));
    QVERIFY(QFileInfo(link).isSymLink());

    // A dangling link: nothing is created at its target.
    const QString missing = dir.filePath(u"not-there.csv"_s);
    const QString dangling = dir.filePath(u"dangling.csv"_s);
    QVERIFY(QFile::link(missing, dangling));
    QString error = writeFileAtomically(dangling, "x");
    QVERIFY2(error.contains(u"does not exist"_s) && error.contains(u"dangling.csv"_s), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));

    // A link to a folder.
    const QString toFolder = dir.filePath(u"folder.csv"_s);
    QVERIFY(QFile::link(dir.path(), toFolder));
    error = writeFileAtomically(toFolder, "x");
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));

    // System links stay usable: /dev/stdout points at whatever stdout is.
    QCOMPARE(writeFileAtomically(u"/dev/stdout"_s, ""), QString());

    if (geteuid() != 0)
        QSKIP("files of another user need root to set up");
    constexpr uid_t kNobody = 65534;
    // A file of another user (as root: /etc/passwd) behind the user's own link.
    const QString theirs = dir.filePath(u"theirs.csv"_s);
    write(theirs, "theirs");
    QCOMPARE(chown(QFile::encodeName(theirs).constData(), kNobody, kNobody), 0);
    const QString toTheirs = dir.filePath(u"to-theirs.csv"_s);
    QVERIFY(QFile::link(theirs, toTheirs));
    error = writeFileAtomically(toTheirs, "x");
    QVERIFY2(error.contains(u"belongs to another user"_s), qPrintable(error));
    QCOMPARE(contents(theirs), QByteArray("theirs"));
    // A link planted by another user, pointing at the user's own file.
    const QString planted = dir.filePath(u"planted.csv"_s);
    QVERIFY(QFile::link(mine, planted));
    QCOMPARE(lchown(QFile::encodeName(planted).constData(), kNobody, kNobody), 0);
    error = writeFileAtomically(planted, "x");
    QVERIFY2(error.contains(u"belongs to another user"_s), qPrintable(error));
    QCOMPARE(contents(mine), QByteArray("new"));
}

QTEST_GUILESS_MAIN(TestExport)
