// The command-line contract, run as a user would: the real executable in a child process.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The viewer in a child process: English in the C locale and with no settings of its own
/// (a language chosen in the window must not change what these tests read), unless `locale`
/// sets LANGUAGE, LC_ALL, LC_MESSAGES or LANG (a null value unsets it). `configHome` replaces
/// the empty settings folder.
Run run(const QStringList& arguments, const QMap<QString, QString>& locale = {}, const QString& configHome = {})
{
    static QTemporaryDir emptyConfig;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome.isEmpty() ? emptyConfig.path() : configHome);
    for (const char* variable : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME" })
        env.remove(QString::fromLatin1(variable));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    for (auto it = locale.begin(); it != locale.end(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CRV_VIEWER), arguments);
    if (!process.waitForFinished(120000))
        qFatal("viewer did not finish");
    Run result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

/// The pt_BR translation of `source` in `context`, read from the catalogue in the sources.
QString translated(const char* context, const char* source)
{
    static const auto catalogue = [] {
        QMap<QPair<QString, QString>, QString> messages;
        QFile file(QStringLiteral(CRV_SOURCE_DIR "/translations/callrecord-viewer_pt_BR.ts"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the pt_BR catalogue");
        QXmlStreamReader xml(&file);
        QString name;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                name = xml.readElementText();
            else if (xml.name() == u"source")
                text = xml.readElementText();
            else if (xml.name() == u"translation")
                messages.insert({ name, text }, xml.readElementText(QXmlStreamReader::IncludeChildElements));
        }
        return messages;
    }();
    const QString translation = catalogue.value({ QString::fromLatin1(context), QString::fromUtf8(source) });
    if (translation.isEmpty())
        qFatal("no pt_BR translation of \"%s\" in %s", source, context);
    return translation;
}

const QString kSample = QStringLiteral(CRV_SAMPLES "/seed-full-example.json");
const QString kBasic = QStringLiteral(CRV_SAMPLES "/seed-basic-example.json");
} // namespace

namespace {
/// The bundled sample with "Abbie Wilkins" written as `name` (JSON string content), saved as
/// `fileName` in `dir`; empty on failure.
QString sampleRenamingAbbie(const QTemporaryDir& dir, const QString& fileName, const QString& name)
{
    QFile sample(kSample);
    if (!sample.open(QIODevice::ReadOnly))
        return {};
    QString json = QString::fromUtf8(sample.readAll());
    if (!json.contains(u"Abbie Wilkins"_s))
        return {};
    json.replace(u"Abbie Wilkins"_s, name);
    const QString path = dir.filePath(fileName);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json.toUtf8()) < 0)
        return {};
    return path;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void help()
    {
        const Run r = run({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--summary"_s));
        QVERIFY(r.out.contains(u"--export"_s));
        QVERIFY(r.out.contains(u"Exit status"_s));
    }

    void summaryOfFiles()
    {
        // The two samples are the same call: the record with its first sessions page, and the
        // record alone. One record, still partial.
        const Run r = run({ u"--summary"_s, kSample, kBasic });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u"Call record e523d2ed-2966-4b6b-925b-754a88034cc5"_s), 1);
        QVERIFY2(r.out.contains(u"given in parts"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"INCOMPLETE"_s), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        const Run basic = run({ u"--summary"_s, kBasic });
        QVERIFY(basic.out.contains(u"complete (no further pages)"_s));
    }

    void summaryOfBundledSample()
    {
        const Run r = run({ u"--summary"_s, u"--sample"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"bundled sample"_s));
    }

    void csvExport()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"streams.csv"_s);
        const Run r = run({ u"--export"_s, u"csv"_s, u"--output"_s, out, kSample });
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 3);
        QVERIFY(csv.startsWith("callId,sessionId,segmentId,mediaLabel,streamId,streamDirection,callerName,calleeName,"
                               "averageJitterMs,maxJitterMs,averageRoundTripTimeMs,maxRoundTripTimeMs,"
                               "averagePacketLossRate,maxPacketLossRate,averageAudioDegradation,"
                               "averageRatioOfConcealedSamples"));
    }

    void csvOfGeneratedRecord()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath(u"gen.json"_s);
        QProcess generator;
        generator.start(
            QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, u"1000"_s, u"--seed"_s, u"3"_s, u"--output"_s, input });
        QVERIFY(generator.waitForFinished(60000));
        QCOMPARE(generator.exitCode(), 0);
        const Run summary = run({ u"--summary"_s, input });
        QCOMPARE(summary.exitCode, 0);
        QVERIFY(summary.out.contains(u"sessions 1000 · segments 1000 · media 3000 · streams 6000"_s));
        const Run r = run({ u"--export"_s, u"csv"_s, u"-o"_s, u"-"_s, input });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(u"\r\n"_s), 6001);
    }

    void outOfMemoryIsAnErrorNotAnAbort()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer reserves more address space than the limit allows");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        QSKIP("AddressSanitizer reserves more address space than the limit allows");
#endif
#endif
        // A 33 MB record read under address-space limits from too small to enough: each run
        // ends with exit 0, or exit 1 and a message; never a signal (bad_alloc used to abort).
        QTemporaryDir dir;
        const QString input = dir.filePath(u"gen.json"_s);
        QProcess generator;
        generator.start(
            QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, u"3000"_s, u"--seed"_s, u"5"_s, u"--output"_s, input });
        QVERIFY(generator.waitForFinished(60000));
        QCOMPARE(generator.exitCode(), 0);
        int refused = 0;
        int loaded = 0;
        for (int megabytes = 150; megabytes <= 900; megabytes += 50) {
            for (const QStringList& mode : { QStringList { u"--summary"_s },
                     QStringList { u"--export"_s, u"md"_s, u"-o"_s, dir.filePath(u"out.md"_s) } }) {
                QProcess limited;
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
                env.insert(u"LANG"_s, u"C.UTF-8"_s);
                env.remove(u"LANGUAGE"_s);
                env.remove(u"LC_ALL"_s);
                limited.setProcessEnvironment(env);
                limited.start(u"/bin/sh"_s,
                    QStringList { u"-c"_s, u"ulimit -v %1 && exec \"$0\" \"$@\""_s.arg(megabytes * 1024),
                        QStringLiteral(CRV_VIEWER) }
                        + mode + QStringList { input });
                QVERIFY(limited.waitForFinished(120000));
                const QString err = QString::fromUtf8(limited.readAllStandardError());
                QVERIFY2(limited.exitStatus() == QProcess::NormalExit, qPrintable(err));
                if (limited.exitCode() == 0) {
                    ++loaded;
                    continue;
                }
                QCOMPARE(limited.exitCode(), 1);
                QVERIFY2(err.contains(u"not enough memory"_s) || err.contains(u"out of memory"_s), qPrintable(err));
                ++refused;
            }
        }
        qInfo("%d runs refused for memory, %d loaded", refused, loaded);
        QVERIFY(refused > 0); // the limits do bite
        QVERIFY(loaded > 0); // and the largest is enough
    }

    void jsonExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"record.json"_s);
        QCOMPARE(run({ u"--export"_s, u"json"_s, u"--output"_s, out, kSample }).exitCode, 0);
        const Run original = run({ u"--summary"_s, kSample });
        const Run again = run({ u"--summary"_s, out });
        QCOMPARE(again.exitCode, 0);
        // Same summary apart from the source line.
        auto withoutSource = [](QString text) {
            QStringList lines = text.split(u'\n');
            lines.removeIf([](const QString& line) { return line.trimmed().startsWith(u"Source:"_s); });
            return lines;
        };
        QCOMPARE(withoutSource(again.out), withoutSource(original.out));
    }

    void loadFailures()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"missing.json"_s);
        Run r = run({ u"--summary"_s, missing });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"missing.json"_s));
        QVERIFY(r.out.isEmpty());

        r = run({ u"--summary"_s, dir.path() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"folder"_s));

        const QString empty = dir.filePath(u"empty.json"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        r = run({ u"--export"_s, u"csv"_s, u"--output"_s, dir.filePath(u"x.csv"_s), empty });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"empty.json: the file is empty"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"x.csv"_s)));
    }

    void summaryIsSafeForTerminals()
    {
        // A file sent by someone else may hide escape sequences (which recolour, retitle or
        // clear a terminal) or direction overrides in names: the summary prints neither.
        QTemporaryDir dir;
        const QString path
            = sampleRenamingAbbie(dir, u"escapes.json"_s, u"Abbie\\u001b]0;pwned\\u0007\\u001b[2J\\u202eWilkins"_s);
        QVERIFY(!path.isEmpty());
        const Run r = run({ u"--summary"_s, path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Abbie\uFFFD]0;pwned\uFFFD\uFFFD[2J\uFFFDWilkins"_s), qPrintable(r.out));
        for (const QChar c : r.out)
            QVERIFY2(c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.unicode() != 0x202E),
                qPrintable(u"U+%1 in the summary"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'))));
    }

    void namesCannotForgeSummaryLines_data()
    {
        QTest::addColumn<QString>("separator"); // as written inside the JSON string
        QTest::newRow("LF") << u"\\n"_s;
        QTest::newRow("CR LF") << u"\\r\\n"_s;
        QTest::newRow("U+2028") << u"\\u2028"_s;
        QTest::newRow("U+2029") << u"\\u2029"_s;
        QTest::newRow("NEL") << u"\\u0085"_s;
    }
    void namesCannotForgeSummaryLines()
    {
        // A name with a line break must not add a "Quality: Good" line under the real verdict.
        QFETCH(QString, separator);
        QTemporaryDir dir;
        const QString path
            = sampleRenamingAbbie(dir, u"forged.json"_s, u"Abbie"_s + separator + u"  Quality:        Good — forged"_s);
        QVERIFY(!path.isEmpty());
        const Run r = run({ u"--summary"_s, path });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"forged"_s));
        for (const QString& line : r.out.split(u'\n'))
            QVERIFY2(!line.startsWith(u"  Quality:        Good"_s), qPrintable(r.out));
        QVERIFY(!r.out.contains(QChar(0x2028)) && !r.out.contains(QChar(0x2029)) && !r.out.contains(u'\r'));
    }

    void languageFollowsEnvironment_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lcMessages");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("portuguese");
        QTest::newRow("LANG pt_BR") << QString() << QString() << QString() << u"pt_BR.UTF-8"_s << true;
        QTest::newRow("LANG en_US") << QString() << QString() << QString() << u"en_US.UTF-8"_s << false;
        QTest::newRow("LC_MESSAGES over LANG")
            << QString() << QString() << u"pt_BR.UTF-8"_s << u"en_US.UTF-8"_s << true;
        QTest::newRow("LC_ALL over LC_MESSAGES")
            << QString() << u"en_US.UTF-8"_s << u"pt_BR.UTF-8"_s << u"pt_BR.UTF-8"_s << false;
        QTest::newRow("LANGUAGE first") << u"pt_BR:en"_s << QString() << QString() << u"en_US.UTF-8"_s << true;
        QTest::newRow("LANGUAGE skips unknown") << u"fr:pt"_s << QString() << QString() << u"en_US.UTF-8"_s << true;
        QTest::newRow("LANGUAGE English first") << u"en:pt_BR"_s << QString() << QString() << u"pt_BR.UTF-8"_s << false;
        QTest::newRow("C locale ignores LANGUAGE") << u"pt_BR"_s << u"C"_s << QString() << QString() << false;
        QTest::newRow("unknown language") << QString() << QString() << QString() << u"de_DE.UTF-8"_s << false;
    }

    void languageFollowsEnvironment()
    {
        QFETCH(QString, language);
        QFETCH(QString, lcAll);
        QFETCH(QString, lcMessages);
        QFETCH(QString, lang);
        QFETCH(bool, portuguese);
        QMap<QString, QString> locale;
        const auto set = [&](const QString& name, const QString& value) {
            if (!value.isEmpty())
                locale.insert(name, value);
        };
        set(u"LANGUAGE"_s, language);
        set(u"LC_ALL"_s, lcAll);
        set(u"LC_MESSAGES"_s, lcMessages);
        set(u"LANG"_s, lang.isEmpty() ? u"C"_s : lang);
        const Run r = run({ u"--help"_s }, locale);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--summary"_s)); // option names are never translated
        QCOMPARE(r.out.contains(u"Exit status"_s), !portuguese);
        QCOMPARE(r.out.contains(translated("main",
                     "\nExit status: 0 success, 1 input could not be loaded or written, 2 "
                     "usage error, 3 network or authentication failure.\n")
                                    .trimmed()),
            portuguese);
    }

    void languageWithoutLocaleIsEnglish()
    {
        // As gettext: with no locale at all (the C locale), LANGUAGE is ignored.
        const Run r = run({ u"--help"_s }, { { u"LANGUAGE"_s, u"pt_BR"_s }, { u"LANG"_s, QString() } });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Exit status"_s));
    }

    void commandLineIgnoresTheWindowsLanguage()
    {
        // Settings → Language is for the window; scripts get the language their environment
        // asks for (LC_ALL=C gives English even when the window was set to Portuguese).
        QTemporaryDir config;
        QDir(config.path()).mkpath(u"CallRecordViewer"_s);
        QFile settings(config.filePath(u"CallRecordViewer/callrecord-viewer.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=pt_BR\n");
        settings.close();
        const Run english = run({ u"--summary"_s, kSample }, { { u"LC_ALL"_s, u"C"_s } }, config.path());
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.startsWith(u"Call record e523d2ed"_s), qPrintable(english.out.left(200)));
        const Run portuguese = run({ u"--summary"_s, kSample }, { { u"LANG"_s, u"pt_BR.UTF-8"_s } }, config.path());
        QVERIFY(portuguese.out.startsWith(translated("Summary", "Call record %1").arg(u"e523d2ed"_s)));
    }

    void summaryInPortuguese()
    {
        const Run english = run({ u"--summary"_s, kSample });
        const Run portuguese = run({ u"--summary"_s, kSample }, { { u"LANG"_s, u"pt_BR.UTF-8"_s } });
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(portuguese.exitCode, 0);
        QVERIFY(english.out.contains(u"Call record e523d2ed-2966-4b6b-925b-754a88034cc5"_s));
        QVERIFY2(portuguese.out.contains(
                     translated("Summary", "Call record %1").arg(u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s)),
            qPrintable(portuguese.out));
        // Decimal comma and the locale's digit grouping; English keeps the dot.
        QVERIFY(english.out.contains(u"25.5 s"_s));
        QVERIFY2(portuguese.out.contains(u"25,5 s"_s), qPrintable(portuguese.out));
        QVERIFY(english.out.contains(u"1.16 > 1.00"_s));
        QVERIFY(portuguese.out.contains(u"1,16 > 1,00"_s));
        // Counted texts take the language's plural form; no "(s)" is left in either language.
        QVERIFY2(english.out.contains(u"1 of 2 streams poor"_s), qPrintable(english.out));
        QVERIFY2(portuguese.out.contains(u"1 de 2 fluxos ruins"_s), qPrintable(portuguese.out));
        QVERIFY(!english.out.contains(u"(s)"_s) && !portuguese.out.contains(u"(s)"_s));
        // Local times next to UTC, in the locale's format.
        QVERIFY(english.out.contains(u"2020-02-25 18:52:21.216 UTC ("_s));
        QVERIFY2(portuguese.out.contains(u"/02/2020 "_s), qPrintable(portuguese.out));
        // Nothing of the English findings is left.
        QVERIFY(english.out.contains(u"Next step:"_s));
        QVERIFY(!portuguese.out.contains(u"Next step:"_s));
        QVERIFY(!portuguese.out.contains(u"Findings:"_s));
        // Built-in profiles keep their English names on the command line, in every language.
        const Run profile = run({ u"--summary"_s, u"--profile"_s, u"Teams network targets"_s, kSample },
            { { u"LANG"_s, u"pt_BR.UTF-8"_s } });
        QCOMPARE(profile.exitCode, 0);
        QVERIFY(profile.out.contains(translated("QualityProfile", "Teams network targets")));
    }

    void csvAndJsonIndependentOfLocale_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("redact");
        const QString meeting = QStringLiteral(CRV_SOURCE_DIR "/tests/fuzz/corpus/loader/generated-3-sessions.json");
        QTest::newRow("sample") << kSample << false;
        QTest::newRow("sample redacted") << kSample << true; // pseudonyms and masks too
        QTest::newRow("meeting with a conferencing server") << meeting << false; // service role names
        QTest::newRow("meeting redacted") << meeting << true;
    }

    void csvAndJsonIndependentOfLocale()
    {
        QFETCH(QString, file);
        QFETCH(bool, redact);
        QTemporaryDir dir;
        for (const QString& format : { u"csv"_s, u"json"_s }) {
            QByteArray first;
            for (const QString& lang : { u"C.UTF-8"_s, u"pt_BR.UTF-8"_s, u"de_DE.UTF-8"_s }) {
                const QString output = dir.filePath(lang + u'.' + format);
                QStringList arguments { u"--export"_s, format, u"--output"_s, output, file };
                if (redact)
                    arguments << u"--redact"_s;
                const Run r = run(arguments, { { u"LANG"_s, lang } });
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                QFile written(output);
                QVERIFY(written.open(QIODevice::ReadOnly));
                const QByteArray bytes = written.readAll();
                if (first.isNull()) {
                    first = bytes;
                    QVERIFY(bytes.size() > 100);
                } else {
                    QVERIFY2(bytes == first, qPrintable(format + u" differs in "_s + lang));
                }
            }
            if (file == kSample && format == u"csv")
                QVERIFY(first.contains(",0.01381693,")); // dot decimals, not "0,01381693"
            if (file == kSample && format == u"json")
                QVERIFY(first.contains("2020-02-25T18:52:21.2169889Z")); // dates as Graph wrote them
            if (file != kSample && format == u"csv" && !redact)
                QVERIFY(first.contains("Conferencing server")); // English role names
            if (redact)
                QVERIFY2(
                    first.contains("Participant 1") && !first.contains("Participante"), first.left(400).constData());
        }
    }

    void writeFailures()
    {
        QTemporaryDir dir;
        Run r = run({ u"--export"_s, u"csv"_s, u"--output"_s, dir.filePath(u"no/folder/x.csv"_s), kSample });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"does not exist"_s));
        if (QFile::exists(u"/dev/full"_s)) {
            r = run({ u"--export"_s, u"json"_s, u"--output"_s, u"/dev/full"_s, kSample });
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(r.err));
        }
    }

    void pngExport_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QSize>("minimumSize");
        QTest::newRow("window") << u"window"_s << QSize(1280, 800);
        QTest::newRow("tree") << u"tree"_s << QSize(400, 300);
        QTest::newRow("inspector") << u"inspector"_s << QSize(200, 300);
        QTest::newRow("findings") << u"findings"_s << QSize(600, 400);
        QTest::newRow("charts") << u"charts"_s << QSize(1000, 300);
        QTest::newRow("timeline") << u"timeline"_s << QSize(800, 300);
        QTest::newRow("participants") << u"participants"_s << QSize(1000, 300);
    }
    void pngExport()
    {
        QFETCH(QString, view);
        QFETCH(QSize, minimumSize);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"shot.png"_s);
        const Run r = run({ u"--export"_s, u"png"_s, u"--view"_s, view, u"--output"_s, out, kSample });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QImage image(out);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= minimumSize.width() && image.height() >= minimumSize.height(),
            qPrintable(u"%1x%2"_s.arg(image.width()).arg(image.height())));
        // Not blank: text and lines give many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void pngExportFailures()
    {
        QTemporaryDir dir;
        Run r = run(
            { u"--export"_s, u"png"_s, u"--output"_s, dir.filePath(u"x.png"_s), dir.filePath(u"missing.json"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"missing.json"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
        r = run({ u"--export"_s, u"png"_s, u"--output"_s, dir.filePath(u"no/such/dir/x.png"_s), kSample });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"does not exist"_s));
        QCOMPARE(
            run({ u"--export"_s, u"png"_s, u"--view"_s, u"nonsense"_s, u"-o"_s, u"x.png"_s, kSample }).exitCode, 2);
        QCOMPARE(run({ u"--export"_s, u"csv"_s, u"--view"_s, u"tree"_s, u"-o"_s, u"x.csv"_s, kSample }).exitCode, 2);
    }

    void profileOption()
    {
        Run r = run({ u"--summary"_s, u"--profile"_s, u"Teams network targets"_s, kSample });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"profile: Teams network targets"_s));
        QVERIFY(r.out.contains(u"POOR — average packet loss 1.38 % ≥ 1 %"_s));

        QTemporaryDir dir;
        const QString file = dir.filePath(u"profiles.json"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(R"({"name": "Jitter 10", "audio": {"rules": [{"metric": "averageJitter", "poorAbove": 10}]}})");
        out.close();
        r = run({ u"--export"_s, u"csv"_s, u"-o"_s, u"-"_s, u"--profile"_s, file, kSample });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"poor,averageJitter 16 > 10"_s));

        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{broken");
        bad.close();
        r = run({ u"--summary"_s, u"--profile"_s, bad.fileName(), kSample });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"bad.json: not valid JSON"_s));
        QCOMPARE(run({ u"--summary"_s, u"--profile"_s, u"nonsense"_s, kSample }).exitCode, 2);
    }

    void contractEdges()
    {
        QTemporaryDir dir;
        // Format names in any case.
        QCOMPARE(run({ u"--export"_s, u"PNG"_s, u"-o"_s, dir.filePath(u"a.png"_s), kSample }).exitCode, 0);
        // A summary that cannot be written is a failure.
        if (QFile::exists(u"/dev/full"_s)) {
            QProcess process;
            process.setStandardOutputFile(u"/dev/full"_s);
            process.start(QStringLiteral(CRV_VIEWER), { u"--summary"_s, kSample });
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 1);
        }
        // Without a display: usage errors are usage errors, and the window says why it cannot open.
        QProcess noDisplay;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        noDisplay.setProcessEnvironment(env);
        noDisplay.start(QStringLiteral(CRV_VIEWER), { u"--sumary"_s, kSample });
        QVERIFY(noDisplay.waitForFinished(60000));
        QCOMPARE(noDisplay.exitStatus(), QProcess::NormalExit);
        QCOMPARE(noDisplay.exitCode(), 2);
        noDisplay.start(QStringLiteral(CRV_VIEWER), { kSample });
        QVERIFY(noDisplay.waitForFinished(60000));
        QCOMPARE(noDisplay.exitCode(), 2);
        QVERIFY(QString::fromUtf8(noDisplay.readAllStandardError()).contains(u"No display"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s };
        QTest::newRow("export without output") << QStringList { u"--export"_s, u"csv"_s, kSample };
        QTest::newRow("unknown format") << QStringList { u"--export"_s, u"xls"_s, u"-o"_s, u"x"_s, kSample };
        QTest::newRow("summary without input") << QStringList { u"--summary"_s };
        QTest::newRow("output without export") << QStringList { u"--summary"_s, u"-o"_s, u"x"_s, kSample };
        QTest::newRow("summary and export")
            << QStringList { u"--summary"_s, u"--export"_s, u"csv"_s, u"-o"_s, u"x"_s, kSample };
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
