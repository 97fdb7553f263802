#pragma once

#include <QString>
#include <QStringList>

/// What the command line asks for. Parsing never exits the process; the caller decides.
struct CommandLine {
    enum class Mode { Gui, Summary, Export, Help, Version };
    Mode mode = Mode::Gui;
    QStringList files;
    bool sample = false;
    QString exportFormat; // "csv", "json" or "png"
    QString view = QStringLiteral("window"); // pane for png: window, tree, inspector
    QString profile; // built-in profile name or a profile JSON file; empty = default
    QString output; // path, or "-" for standard output
    QString helpText;
    QString error; // usage error (exit code 2)
};

CommandLine parseCommandLine(const QStringList& arguments);

namespace ExitCode {
enum : int { Success = 0, LoadFailed = 1, Usage = 2, Network = 3 };
}
