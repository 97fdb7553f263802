#pragma once

#include "commandline.h"

/// --export png|pdf: renders the window (or one pane) or the PDF report with the records
/// loaded, offscreen and without showing anything, and writes the file. Returns the process exit code.
int runScreenshot(const CommandLine& commandLine);
