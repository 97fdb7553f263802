#include "commandline.h"
#include "headless.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char** argv)
{
    // Headless runs (--summary, --export, --help) need no display: use a core application.
    std::unique_ptr<QCoreApplication> app;
    const bool headless = isHeadless(argc, argv);
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
    case CommandLine::Mode::Help: {
        QTextStream(stdout) << commandLine.helpText
                            << QCoreApplication::translate("main",
                                   "\nExit status: 0 success, 1 input could not be loaded or written, 2 usage error, "
                                   "3 network or authentication failure.\n");
        return ExitCode::Success;
    }
    case CommandLine::Mode::Version:
        QTextStream(stdout) << QStringLiteral("callrecord-viewer " CRV_VERSION) << Qt::endl;
        return ExitCode::Success;
    case CommandLine::Mode::Summary:
    case CommandLine::Mode::Export:
        return runHeadless(commandLine);
    case CommandLine::Mode::Gui:
        break;
    }
    if (headless)
        return ExitCode::Usage;

    MainWindow window;
    if (commandLine.files.isEmpty() || commandLine.sample)
        window.openSample();
    if (!commandLine.files.isEmpty())
        window.openFiles(commandLine.files);
    window.show();
    return app->exec();
}
