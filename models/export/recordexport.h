#pragma once

#include "quality/qualityprofile.h"
#include "record/callrecord.h"

#include <QByteArray>
#include <QString>

#include <vector>

/// The file formats that need no window: "csv" (one row per stream), "json" (the merged
/// records, Graph-shaped) and "md" (a Markdown ticket summary per record). With `redact`, the
/// redacted copies are written. The window's File → Export writes exactly these bytes.
/// Returns "" and sets `error` for an unknown format.
QByteArray exportRecordsAs(const QString& format, const std::vector<CallRecordPtr>& records,
    const QualityProfile& profile, bool redact, QString* error);

/// Redacted copies of `records` (or the records themselves when `redact` is false), with
/// placeholders in the reader's language, or fixed English ones when `localized` is false.
std::vector<CallRecordPtr> maybeRedacted(const std::vector<CallRecordPtr>& records, bool redact, bool localized = true);
