#pragma once

#include "commandline.h"

/// Runs --summary / --export without a window. Returns the process exit code.
int runHeadless(const CommandLine& commandLine);
