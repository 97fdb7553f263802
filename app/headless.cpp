#include "headless.h"

#include "export/csvexporter.h"
#include "export/savefile.h"
#include "export/summary.h"
#include "record/jsonwriter.h"
#include "record/loader.h"
#include "sample.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Headless", text);
}

void printError(const QString& message)
{
    QTextStream err(stderr);
    err << message << Qt::endl;
}

int writeOutput(const QString& path, const QByteArray& data)
{
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size() || !out.flush()) {
            printError(tr("Cannot write to standard output."));
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

int runHeadless(const CommandLine& commandLine)
{
    std::vector<CallRecordPtr> records;
    if (commandLine.sample) {
        LoadResult sample = loadBundledSample();
        if (!sample.ok()) {
            printError(sample.error);
            return ExitCode::LoadFailed;
        }
        records = std::move(sample.records);
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

    switch (commandLine.mode) {
    case CommandLine::Mode::Summary: {
        QString text;
        for (const auto& record : records) {
            if (!text.isEmpty())
                text += u'\n';
            text += recordSummary(*record);
        }
        QTextStream out(stdout);
        out << text;
        out.flush();
        return ExitCode::Success;
    }
    case CommandLine::Mode::Export:
        if (commandLine.exportFormat == u"csv")
            return writeOutput(commandLine.output, streamsCsv(records));
        if (commandLine.exportFormat == u"json") {
            const std::string json = writeCallRecordsJson(records);
            return writeOutput(commandLine.output, QByteArray(json.data(), qsizetype(json.size())));
        }
        break;
    default:
        break;
    }
    printError(tr("Nothing to do."));
    return ExitCode::Usage;
}
