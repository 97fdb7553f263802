#include "exporter.h"

#include "documentpicture.h"
#include "export/exportformats.h"
#include "export/recordexport.h"
#include "pdfreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};
} // namespace

QImage exportPicture(RecordDocument& document, const ExportRequest& request, QString* error)
{
    PictureRequest picture;
    picture.view = request.view;
    picture.redaction = request.redact ? Redaction::ForPeople : Redaction::None;
    picture.windowSize = request.windowSize;
    picture.treeHeaderState = request.treeHeaderState;
    return documentPicture(document, picture, error);
}

QByteArray exportDocumentsAs(
    const std::vector<RecordDocument*>& documents, const ExportRequest& request, QString* error)
{
    if (documents.empty()) {
        *error = Tr::tr("There is no record to export.");
        return {};
    }
    if (request.format == u"png") {
        const QImage image = exportPicture(*documents.front(), request, error);
        if (image.isNull())
            return {};
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image)) {
            //: %1 the reason from the PNG image writer
            *error = Tr::tr("Cannot encode the picture: %1").arg(writer.errorString());
            return {};
        }
        return png;
    }
    if (request.format == u"pdf") {
        ReportOptions options;
        options.redacted = request.redact;
        options.pageSize = defaultPageSize();
        return pdfReport(documents, options, error);
    }
    return exportDocuments(
        request.format, std::vector<const RecordDocument*>(documents.begin(), documents.end()), request.redact, error);
}
