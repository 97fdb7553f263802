#include "commandline.h"

#include "export/exportformats.h"
#include "graph/graphconfig.h"
#include "panes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

#include <tuple>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

/// ISO 8601 date or date-time; without a zone it is UTC.
QDateTime parseTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (date.isValid())
            time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.contains(u'Z') && !text.contains(u'+'))
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}
} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Call Record Viewer shows Microsoft Teams call records from Microsoft Graph: sessions, segments, "
               "media and streams with their network, device and quality data."));
    // Not addHelpOption(): it also offers --help-all, which lists Qt's own options and needs
    // QCommandLineParser::process(), which exits the program. Qt's catalogue translates the text.
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") },
        QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."));
    parser.addOption(helpOption);
    const auto versionOption = parser.addVersionOption();
    const QCommandLineOption summaryOption(
        QStringLiteral("summary"), Tr::tr("Print a plain-text summary of each record to standard output; no window."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
        Tr::tr("Write the records as <format>: png (a picture of the window or of one pane, with a header naming the "
               "call), pdf (a ticket report), csv (one row per stream), json (the merged record) or md (a Markdown "
               "summary); no window."),
        Tr::tr("format"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        //: %1 the pane names, e.g. "window, tree, inspector, findings, participants, charts, timeline"
        Tr::tr("With --export png: what to render, one of %1 (window is the default).")
            .arg(pictureViews().join(QStringLiteral(", "))),
        Tr::tr("pane"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        Tr::tr("File to write the export to (\"-\" for standard output)."), Tr::tr("path"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), Tr::tr("Open the bundled sample record."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        Tr::tr("Threshold profile for the verdicts: \"CQD poor stream\" (default), \"Teams network targets\", or a "
               "JSON file of profiles (its first profile is used)."),
        Tr::tr("name|file"));
    const QCommandLineOption callIdOption(QStringLiteral("call-id"),
        Tr::tr("Fetch the call record with this id from Microsoft Graph (a GUID, or a URL or text containing one). "
               "Credentials come from the AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET or "
               "AZURE_CLIENT_CERTIFICATE_PATH environment variables, else from the viewer's settings."),
        Tr::tr("id"));
    const QCommandLineOption graphUrlOption(QStringLiteral("graph-url"),
        Tr::tr("Microsoft Graph service (default https://graph.microsoft.com; /v1.0/... is appended). http:// only "
               "for this computer."),
        Tr::tr("url"));
    const QCommandLineOption authorityUrlOption(QStringLiteral("authority-url"),
        Tr::tr("Sign-in service (default https://login.microsoftonline.com, or AZURE_AUTHORITY_HOST). http:// only "
               "for this computer."),
        Tr::tr("url"));
    const QCommandLineOption listCallsOption(QStringLiteral("list-calls"),
        Tr::tr("List the call records of a participant from Microsoft Graph, one line each: id, start, duration, "
               "type, participants."));
    const QCommandLineOption participantOption(QStringLiteral("participant"),
        Tr::tr("With --list-calls: the participant's Microsoft Entra object id."), Tr::tr("id"));
    const QCommandLineOption sinceOption(QStringLiteral("since"),
        Tr::tr("With --list-calls: calls that started at or after this ISO 8601 time (UTC unless a zone is given; "
               "default 24 hours ago)."),
        Tr::tr("time"));
    const QCommandLineOption untilOption(QStringLiteral("until"),
        Tr::tr("With --list-calls: calls that started before this time (default now)."), Tr::tr("time"));
    const QCommandLineOption redactOption(QStringLiteral("redact"),
        Tr::tr("Replace personal data in the output: names by pseudonyms, and user ids, UPNs, e-mail, IP and MAC "
               "addresses, BSSIDs, phone numbers, device names and feedback text masked. The call id and the "
               "measurements stay."));
    parser.addOptions({ summaryOption, exportOption, outputOption, viewOption, sampleOption, profileOption,
        redactOption, callIdOption, graphUrlOption, authorityUrlOption, listCallsOption, participantOption, sinceOption,
        untilOption });
    //: the name of the file arguments in --help
    parser.addPositionalArgument(Tr::tr("files"),
        Tr::tr("Saved call records (JSON). Sessions pages given next to their record are merged into it."),
        //: The positional arguments in the usage line; only the word FILE is translated
        Tr::tr("[FILE...]"));

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    // The usage line names the program as installed, not by the path it was started with.
    result.helpText
        = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("callrecord-viewer"));
    if (const QString started = arguments.value(0); !started.isEmpty()) {
        const qsizetype lineEnd = result.helpText.indexOf(u'\n');
        const qsizetype at = result.helpText.indexOf(started);
        if (at >= 0 && at < lineEnd)
            result.helpText.replace(at, started.size(), QStringLiteral("callrecord-viewer"));
    }
    result.files = parser.positionalArguments();
    result.sample = parser.isSet(sampleOption);
    result.redact = parser.isSet(redactOption);
    result.profile = parser.value(profileOption);
    if (parser.isSet(helpOption)) {
        result.mode = CommandLine::Mode::Help;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = CommandLine::Mode::Version;
        return result;
    }
    const bool summary = parser.isSet(summaryOption);
    const bool exporting = parser.isSet(exportOption);
    const bool listing = parser.isSet(listCallsOption);
    for (const auto& [option, target, what] : { std::tuple { &graphUrlOption, &result.graphUrl, Tr::tr("--graph-url") },
             std::tuple { &authorityUrlOption, &result.authorityUrl, Tr::tr("--authority-url") } }) {
        if (!parser.isSet(*option))
            continue;
        QString problem;
        const QUrl url = parseServiceUrl(parser.value(*option), what, &problem);
        if (!problem.isEmpty()) {
            result.error = problem;
            return result;
        }
        *target = url.toString();
    }
    if (parser.isSet(callIdOption)) {
        result.callId = extractCallId(parser.value(callIdOption));
        if (result.callId.isEmpty()) {
            //: %1 the text given to --call-id, e.g. "https://example.com/no-id-here"
            result.error = Tr::tr("--call-id: no call id (a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5) in \"%1\".")
                               .arg(parser.value(callIdOption));
            return result;
        }
    }
    if (result.redact && !summary && !exporting) {
        result.error = Tr::tr("--redact is used with --export or --summary.");
        return result;
    }
    if (listing) {
        if (summary || exporting || parser.isSet(callIdOption)) {
            result.error = Tr::tr("--list-calls cannot be combined with --summary, --export or --call-id.");
            return result;
        }
        result.participant = extractCallId(parser.value(participantOption));
        if (result.participant.isEmpty()) {
            result.error
                = Tr::tr("--list-calls needs --participant ID (the participant's Microsoft Entra object id, a GUID).");
            return result;
        }
        result.until
            = parser.isSet(untilOption) ? parseTime(parser.value(untilOption)) : QDateTime::currentDateTimeUtc();
        result.since = parser.isSet(sinceOption) ? parseTime(parser.value(sinceOption)) : result.until.addDays(-1);
        if (!result.since.isValid() || !result.until.isValid()) {
            result.error
                = Tr::tr("--since and --until take ISO 8601 times such as 2026-11-27T09:00:00Z or 2026-11-27.");
            return result;
        }
        if (result.since >= result.until) {
            result.error = Tr::tr("--since must be before --until.");
            return result;
        }
        result.mode = CommandLine::Mode::ListCalls;
        return result;
    }
    if (parser.isSet(participantOption) || parser.isSet(sinceOption) || parser.isSet(untilOption)) {
        result.error = Tr::tr("--participant, --since and --until are only used with --list-calls.");
        return result;
    }
    if (summary && exporting) {
        result.error = Tr::tr("--summary and --export cannot be used together.");
        return result;
    }
    if (parser.isSet(viewOption) && !exporting) {
        result.error = Tr::tr("--view is only used with --export png.");
        return result;
    }
    if (parser.isSet(outputOption) && !exporting) {
        result.error = Tr::tr("--output is only used with --export.");
        return result;
    }
    if (exporting) {
        result.mode = CommandLine::Mode::Export;
        result.exportFormat = parser.value(exportOption).toLower();
        result.output = parser.value(outputOption);
        if (!exportFormatIds().contains(result.exportFormat)) {
            //: %1 the format given to --export, e.g. "gif", %2 the known formats: "png, pdf, csv, json, md"
            result.error = Tr::tr("Unknown export format \"%1\"; use one of: %2.")
                               .arg(parser.value(exportOption), exportFormatIds().join(u", "));
            return result;
        }
        if (result.output.isEmpty()) {
            result.error = Tr::tr("--export needs --output PATH (or --output - for standard output).");
            return result;
        }
        if (parser.isSet(viewOption)) {
            result.view = parser.value(viewOption).toLower();
            if (result.exportFormat != u"png") {
                result.error = Tr::tr("--view is only used with --export png.");
                return result;
            }
            if (!pictureViews().contains(result.view)) {
                //: %1 the view given to --view, e.g. "map", %2 the known views, e.g. "window, tree, charts"
                result.error = Tr::tr("Unknown view \"%1\"; use one of: %2.")
                                   .arg(parser.value(viewOption), pictureViews().join(u", "));
                return result;
            }
        }
    } else if (summary) {
        result.mode = CommandLine::Mode::Summary;
    }
    if (result.mode != CommandLine::Mode::Gui && result.files.isEmpty() && !result.sample && result.callId.isEmpty()) {
        result.error = Tr::tr("No input: give one or more FILEs, --call-id ID or --sample.");
        return result;
    }
    return result;
}
