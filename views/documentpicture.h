#pragma once

#include "document/recorddocument.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

/// What a picture of a document shows.
struct PictureRequest {
    QString view = QStringLiteral("window"); ///< one of pictureViews()
    Redaction redaction = Redaction::None;
    /// The size of a "window" picture (the open window's size in the window, 1280×800 headless).
    QSize windowSize = QSize(1280, 800);
    /// The tree's header (column widths and order) as the user arranged it; empty for the default.
    QByteArray treeHeaderState;
};

/// A picture of `document` for a ticket, with its header band: the window's layout (tree,
/// inspector, findings) or one pane, rendered offscreen by fresh panes that show the document
/// as asked (redacted or not) with its selection. No open window or tab is touched.
/// Returns a null image and sets `error` when rendering fails.
QImage documentPicture(RecordDocument& document, const PictureRequest& request, QString* error);
