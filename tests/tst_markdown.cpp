// Markdown ticket summary: contents, tables that stay tables, escaping of hostile names,
// locale, limits for big records.
#include "export/markdown.h"
#include "export/summary.h"
#include "quality/classifier.h"
#include "quality/findings.h"
#include "record/loader.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/// JSON written with single quotes (easier to read here, and moc does not parse raw strings).
QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

CallRecordPtr loadSample()
{
    const LoadResult result = loadCallRecordFile(QStringLiteral(CRV_SAMPLES "/seed-full-example.json"));
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

CallRecordPtr load(const QByteArray& json)
{
    const LoadResult result = loadCallRecordBytes(json.toStdString(), u"hand.json"_s);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.records.front();
}

QByteArray audioSession(const QByteArray& id, const QByteArray& callerName, const QByteArray& start,
    const QByteArray& end, const QByteArray& stream)
{
    return j("{'id': '") + id + j("', 'modalities': ['audio'], 'startDateTime': '") + start + j("', 'endDateTime': '")
        + end
        + j("', 'caller': {'@odata.type': '#microsoft.graph.callRecords.participantEndpoint', "
            "'associatedIdentity': {'displayName': '")
        + callerName
        + j("'}}, 'callee': {'@odata.type': '#microsoft.graph.callRecords.serviceEndpoint', "
            "'userAgent': {'@odata.type': '#microsoft.graph.callRecords.serviceUserAgent', "
            "'role': 'skypeForBusinessAudioVideoMcu'}}, 'segments': [{'id': 'g-")
        + id + j("', 'media': [{'label': 'main-audio', 'streams': [{") + stream + "}]}]}]}";
}

/// A complete record: session 1 from a hostile name with a poor stream (jitter 45 ms), session 2
/// with a good stream whose values are fractional.
QByteArray handRecord(const QByteArray& tail = {})
{
    return j("{'id': 'hand-0001', 'version': 3, 'type': 'groupCall', 'modalities': ['audio'], "
             "'startDateTime': '2024-03-01T10:00:00Z', 'endDateTime': '2024-03-01T10:05:00Z', 'sessions': [")
        + audioSession("s1", "Eve | *bold* <script>", "2024-03-01T10:00:00Z", "2024-03-01T10:05:00Z",
            j("'streamId': '1', 'streamDirection': 'callerToCallee', 'averageJitter': 'PT0.045S', "
              "'averageRoundTripTime': 'PT0.12S', 'averagePacketLossRate': 0.02"))
        + ", "
        + audioSession("s2", "Bob Good", "2024-03-01T10:00:00Z", "2024-03-01T10:00:25.5Z",
            j("'streamId': '2', 'streamDirection': 'calleeToCaller', 'averageJitter': 'PT0.0025S', "
              "'averageRoundTripTime': 'PT0.04S', 'averagePacketLossRate': 0.0138"))
        + "]" + tail + "}";
}

MarkdownOptions fixedOptions()
{
    MarkdownOptions options;
    options.exportTime = QDateTime(QDate(2024, 5, 6), QTime(7, 8), Qt::UTC);
    options.viewerVersion = u"9.8.7"_s;
    return options;
}

QString markdown(const CallRecord& record, const MarkdownOptions& options = fixedOptions(),
    const QualityProfile& profile = QualityProfile::cqdPoorStream())
{
    return recordMarkdown(record, RecordClassification(record, profile), options);
}

/// Cells of a table row, split on pipes that are not backslash-escaped; outer pipes dropped.
QStringList cells(const QString& row)
{
    QStringList out;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size()) {
            cell += row[i];
            cell += row[++i];
        } else if (row[i] == u'|') {
            out.append(cell.trimmed());
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    out.append(cell.trimmed());
    if (!out.isEmpty() && out.first().isEmpty())
        out.removeFirst();
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

/// Every table of the text (runs of lines starting with "|"), each as rows of cells.
QList<QList<QStringList>> tables(const QString& text)
{
    QList<QList<QStringList>> result;
    QList<QStringList> current;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(u'|')) {
            current.append(cells(line));
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

/// The table that follows a heading.
QList<QStringList> tableAfter(const QString& text, const QString& heading)
{
    const qsizetype at = text.indexOf(heading);
    if (at < 0)
        return {};
    const auto all = tables(text.mid(at));
    return all.isEmpty() ? QList<QStringList> {} : all.first();
}

QString unescaped(const QString& text)
{
    static const QRegularExpression escape(u"\\\\([!-/:-@\\[-`{-~])"_s);
    return QString(text).replace(escape, u"\\1"_s);
}

QStringList linesStartingWith(const QString& text, const QString& prefix)
{
    QStringList out;
    for (const QString& line : text.split(u'\n')) {
        if (line.startsWith(prefix))
            out.append(line);
    }
    return out;
}

void checkWellFormed(const QString& md)
{
    const QStringList lines = md.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        QVERIFY2(!line.endsWith(u' ') && !line.endsWith(u'\t'),
            qPrintable(u"trailing space on line %1: %2"_s.arg(i + 1).arg(line)));
    }
    QVERIFY(md.endsWith(u'\n'));
    QVERIFY(!md.endsWith(u"\n\n"));
    static const QRegularExpression delimiter(u"^:?-{3,}:?$"_s);
    for (const auto& table : tables(md)) {
        QVERIFY(table.size() >= 2);
        for (const QString& cell : table[1])
            QVERIFY2(delimiter.match(cell).hasMatch(), qPrintable(cell));
        for (const QStringList& row : table)
            QCOMPARE(row.size(), table.first().size());
    }
}
} // namespace

class TestMarkdown : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void sample()
    {
        const CallRecordPtr record = loadSample();
        const QString md = markdown(*record);
        checkWellFormed(md);
        QVERIFY(md.startsWith(u"## Call record e523d2ed-2966-4b6b-925b-754a88034cc5\n"_s));
        QVERIFY(md.contains(u"| Call ID | `e523d2ed-2966-4b6b-925b-754a88034cc5` |"_s));
        QVERIFY(md.contains(u"| Type | peer-to-peer |"_s));
        QVERIFY(md.contains(u"| Start | 2020-02-25 18:52:21 UTC · local "_s));
        QVERIFY(md.contains(u"| Duration | 25.5 s |"_s));
        QVERIFY(md.contains(u"| Organizer | Abbie Wilkins |"_s));
        QVERIFY(md.contains(u"| Participants | 2: Abbie Wilkins, Owen Franklin |"_s));
        QVERIFY(md.contains(u"| Modalities | audio |"_s));
        QVERIFY(md.contains(u"| Version | 1 |"_s));
        // The sample has a sessions@odata.nextLink.
        QVERIFY(md.contains(u"| Completeness | **partial**: next sessions page not fetched |"_s));
        QVERIFY(md.contains(
            u"**Overall verdict: Poor** — 1 of 2 streams poor, in 1 of 1 session (profile: CQD poor stream)"_s));

        const QStringList legs = linesStartingWith(md, u"- Session "_s);
        QCOMPARE(legs.size(), 1);
        QVERIFY2(legs[0].startsWith(u"- Session 1: Abbie Wilkins → Owen Franklin, 25.5 s — **Poor**: "
                                    "audio degradation (NMOS) 1.16 > 1.00 (audio, Owen Franklin → Abbie Wilkins)"_s),
            qPrintable(legs[0]));

        // Findings: numbered, with evidence and a next step.
        const qsizetype findings = md.indexOf(u"\n### Findings\n"_s);
        QVERIFY(findings > 0);
        QVERIFY(md.indexOf(u"\n1. **Problem:** Owen Franklin rated the call poor: Noisy\n"_s) > findings);
        QVERIFY(md.contains(
            u"Abbie Wilkins's incoming audio from Owen Franklin: audio degradation (NMOS) 1.16 (poor if \\> 1.00)"_s));
        QVERIFY(md.contains(u"   - *Next step:* "_s));
        QVERIFY(md.contains(u"Abbie Wilkins was on Wi-Fi"_s));

        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst.size(), 2 + 2); // header, delimiter, two streams
        QCOMPARE(worst[0],
            QStringList({ u"Session"_s, u"Media"_s, u"Direction"_s, u"From → to"_s, u"Avg jitter"_s, u"Avg RTT"_s,
                u"Avg loss"_s, u"Verdict"_s }));
        QCOMPARE(worst[2],
            QStringList({ u"1"_s, u"audio"_s, u"callee → caller"_s, u"Owen Franklin → Abbie Wilkins"_s, u"7 ms"_s,
                u"64 ms"_s, u"1.38 %"_s, u"**Poor**: audio degradation (NMOS) 1.16 > 1.00"_s }));
        QCOMPARE(worst[3][3], u"Abbie Wilkins → Owen Franklin"_s);
        QCOMPARE(worst[3][6], u"0 %"_s);
        QCOMPARE(worst[3][7], u"Good"_s);

        QVERIFY(md.endsWith(
            u"\n---\n\n*Exported 2024-05-06 07:08 UTC by Call Record Viewer 9.8.7 · profile CQD poor stream*\n"_s));
        QVERIFY(!md.contains(u"Personal data redacted."_s));
    }

    void handWrittenRecord()
    {
        const CallRecordPtr record = load(handRecord());
        QVERIFY(record->isComplete());
        const QString md = markdown(*record);
        checkWellFormed(md);
        QVERIFY(md.contains(u"hand-0001"_s));
        QVERIFY(md.contains(u"| Completeness | complete |"_s));
        QVERIFY(!md.contains(u"partial"_s));
        QVERIFY(md.contains(u"| Type | group call |"_s));
        QVERIFY(md.contains(u"| Duration | 5 min 0 s |"_s));
        QVERIFY(md.contains(u"| Organizer | — |"_s));

        const QStringList legs = linesStartingWith(md, u"- Session "_s);
        QCOMPARE(legs.size(), 2);
        QVERIFY2(legs[0].contains(u"— **Poor**: average jitter 45 ms > 30 ms (audio, "_s), qPrintable(legs[0]));
        QVERIFY2(
            legs[1].startsWith(u"- Session 2: Bob Good → Conferencing server, 25.5 s — Good"_s), qPrintable(legs[1]));
        QVERIFY(!legs[1].contains(u"Poor"_s));

        QVERIFY(md.contains(u"1. **Problem:** "_s));
        QVERIFY(md.contains(u"average jitter 45 ms (poor if \\> 30 ms)"_s));

        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst.size(), 4);
        for (const QStringList& row : worst)
            QCOMPARE(row.size(), 8);
        QCOMPARE(worst[2][0], u"1"_s);
        QCOMPARE(worst[2][4], u"**45 ms**"_s); // the value that broke the rule is bold
        QCOMPARE(worst[2][7], u"**Poor**: average jitter 45 ms > 30 ms"_s);
        QCOMPARE(worst[3][0], u"2"_s);
        QCOMPARE(worst[3][4], u"2.5 ms"_s);
        QCOMPARE(worst[3][7], u"Good"_s);
    }

    void hostileNames()
    {
        const CallRecordPtr record = load(handRecord());
        const QString md = markdown(*record);
        checkWellFormed(md);
        const QString escaped = u"Eve \\| \\*bold\\* \\<script\\>"_s;
        QVERIFY(!md.contains(u"<script>"_s));
        QVERIFY(!md.contains(u"*bold*"_s));
        // In the legs, the facts table, the findings and the worst streams table.
        QVERIFY(md.contains(u"- Session 1: "_s + escaped + u" → Conferencing server"_s));
        const auto facts = tables(md).first();
        QCOMPARE(facts.first().size(), 2);
        bool participants = false;
        for (const QStringList& row : facts) {
            if (row[0] == u"Participants") {
                participants = true;
                QCOMPARE(row[1], u"2: "_s + escaped + u", Bob Good"_s);
            }
        }
        QVERIFY(participants);
        QVERIFY(md.contains(u"Conferencing server's incoming audio from "_s + escaped));
        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst[2].size(), 8);
        QCOMPARE(worst[2][3], escaped + u" → Conferencing server"_s);
        QCOMPARE(unescaped(worst[2][3]), u"Eve | *bold* <script> → Conferencing server"_s);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("atLineStart");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Abbie Wilkins"_s << false << u"Abbie Wilkins"_s;
        QTest::newRow("table and emphasis") << u"A|B *x*"_s << false << u"A\\|B \\*x\\*"_s;
        QTest::newRow("code, links, html") << u"`a` [b](c) <i>"_s << false << u"\\`a\\` \\[b\\](c) \\<i\\>"_s;
        QTest::newRow("underscore, tilde, dollar, backslash")
            << u"_a_ ~~b~~ $c$ d\\"_s << false << u"\\_a\\_ \\~\\~b\\~\\~ \\$c\\$ d\\\\"_s;
        QTest::newRow("line breaks") << u"first\r\nsecond\nthird\u2028fourth"_s << false
                                     << u"first second third fourth"_s;
        QTest::newRow("trimmed, runs collapsed") << u"  a \t  b  "_s << false << u"a b"_s;
        QTest::newRow("heading at line start") << u"# not a heading"_s << true << u"\\# not a heading"_s;
        QTest::newRow("hash inside a line") << u"# 5"_s << false << u"# 5"_s;
        QTest::newRow("list at line start") << u"- x"_s << true << u"\\- x"_s;
        QTest::newRow("plus at line start") << u"+ x"_s << true << u"\\+ x"_s;
        QTest::newRow("phone number at line start") << u"+1 555"_s << true << u"+1 555"_s;
        QTest::newRow("rule at line start") << u"---"_s << true << u"\\---"_s;
        QTest::newRow("heading level 2 at line start") << u"## x"_s << true << u"\\## x"_s;
        QTest::newRow("tag at line start") << u"#1 fan"_s << true << u"#1 fan"_s;
        QTest::newRow("numbered list at line start") << u"2024. x"_s << true << u"2024\\. x"_s;
        QTest::newRow("bracket list at line start") << u"3)"_s << true << u"3\\)"_s;
        QTest::newRow("version inside a line") << u"0.1.0"_s << false << u"0.1.0"_s;
        QTest::newRow("number at line start, not a list") << u"1.5 s"_s << true << u"1.5 s"_s;
        QTest::newRow("entity") << u"AT&T &lt;b&gt;"_s << false << u"AT&T \\&lt;b\\&gt;"_s;
        QTest::newRow("direction override") << u"a\u202Eb"_s << false << u"a\uFFFDb"_s;
        QTest::newRow("empty") << QString() << false << QString();
    }

    void escaping()
    {
        QFETCH(QString, input);
        QFETCH(bool, atLineStart);
        QFETCH(QString, expected);
        QCOMPARE(markdownEscaped(input, atLineStart), expected);
    }

    void partialRecord()
    {
        const CallRecordPtr record = load(handRecord(
            j(", 'sessions@odata.nextLink': "
              "'https://graph.microsoft.com/v1.0/communications/callRecords/hand-0001/sessions?$skiptoken=x'")));
        QVERIFY(!record->isComplete());
        const QString md = markdown(*record);
        checkWellFormed(md);
        QVERIFY(md.contains(u"| Completeness | **partial**: next sessions page not fetched |"_s));
        QVERIFY(!md.contains(u"skiptoken"_s));
    }

    void redactedAndLimits()
    {
        const CallRecordPtr record = load(handRecord());
        MarkdownOptions options = fixedOptions();
        options.redacted = true;
        options.worstStreams = 1;
        QString md = markdown(*record, options);
        checkWellFormed(md);
        QVERIFY(md.contains(u"\n*Personal data redacted.*\n"_s));
        auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst.size(), 3);
        QCOMPARE(worst[2][0], u"1"_s);
        QVERIFY(md.contains(u"The 1 worst of 2 streams"_s));

        options.worstStreams = 0;
        md = markdown(*record, options);
        checkWellFormed(md);
        QVERIFY(!md.contains(u"### Worst streams"_s));
        QCOMPARE(tables(md).size(), 1); // only the facts
    }

    void unclassifiedStreamsRankLast()
    {
        // No video rules: video streams are unclassified and ranked by jitter, after the good ones.
        QualityProfile profile = QualityProfile::cqdPoorStream();
        profile.name = u"Audio | only"_s;
        profile.video = {};
        const QByteArray video
            = j("{'id': 'v', 'sessions': [{'id': 's', 'modalities': ['audio', 'video'],"
                "            'segments': [{'id': 'g', 'media': ["
                "                {'label': 'main-video', 'streams': [{'streamId': 'a', 'averageJitter': 'PT0.010S'},"
                "                                                    {'streamId': 'b', 'averageJitter': 'PT0.050S'},"
                "                                                    {'streamId': 'c'}]},"
                "                {'label': 'main-audio', 'streams': [{'streamId': 'd', 'averageJitter': "
                "'PT0.020S'}]}]}]}]}");
        const CallRecordPtr record = load(video);
        const QString md = markdown(*record, fixedOptions(), profile);
        checkWellFormed(md);
        QVERIFY(md.contains(u"(profile: Audio \\| only)"_s));
        QVERIFY(md.contains(u"· profile Audio \\| only*"_s));
        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst.size(), 2 + 4);
        QCOMPARE(worst[2][7], u"Good"_s);
        QCOMPARE(worst[2][4], u"20 ms"_s);
        QCOMPARE(worst[3][7], u"Unclassified"_s);
        QCOMPARE(worst[3][4], u"50 ms"_s);
        QCOMPARE(worst[4][4], u"10 ms"_s);
        QCOMPARE(worst[5][4], u"—"_s);
        QCOMPARE(worst[5][2], u"—"_s); // direction not reported
        QCOMPARE(worst[5][3], u"unnamed caller → unnamed callee"_s);
    }

    void worstFirst()
    {
        // 60 poor legs, each worse than the one before: only the 50 worst are listed, worst first;
        // the table ranks poor streams by how far past the threshold they are, then the good ones
        // by how close they came.
        QByteArray sessions;
        for (int i = 1; i <= 60; ++i) {
            const QByteArray jitter = QByteArray::number(30 + i);
            sessions += audioSession("p" + QByteArray::number(i), "Poor " + QByteArray::number(i),
                            "2024-03-01T10:00:00Z", "2024-03-01T10:01:00Z",
                            j("'streamDirection': 'callerToCallee', 'averageJitter': 'PT0.0") + jitter + j("S'"))
                + ", ";
        }
        sessions += audioSession("g1", "Good 1", "2024-03-01T10:00:00Z", "2024-03-01T10:01:00Z",
                        j("'averageJitter': 'PT0.010S'"))
            + ", "
            + audioSession(
                "g2", "Good 2", "2024-03-01T10:00:00Z", "2024-03-01T10:01:00Z", j("'averageJitter': 'PT0.025S'"));
        const CallRecordPtr record = load(j("{'id': 'w', 'sessions': [") + sessions + "]}");
        MarkdownOptions options = fixedOptions();
        options.worstStreams = 100;
        const QString md = markdown(*record, options);
        checkWellFormed(md);
        const QStringList legs = linesStartingWith(md, u"- Session "_s);
        QCOMPARE(legs.size(), 50);
        QVERIFY2(legs.first().startsWith(u"- Session 60: Poor 60 → Conferencing server, 1 min 0 s — **Poor**: "
                                         "average jitter 90 ms > 30 ms"_s),
            qPrintable(legs.first()));
        QVERIFY2(legs.last().startsWith(u"- Session 11: "_s), qPrintable(legs.last()));
        QVERIFY(md.contains(u"\n… and 12 more sessions (10 poor)\n"_s));

        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst.size(), 2 + 62);
        QCOMPARE(worst[2][4], u"**90 ms**"_s);
        QCOMPARE(worst[3][4], u"**89 ms**"_s);
        QCOMPARE(worst[61][4], u"**31 ms**"_s);
        QCOMPARE(worst[62][4], u"25 ms"_s);
        QCOMPARE(worst[63][4], u"10 ms"_s);
        QCOMPARE(worst[63][3], u"Good 1 → Conferencing server"_s); // direction not reported: caller first
    }

    void failedLeg()
    {
        const CallRecordPtr record = load(j("{'id': 'f', 'sessions': [{'id': 's', 'failureInfo': "
                                            "{'stage': 'callSetup', 'reason': 'Busy | *now*'}}]}"));
        const QString md = markdown(*record);
        checkWellFormed(md);
        const QStringList legs = linesStartingWith(md, u"- Session "_s);
        QCOMPARE(legs.size(), 1);
        QCOMPARE(legs[0],
            u"- Session 1: unnamed caller → unnamed callee — Unclassified; **Failed at callSetup: Busy \\| \\*now\\***"_s);
        QVERIFY(md.contains(u"### Worst streams\n\nNo streams in this record.\n"_s));
    }

    // An SDK writes `failureInfo: {}` (or only its @odata.type) for a session that did not fail.
    void emptyFailureInfoIsNotAFailure()
    {
        for (const char* failure : { "{}", "{'stage': null, 'reason': null}",
                 "{'@odata.type': '#microsoft.graph.callRecords.failureInfo'}", "{'stage': 'unknown'}" }) {
            const CallRecordPtr record
                = load(j("{'id': 'f', 'sessions': [{'id': 's', 'failureInfo': ") + j(failure) + "}]}");
            const QString md = markdown(*record);
            checkWellFormed(md);
            QVERIFY2(!md.contains(u"ailed"_s), qPrintable(md));
            const QString summary = recordSummary(*record);
            QVERIFY2(!summary.contains(u"ailed"_s), qPrintable(summary));
        }
    }

    void unnamedSideHasOneWording()
    {
        // A callee with no name (no identity, no user agent): "unnamed callee" in every output,
        // never an empty side ("John Doe → ") or another word ("unknown", "the callee").
        const CallRecordPtr record
            = load(j("{'id': 'u', 'sessions': [{'id': 's', "
                     "'caller': {'associatedIdentity': {'displayName': 'John Doe'}}, 'callee': {}, "
                     "'failureInfo': {'stage': 'midcall', 'reason': 'dropped'}, "
                     "'segments': [{'id': 'g', 'media': [{'label': 'main-audio', 'streams': ["
                     "{'streamId': '1', 'streamDirection': 'callerToCallee', 'averageJitter': 'PT0.2S'}]}]}]}]}"));
        const QString md = markdown(*record);
        checkWellFormed(md);
        const QString summary = recordSummary(*record);
        const RecordClassification classification(*record, QualityProfile::cqdPoorStream());
        const QString findings = findingsText(computeFindings(*record, classification));
        for (const QString& text : { md, summary, findings }) {
            QVERIFY2(text.contains(u"John Doe → unnamed callee"_s), qPrintable(text));
            QVERIFY2(
                !text.contains(u"→ )"_s) && !text.contains(u"→ \n"_s) && !text.contains(u"→ ,"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"unknown"_s) && !text.contains(u"the callee"_s), qPrintable(text));
        }
    }

    void brazilianPortuguese()
    {
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
        const CallRecordPtr record = load(handRecord());
        const QString md = markdown(*record);
        checkWellFormed(md);
        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst[3][4], u"2,5 ms"_s);
        QCOMPARE(worst[3][6], u"1,38 %"_s);
        QVERIFY(md.contains(u"Bob Good → Conferencing server, 25,5 s"_s));
        QVERIFY(!md.contains(u"2.5 ms"_s));
        QVERIFY(!md.contains(u"1.38 %"_s));
    }

    void bigRecordIsBounded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.json"_s);
        QProcess generator;
        generator.start(QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, u"600"_s, u"--output"_s, path });
        QVERIFY(generator.waitForFinished(60000));
        QCOMPARE(generator.exitCode(), 0);
        const LoadResult result = loadCallRecordFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const CallRecord& record = *result.records.front();
        const RecordClassification classification(record, QualityProfile::cqdPoorStream());
        const QString md = recordMarkdown(record, classification, fixedOptions());
        checkWellFormed(md);

        int poorSessions = 0;
        for (const Session& session : record.sessions)
            poorSessions += classification.verdict(&session) == Verdict::Poor ? 1 : 0;
        QVERIFY(poorSessions > 0);

        const QStringList legs = linesStartingWith(md, u"- Session "_s);
        QCOMPARE(legs.size(), 50);
        // Poor legs first.
        const int listedPoor = std::min(poorSessions, 50);
        for (int i = 0; i < legs.size(); ++i)
            QCOMPARE(legs[i].contains(u"— **Poor**"_s), i < listedPoor);
        QVERIFY2(md.contains(u"… and 550 more sessions (%1 poor)"_s.arg(poorSessions - listedPoor)), qPrintable(md));
        QVERIFY(md.contains(u"The 50 legs most likely to matter"_s));

        // 250 participants: 12 named.
        QVERIFY(md.contains(u" and 238 more |"_s));
        QVERIFY(md.contains(u"| Participants | 250: "_s));
        const auto worst = tableAfter(md, u"### Worst streams"_s);
        QCOMPARE(worst.size(), 2 + 10);
        for (int i = 2; i < worst.size(); ++i)
            QVERIFY(worst[i][7].startsWith(u"**Poor**"_s));
        QVERIFY(md.contains(u"The 10 worst of 3600 streams"_s));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
