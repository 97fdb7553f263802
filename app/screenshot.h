#pragma once

#include "commandline.h"

/// --export png: renders the window (or one pane) with the records loaded, offscreen and
/// without showing anything, and writes a PNG. Returns the process exit code.
int runScreenshot(const CommandLine& commandLine);
