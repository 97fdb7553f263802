#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/// Everything the viewer can write, in one table: the command line (--export), File → Export,
/// the clipboard and the exporter read it. A new format is a new row here, plus its writer.
struct ExportFormat {
    const char* id; ///< "png": --export, the file suffix, the settings
    const char* label; ///< QT_TRANSLATE_NOOP("ExportDialog", …): "PNG picture"
    const char* fileFilter; ///< "PNG pictures (*.png)"
    const char* description; ///< one sentence for the export dialog
    bool picture; ///< drawn by widgets (offscreen): png, pdf
    bool redactByDefault; ///< pictures and reports, which are attached to tickets as they are
    bool dataFile; ///< the same bytes in every locale (placeholders in English too)

    QString idText() const { return QString::fromLatin1(id); }
    QString suffix() const { return idText(); }
    QString labelText() const;
    QString fileFilterText() const;
    QString descriptionText() const;
};

/// In the order menus offer them.
const std::vector<ExportFormat>& exportFormats();
/// The format with this id, or null.
const ExportFormat* findExportFormat(const QString& id);
/// "png", "pdf", "csv", "json", "md".
QStringList exportFormatIds();
