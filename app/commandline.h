#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// What the command line asks for. Parsing never exits the process; the caller decides.
struct CommandLine {
    enum class Mode { Gui, Summary, Export, ListCalls, Help, Version };
    Mode mode = Mode::Gui;
    QStringList files;
    bool sample = false;
    bool redact = false; // --redact: personal data replaced in the output
    QString exportFormat; // "png", "pdf", "csv", "json" or "md"
    QString view = QStringLiteral("window"); // pane for png: window, tree, inspector
    QString profile; // built-in profile name or a profile JSON file; empty = default
    QString output; // path, or "-" for standard output
    QString callId; // --call-id: a record to fetch from Microsoft Graph
    QString graphUrl; // --graph-url, checked (https, or http for loopback)
    QString authorityUrl; // --authority-url, checked likewise
    QString participant; // --list-calls --participant ID
    QDateTime since; // --since (UTC); invalid = not given
    QDateTime until; // --until (UTC)
    QString helpText;
    QString error; // usage error (exit code 2)
};

CommandLine parseCommandLine(const QStringList& arguments);

namespace ExitCode {
enum : int { Success = 0, LoadFailed = 1, Usage = 2, Network = 3 };
}
