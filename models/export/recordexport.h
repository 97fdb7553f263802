#pragma once

#include "document/recorddocument.h"

#include <QByteArray>
#include <QString>

#include <vector>

/// The files that need no window: "csv" (one row per stream), "json" (the merged records,
/// Graph-shaped) and "md" (a Markdown ticket summary per record), written from the documents'
/// verdicts (nothing is judged again). With `redact`, from their redacted copies. File → Export,
/// the clipboard and the command line write exactly these bytes. Returns "" and sets `error`
/// for a format that needs a window (png, pdf) or is unknown.
QByteArray exportDocuments(
    const QString& format, const std::vector<const RecordDocument*>& documents, bool redact, QString* error);

/// The view a format is written from: the record as loaded, or redacted with the placeholders
/// that format needs (English in data files, the reader's language elsewhere).
Redaction redactionFor(const QString& format, bool redact);
