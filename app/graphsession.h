#pragma once

#include "commandline.h"
#include "graph/graphconfig.h"
#include "record/loader.h"

class QSettings;

/// Graph settings without secrets, from / to the "graph" group of QSettings.
GraphSettings loadGraphSettings(QSettings& settings);
void saveGraphSettings(QSettings& settings, const GraphSettings& graph);

/// Applies --graph-url / --authority-url (already checked by the command-line parser).
void applyUrlOptions(GraphSettings& graph, const QString& graphUrl, const QString& authorityUrl);

/// Settings for a command-line run: saved settings, secrets from the keychain, then the
/// AZURE_* environment variables, then the URL options. An unusable AZURE_AUTHORITY_HOST sets
/// `error` (a usage error: exit 2).
GraphSettings commandLineGraphSettings(const CommandLine& commandLine, QString* error);

/// Fetches a call record and loads it, for the command line (runs an event loop; progress
/// and waits go to stderr). On failure `error` is set and the exit code is returned.
int fetchCallRecordNow(
    const GraphSettings& graph, const QString& callId, std::vector<CallRecordPtr>& records, QString& error);

/// Settings for the command line, then the fetch: exit 2 for unusable settings, 3 for failures.
int fetchForCommandLine(const CommandLine& commandLine, std::vector<CallRecordPtr>& records, QString& error);

/// --list-calls: prints one line per record (id, start, duration, type, participants).
int runListCalls(const CommandLine& commandLine);
