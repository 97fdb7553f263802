#include "headless.h"

#include "export/exportformats.h"
#include "export/savefile.h"
#include "export/summary.h"
#include "exporter.h"
#include "format/terminaltext.h"
#include "graphsession.h"
#include "record/loader.h"
#include "sample.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

void printError(const QString& message)
{
    QTextStream err(stderr);
    err << terminalSafe(message) << Qt::endl;
}

int writeOutput(const QString& path, const QByteArray& data)
{
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush()) {
            printError(Tr::tr("Cannot write to standard output."));
            return ExitCode::LoadFailed;
        }
        return ExitCode::Success;
    }
    if (const QString error = writeFileAtomically(path, data); !error.isEmpty()) {
        printError(error);
        return ExitCode::LoadFailed;
    }
    return ExitCode::Success;
}
} // namespace

QualityProfile resolveProfile(const QString& nameOrFile, QString& error, int& exitCode)
{
    if (nameOrFile.isEmpty())
        return QualityProfile::cqdPoorStream();
    QStringList names;
    for (const auto& profile : QualityProfile::builtIn()) {
        if (profile.name.compare(nameOrFile, Qt::CaseInsensitive) == 0
            || profile.key.compare(nameOrFile, Qt::CaseInsensitive) == 0)
            return profile;
        names.append(profile.key); // the names --help shows, which work in every language
    }
    if (QFileInfo(nameOrFile).isFile()) {
        ProfileLoadResult loaded = loadQualityProfiles(nameOrFile);
        if (loaded.error.isEmpty())
            return loaded.profiles.front();
        error = loaded.error;
        exitCode = ExitCode::LoadFailed;
        return {};
    }
    //: %1 the --profile value, %2 the built-in profile names joined as: CQD poor stream", "Teams network targets
    error = Tr::tr("Unknown profile \"%1\": use \"%2\" or a JSON file of profiles.")
                .arg(nameOrFile, names.join(u"\", \""));
    exitCode = ExitCode::Usage;
    return {};
}

int runHeadless(const CommandLine& commandLine)
{
    QString profileError;
    int profileExit = ExitCode::Success;
    const QualityProfile profile = resolveProfile(commandLine.profile, profileError, profileExit);
    if (!profileError.isEmpty()) {
        printError(profileError);
        return profileExit;
    }
    std::vector<CallRecordPtr> records;
    if (commandLine.sample) {
        LoadResult sample = loadBundledSample();
        if (!sample.ok()) {
            printError(sample.error);
            return ExitCode::LoadFailed;
        }
        records = std::move(sample.records);
    }
    if (!commandLine.callId.isEmpty()) {
        QString error;
        const int code = fetchForCommandLine(commandLine, records, error);
        if (code != ExitCode::Success) {
            printError(error);
            return code;
        }
    }
    if (!commandLine.files.isEmpty()) {
        LoadResult loaded = loadCallRecordFiles(commandLine.files);
        if (!loaded.ok()) {
            printError(loaded.error);
            return ExitCode::LoadFailed;
        }
        for (auto& record : loaded.records)
            records.push_back(std::move(record));
    }

    // Every output is written from documents, judged once with the profile.
    std::vector<std::unique_ptr<RecordDocument>> documents;
    std::vector<RecordDocument*> inputs;
    for (const CallRecordPtr& record : records) {
        documents.push_back(std::make_unique<RecordDocument>(DocumentOrigin {}, record, profile));
        inputs.push_back(documents.back().get());
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Summary: {
        QString text;
        for (const RecordDocument* document : inputs) {
            if (!text.isEmpty())
                text += u'\n';
            text += recordSummary(*document->view(commandLine.redact ? Redaction::ForPeople : Redaction::None));
        }
        return writeOutput(QStringLiteral("-"), terminalSafe(text).toUtf8());
    }
    case CommandLine::Mode::Export: {
        const ExportFormat* format = findExportFormat(commandLine.exportFormat);
        if (format && format->picture && !inputs.empty()) {
            // A picture shows the first record with its first stream selected: a useful first look.
            RecordDocument* first = inputs.front();
            int streams = 0;
            forEachStream(*first->record(), [&](const StreamPlace& place) {
                if (streams++ == 0)
                    first->selection()->setCurrent(place.path());
            });
        }
        ExportRequest request;
        request.format = commandLine.exportFormat;
        request.view = commandLine.view;
        request.redact = commandLine.redact;
        QString error;
        const QByteArray data = exportDocumentsAs(inputs, request, &error);
        if (!error.isEmpty()) {
            printError(error);
            return format && format->picture ? ExitCode::LoadFailed : ExitCode::Usage;
        }
        return writeOutput(commandLine.output, data);
    }
    default:
        break;
    }
    printError(Tr::tr("Nothing to do."));
    return ExitCode::Usage;
}
