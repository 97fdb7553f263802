#pragma once

#include "classifier.h"
#include "findings.h"

#include <QColor>
#include <QPalette>
#include <QString>

/// Every colour that carries meaning — verdicts, finding severities, thresholds, messages — in
/// one place. Fills come from the Okabe–Ito palette, whose colours stay apart under the common
/// colour-vision deficiencies; text colours are darker (lighter on dark backgrounds) shades of
/// the same hues with at least 4.5:1 contrast. Colour is never the only cue: a word ("Poor"),
/// a mark or a pattern always goes with it.
namespace Palette {
/// Bars, icons and timeline segments.
QColor verdictFill(Verdict verdict);
/// Verdict words on the window's (or a page's) base colour.
QColor verdictText(Verdict verdict, const QPalette& palette = {});
/// "Problem", "Warning", "Note" labels of findings.
QColor severityText(Finding::Severity severity, const QPalette& palette = {});
/// The chart bars of a stream's average and maximum, and of values a rule judges poor.
QColor chartAverage();
QColor chartMaximum();
QColor chartPoorAverage();
QColor chartPoorMaximum();
/// The dashed threshold line.
QColor threshold();
/// Messages in dialogs: a problem, a success.
QColor errorText(const QPalette& palette);
QColor successText(const QPalette& palette);
/// The "Redacted" mark on pictures, the PDF and the status bar (white text on it).
QColor redactedMark();
/// "#d55e00", for HTML.
QString html(const QColor& color);
/// Whether a palette's window is dark (a dark theme).
bool isDark(const QPalette& palette);
} // namespace Palette
