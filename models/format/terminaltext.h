#pragma once

#include <QString>

/// `text` made safe to print on a terminal: control characters other than line feed and tab
/// (escape sequences could recolour, retitle or clear the terminal) and the invisible
/// direction overrides (which make text read differently from what it is) become U+FFFD.
QString terminalSafe(QString text);
