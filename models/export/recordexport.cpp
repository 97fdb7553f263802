#include "recordexport.h"

#include "csvexporter.h"
#include "exportformats.h"
#include "markdown.h"
#include "record/jsonwriter.h"

#include <QCoreApplication>

Redaction redactionFor(const QString& format, bool redact)
{
    if (!redact)
        return Redaction::None;
    const ExportFormat* known = findExportFormat(format);
    return known && known->dataFile ? Redaction::ForData : Redaction::ForPeople;
}

QByteArray exportDocuments(
    const QString& format, const std::vector<const RecordDocument*>& documents, bool redact, QString* error)
{
    const Redaction redaction = redactionFor(format, redact);
    std::vector<DocumentViewPtr> views;
    views.reserve(documents.size());
    for (const RecordDocument* document : documents)
        views.push_back(document->view(redaction));
    if (format == u"csv")
        return streamsCsv(views);
    if (format == u"json") {
        std::vector<CallRecordPtr> records;
        for (const DocumentViewPtr& view : views)
            records.push_back(view->record);
        const std::string json = writeCallRecordsJson(records);
        return QByteArray(json.data(), qsizetype(json.size()));
    }
    if (format == u"md") {
        MarkdownOptions options;
        options.redacted = redact;
        options.exportTime = QDateTime::currentDateTimeUtc();
        options.viewerVersion = QStringLiteral(CRV_VERSION);
        QString text;
        for (const DocumentViewPtr& view : views) {
            if (!text.isEmpty())
                text += u"\n---\n\n";
            text += recordMarkdown(*view->record, *view->classification, options);
        }
        return text.toUtf8();
    }
    if (error)
        //: %1 the export format, e.g. "png" or "pdf"
        *error = QCoreApplication::translate("RecordExport", "\"%1\" cannot be written without a window.").arg(format);
    return {};
}
