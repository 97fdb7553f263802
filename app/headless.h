#pragma once

#include "commandline.h"

#include "quality/qualityprofile.h"

/// Runs --summary and --export without a window (png and pdf are drawn offscreen; they need
/// a QApplication). Returns the process exit code.
int runHeadless(const CommandLine& commandLine);

/// The profile --profile names (built-in name, case-insensitive, or a JSON file). On failure
/// sets `error` and `exitCode` (2 for an unknown name, 1 for a file that cannot be loaded).
QualityProfile resolveProfile(const QString& nameOrFile, QString& error, int& exitCode);
