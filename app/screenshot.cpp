#include "screenshot.h"

#include "chartsview.h"
#include "findingsview.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "recordpage.h"
#include "timelineview.h"

#include <QApplication>
#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QImageWriter>
#include <QTextStream>
#include <QTreeView>

#include "export/savefile.h"
#include "exporter.h"
#include "graphsession.h"
#include "headless.h"

#include <QFileInfo>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Screenshot)
};

int fail(const QString& message, int code)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}
} // namespace

int runScreenshot(const CommandLine& commandLine)
{
    QString profileError;
    int profileExit = ExitCode::Success;
    const QualityProfile profile = resolveProfile(commandLine.profile, profileError, profileExit);
    if (!profileError.isEmpty())
        return fail(profileError, profileExit);

    MainWindow window;
    window.setAttribute(Qt::WA_DontShowOnScreen);
    if (!commandLine.profile.isEmpty() && !window.setProfile(profile.name)) {
        if (QFileInfo(commandLine.profile).isFile())
            window.loadProfiles(commandLine.profile);
        window.setProfile(profile.name);
    }
    window.resize(1280, 800);
    if (commandLine.sample)
        window.openSample();
    if (!commandLine.callId.isEmpty()) {
        std::vector<CallRecordPtr> records;
        QString error;
        const int code = fetchForCommandLine(commandLine, records, error);
        if (code != ExitCode::Success)
            return fail(error, code);
        window.openRecordsNow(records);
    }
    if (!commandLine.files.isEmpty()) {
        const QString error = window.openFilesNow(commandLine.files);
        if (!error.isEmpty())
            return fail(error, ExitCode::LoadFailed);
    }
    window.show();
    if (RecordPage* page = window.tabs()->count() > 0 ? qobject_cast<RecordPage*>(window.tabs()->widget(0)) : nullptr) {
        window.tabs()->setCurrentIndex(0);
        page->selectFirstStream();
    }
    QCoreApplication::processEvents();
    window.updateDetailPanesNow();

    ExportRequest request;
    request.format = commandLine.exportFormat;
    request.view = commandLine.view;
    request.redact = commandLine.redact;
    request.allRecords = true;
    QString error;
    const QByteArray png = exportFromWindow(window, request, &error);
    if (png.isEmpty())
        return fail(error, ExitCode::LoadFailed);
    if (commandLine.output == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(png) != png.size())
            return fail(Tr::tr("Cannot write to standard output."), ExitCode::LoadFailed);
        return ExitCode::Success;
    }
    if (const QString writeError = writeFileAtomically(commandLine.output, png); !writeError.isEmpty())
        return fail(writeError, ExitCode::LoadFailed);
    return ExitCode::Success;
}
