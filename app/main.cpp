#include "commandline.h"
#include "headless.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

namespace {
QtMessageHandler defaultHandler = nullptr;

/// Offscreen rendering makes the platform plugin print harmless notices; keep stderr for
/// messages that matter.
void quietOffscreenNotices(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(u"propagateSizeHints") || message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char** argv)
{
    // --summary / --export csv|json / --help need no display: a core application. A PNG is
    // rendered offscreen, so it needs widgets but never a display either.
    const bool screenshot = isScreenshot(argc, argv);
    const bool headless = !screenshot && isHeadless(argc, argv);
    if (screenshot) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietOffscreenNotices);
    }
    std::unique_ptr<QCoreApplication> app;
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("callrecord-viewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallRecordViewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRV_VERSION));

    const CommandLine commandLine = parseCommandLine(QCoreApplication::arguments());
    if (!commandLine.error.isEmpty()) {
        QTextStream err(stderr);
        err << commandLine.error << u'\n' << QCoreApplication::translate("main", "Try \"callrecord-viewer --help\".")
            << Qt::endl;
        return ExitCode::Usage;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
        QTextStream(stdout) << commandLine.helpText
                            << QCoreApplication::translate("main",
                                   "\nExit status: 0 success, 1 input could not be loaded or written, 2 usage error, "
                                   "3 network or authentication failure.\n");
        return ExitCode::Success;
    case CommandLine::Mode::Version:
        QTextStream(stdout) << QStringLiteral("callrecord-viewer " CRV_VERSION) << Qt::endl;
        return ExitCode::Success;
    case CommandLine::Mode::Summary:
        return runHeadless(commandLine);
    case CommandLine::Mode::Export:
        if (commandLine.exportFormat == u"png")
            return runScreenshot(commandLine);
        return runHeadless(commandLine);
    case CommandLine::Mode::Gui:
        break;
    }
    if (headless)
        return ExitCode::Usage;

    MainWindow window;
    window.openStartupFiles(commandLine.files, commandLine.sample);
    window.show();
    return app->exec();
}
