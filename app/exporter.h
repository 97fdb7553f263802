#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

class MainWindow;

/// One export of what the window shows. The same code serves File → Export, the clipboard and
/// the command line (--export), so their outputs are identical.
struct ExportRequest {
    QString format; ///< png, pdf, csv, json, md
    QString view = QStringLiteral("window"); ///< for png: window, tree, inspector, findings, charts, timeline
    bool redact = false;
    bool allRecords = false; ///< every tab (command line) instead of the current one
};

/// The formats and panes, for menus and the command line.
const QStringList& exportFormats();
const QStringList& exportViews();
/// Whether a format is redacted unless the user says otherwise (pictures and reports, which
/// are attached to tickets as they are).
bool redactByDefault(const QString& format);
QString exportFileSuffix(const QString& format);

/// The bytes of the export, or "" with `error` set.
QByteArray exportFromWindow(MainWindow& window, const ExportRequest& request, QString* error);
/// The picture of the window or a pane with its header band (also for the clipboard).
QImage exportImage(MainWindow& window, const QString& view, bool redact, QString* error);
