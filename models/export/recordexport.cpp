#include "recordexport.h"

#include "csvexporter.h"
#include "markdown.h"
#include "quality/classifier.h"
#include "record/jsonwriter.h"
#include "redaction/redaction.h"

#include <QCoreApplication>

std::vector<CallRecordPtr> maybeRedacted(const std::vector<CallRecordPtr>& records, bool redact, bool localized)
{
    if (!redact)
        return records;
    RedactionOptions options;
    options.localized = localized;
    std::vector<CallRecordPtr> copies;
    copies.reserve(records.size());
    for (const auto& record : records)
        copies.push_back(redactRecord(record, options));
    return copies;
}

QByteArray exportRecordsAs(const QString& format, const std::vector<CallRecordPtr>& records,
    const QualityProfile& profile, bool redact, QString* error)
{
    // Data files read the same in every locale, placeholders included.
    const bool dataFile = format == u"csv" || format == u"json";
    const std::vector<CallRecordPtr> output = maybeRedacted(records, redact, !dataFile);
    if (format == u"csv")
        return streamsCsv(output, profile);
    if (format == u"json") {
        const std::string json = writeCallRecordsJson(output);
        return QByteArray(json.data(), qsizetype(json.size()));
    }
    if (format == u"md") {
        MarkdownOptions options;
        options.redacted = redact;
        options.exportTime = QDateTime::currentDateTimeUtc();
        options.viewerVersion = QStringLiteral(CRV_VERSION);
        QString text;
        for (const auto& record : output) {
            if (!text.isEmpty())
                text += u"\n---\n\n";
            text += recordMarkdown(*record, RecordClassification(*record, profile), options);
        }
        return text.toUtf8();
    }
    if (error)
        //: %1 the export format, e.g. "png" or "pdf"
        *error = QCoreApplication::translate("RecordExport", "\"%1\" cannot be written without a window.").arg(format);
    return {};
}
