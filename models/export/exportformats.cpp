#include "exportformats.h"

#include <QCoreApplication>

const std::vector<ExportFormat>& exportFormats()
{
    static const std::vector<ExportFormat> formats {
        { "png", QT_TRANSLATE_NOOP("ExportDialog", "PNG picture"),
            QT_TRANSLATE_NOOP("ExportDialog", "PNG pictures (*.png)"),
            QT_TRANSLATE_NOOP("ExportDialog",
                "A picture with a header naming the call, its start, the export time and the threshold profile."),
            true, true, false },
        { "pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF ticket report"),
            QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)"),
            QT_TRANSLATE_NOOP("ExportDialog",
                "Summary, findings, charts, timeline, worst streams and each participant's network and devices, "
                "with the call id and page number on every page."),
            true, true, false },
        { "csv", QT_TRANSLATE_NOOP("ExportDialog", "CSV, one row per stream"),
            QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
            QT_TRANSLATE_NOOP(
                "ExportDialog", "One row per stream with its metrics and verdict; the same in every language."),
            false, false, true },
        { "json", QT_TRANSLATE_NOOP("ExportDialog", "JSON, the merged record"),
            QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
            QT_TRANSLATE_NOOP("ExportDialog", "The whole record as Microsoft Graph sends it, all pages merged."), false,
            false, true },
        { "md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown summary"),
            QT_TRANSLATE_NOOP("ExportDialog", "Markdown files (*.md)"),
            QT_TRANSLATE_NOOP("ExportDialog",
                "Call facts, verdict per leg, findings and the worst streams, ready to paste into a ticket."),
            false, true, false },
    };
    return formats;
}

const ExportFormat* findExportFormat(const QString& id)
{
    for (const ExportFormat& format : exportFormats()) {
        if (id == QLatin1String(format.id))
            return &format;
    }
    return nullptr;
}

QStringList exportFormatIds()
{
    QStringList ids;
    for (const ExportFormat& format : exportFormats())
        ids.append(format.idText());
    return ids;
}

QString ExportFormat::labelText() const
{
    return QCoreApplication::translate("ExportDialog", label);
}

QString ExportFormat::fileFilterText() const
{
    return QCoreApplication::translate("ExportDialog", fileFilter);
}

QString ExportFormat::descriptionText() const
{
    return QCoreApplication::translate("ExportDialog", description);
}
