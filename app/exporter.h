#pragma once

#include "document/recorddocument.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <vector>

/// One export. The same code serves File → Export, the clipboard and the command line
/// (--export), so their outputs are identical; it works from documents and never touches a
/// window (pictures are drawn offscreen by fresh panes).
struct ExportRequest {
    QString format; ///< an exportFormats() id: png, pdf, csv, json, md
    QString view = QStringLiteral("window"); ///< for png: one of pictureViews()
    bool redact = false;
    QSize windowSize = QSize(1280, 800); ///< of a "window" picture
    QByteArray treeHeaderState; ///< the tree's column layout for pictures, or empty
};

/// The bytes of the export of `documents` (a picture shows the first), or "" with `error` set.
QByteArray exportDocumentsAs(
    const std::vector<RecordDocument*>& documents, const ExportRequest& request, QString* error);
/// The picture of the document's window layout or a pane, with its header band.
QImage exportPicture(RecordDocument& document, const ExportRequest& request, QString* error);
