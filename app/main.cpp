#include "aboutbox.h"
#include "commandline.h"
#include "graph/secretmemory.h"
#include "graphcontroller.h"
#include "graphsession.h"
#include "headless.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <new>

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

static int run(int argc, char** argv)
{
    // The command line is read with a plain QCoreApplication: a usage error must not need a
    // display (a QApplication without one aborts).
    // A secret in the environment is in this process's memory from the start.
    if (qEnvironmentVariableIsSet("AZURE_CLIENT_SECRET")
        || qEnvironmentVariableIsSet("AZURE_CLIENT_CERTIFICATE_PASSWORD"))
        keepSecretsOutOfCoreDumps();
    QCoreApplication::setApplicationName(QStringLiteral("callrecord-viewer"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallRecordViewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRV_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Translations live in an application object; this one exists only while the command line
    // is read (--help is translated too) and is replaced by the one the mode needs.
    Translations translations;
    translations.load(Translations::Source::Environment);
    CommandLine commandLine;
    {
        QCoreApplication parsing(argc, argv);
        translations.install();
        commandLine = parseCommandLine(arguments);
        if (!commandLine.error.isEmpty()) {
            QTextStream err(stderr);
            err << commandLine.error << u'\n'
                << QCoreApplication::translate("main", "Try \"callrecord-viewer --help\".") << Qt::endl;
            return ExitCode::Usage;
        }
        if (commandLine.mode == CommandLine::Mode::Help) {
            QTextStream(stdout) << commandLine.helpText
                                << QCoreApplication::translate("main",
                                       "\nExit status: 0 success, 1 input could not be loaded or written, 2 usage "
                                       "error, 3 network or authentication failure.\n");
            return ExitCode::Success;
        }
        if (commandLine.mode == CommandLine::Mode::Version) {
            QTextStream(stdout) << QStringLiteral("callrecord-viewer " CRV_VERSION) << Qt::endl;
            return ExitCode::Success;
        }
        if (commandLine.mode == CommandLine::Mode::Gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                "No display found (DISPLAY and WAYLAND_DISPLAY are unset). Use --summary FILE for "
                "a text summary, or --export png --output PATH FILE for a picture of the window.")
                                << Qt::endl;
            return ExitCode::Usage;
        }
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Help:
    case CommandLine::Mode::Version:
        break; // answered above
    case CommandLine::Mode::Summary: {
        QCoreApplication app(argc, argv);
        translations.install();
        return runHeadless(commandLine);
    }
    case CommandLine::Mode::ListCalls: {
        QCoreApplication app(argc, argv);
        translations.install();
        return runListCalls(commandLine);
    }
    case CommandLine::Mode::Export:
        if (commandLine.exportFormat == u"png" || commandLine.exportFormat == u"pdf") {
            // Rendered offscreen: widgets, but never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            defaultHandler = qInstallMessageHandler(quietOffscreenNotices);
            QApplication app(argc, argv);
            translations.install();
            return runHeadless(commandLine);
        } else {
            QCoreApplication app(argc, argv);
            translations.install();
            return runHeadless(commandLine);
        }
    case CommandLine::Mode::Gui:
        break;
    }
    // The window speaks the language chosen in Settings → Language, if any.
    translations.load(Translations::Source::SettingsThenEnvironment);
    QApplication app(argc, argv);
    translations.install();
    // The icon, and the desktop entry the windows belong to (resources/desktop; the name is the
    // AppStream id, which Wayland compositors use as the app id).
    QApplication::setWindowIcon(AboutBox::applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.callrecordviewer.CallRecordViewer"));
    MainWindow window;
    window.graph()->setUrlOverrides(commandLine.graphUrl, commandLine.authorityUrl);
    if (commandLine.callId.isEmpty() || !commandLine.files.isEmpty() || commandLine.sample)
        window.openStartupFiles(commandLine.files, commandLine.sample);
    window.show();
    if (!commandLine.callId.isEmpty())
        window.openCallId(commandLine.callId);
    return app.exec();
}

int main(int argc, char** argv)
{
    // Running out of memory is an error with a message and exit status 1, never an abort. The
    // loader reports it naming the file; this catches what is left (judging, exporting, the
    // window), where no translation or allocation can be relied on.
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::fputs("callrecord-viewer: out of memory: the computer has too little free memory, or the process "
                   "may not use more\n",
            stderr);
        return ExitCode::LoadFailed;
    }
}
