#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CommandLine", text);
}
const QStringList kExportFormats { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("png") };
const QStringList kViews { QStringLiteral("window"), QStringLiteral("tree"), QStringLiteral("inspector"),
    QStringLiteral("findings"), QStringLiteral("charts"), QStringLiteral("timeline") };
} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Call Record Viewer shows Microsoft Teams call records from Microsoft Graph: sessions, segments, "
           "media and streams with their network, device and quality data."));
    const auto helpOption = parser.addHelpOption();
    const auto versionOption = parser.addVersionOption();
    const QCommandLineOption summaryOption(
        QStringLiteral("summary"), tr("Print a plain-text summary of each record to standard output; no window."));
    const QCommandLineOption exportOption(QStringLiteral("export"),
        tr("Write the records as <format> (csv: one row per stream; json: the merged record; png: a picture "
           "of the window or of one pane); no window."),
        tr("format"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        tr("With --export png: what to render, one of window (default), tree, inspector, findings, charts, timeline."),
        tr("pane"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        tr("File to write the export to (\"-\" for standard output)."), tr("path"));
    const QCommandLineOption sampleOption(QStringLiteral("sample"), tr("Open the bundled sample record."));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        tr("Threshold profile for the verdicts: \"CQD poor stream\" (default), \"Teams network targets\", or a "
           "JSON file of profiles (its first profile is used)."),
        tr("name|file"));
    parser.addOptions({ summaryOption, exportOption, outputOption, viewOption, sampleOption, profileOption });
    parser.addPositionalArgument(QStringLiteral("files"),
        tr("Saved call records (JSON). Sessions pages given next to their record are merged into it."),
        QStringLiteral("[FILE...]"));

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    // Read before any application object exists, QCommandLineParser cannot name the program.
    result.helpText
        = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("callrecord-viewer"));
    result.files = parser.positionalArguments();
    result.sample = parser.isSet(sampleOption);
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
    if (summary && exporting) {
        result.error = tr("--summary and --export cannot be used together.");
        return result;
    }
    if (parser.isSet(viewOption) && !exporting) {
        result.error = tr("--view is only used with --export png.");
        return result;
    }
    if (parser.isSet(outputOption) && !exporting) {
        result.error = tr("--output is only used with --export.");
        return result;
    }
    if (exporting) {
        result.mode = CommandLine::Mode::Export;
        result.exportFormat = parser.value(exportOption).toLower();
        result.output = parser.value(outputOption);
        if (!kExportFormats.contains(result.exportFormat)) {
            result.error = tr("Unknown export format \"%1\"; use one of: %2.")
                               .arg(parser.value(exportOption), kExportFormats.join(u", "));
            return result;
        }
        if (result.output.isEmpty()) {
            result.error = tr("--export needs --output PATH (or --output - for standard output).");
            return result;
        }
        if (parser.isSet(viewOption)) {
            result.view = parser.value(viewOption).toLower();
            if (result.exportFormat != u"png") {
                result.error = tr("--view is only used with --export png.");
                return result;
            }
            if (!kViews.contains(result.view)) {
                result.error
                    = tr("Unknown view \"%1\"; use one of: %2.").arg(parser.value(viewOption), kViews.join(u", "));
                return result;
            }
        }
    } else if (summary) {
        result.mode = CommandLine::Mode::Summary;
    }
    if (result.mode != CommandLine::Mode::Gui && result.files.isEmpty() && !result.sample) {
        result.error = tr("No input: give one or more FILEs (or --sample).");
        return result;
    }
    return result;
}
