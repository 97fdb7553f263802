#include "screenshot.h"

#include "chartsview.h"
#include "findingsview.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "recordpage.h"
#include "timelineview.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QTextStream>
#include <QTreeView>

#include "export/savefile.h"
#include "graphsession.h"
#include "headless.h"

#include <QFileInfo>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Screenshot", text);
}

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
        const int code = fetchCallRecordNow(commandLineGraphSettings(commandLine), commandLine.callId, records, error);
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

    QWidget* target = &window;
    if (commandLine.view == u"tree") {
        auto* page = qobject_cast<RecordPage*>(window.tabs()->currentWidget());
        if (!page)
            return fail(tr("There is no record to render."), ExitCode::LoadFailed);
        target = page;
    } else if (commandLine.view == u"inspector") {
        target = window.inspector();
    } else if (commandLine.view == u"findings") {
        target = window.findingsView();
        target->resize(900, 600);
    } else if (commandLine.view == u"charts") {
        // The whole call: all streams (the worst N), not just the first stream's media.
        if (auto* page = qobject_cast<RecordPage*>(window.tabs()->currentWidget()))
            window.chartsView()->setNode(
                page->model()->node(page->model()->index(0, 0)), page->record(), page->model()->sharedClassification());
        target = window.chartsView();
        target->resize(1400, 450);
    } else if (commandLine.view == u"timeline") {
        if (auto* page = qobject_cast<RecordPage*>(window.tabs()->currentWidget()))
            window.timelineView()->setRecord(page->record(), page->model()->sharedClassification());
        target = window.timelineView();
        target->resize(1200, 500);
    }
    const QPixmap pixmap = target->grab();
    if (pixmap.isNull())
        return fail(tr("Rendering the %1 failed.").arg(commandLine.view), ExitCode::LoadFailed);

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(pixmap.toImage()))
        return fail(tr("Cannot encode the picture: %1").arg(writer.errorString()), ExitCode::LoadFailed);
    if (commandLine.output == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(png) != png.size())
            return fail(tr("Cannot write to standard output."), ExitCode::LoadFailed);
        return ExitCode::Success;
    }
    if (const QString error = writeFileAtomically(commandLine.output, png); !error.isEmpty())
        return fail(error, ExitCode::LoadFailed);
    return ExitCode::Success;
}
