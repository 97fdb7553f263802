#pragma once

#include "document/documentview.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

/// One row per media stream, RFC 4180 (CRLF, quoted where needed), UTF-8, locale-independent:
/// dot decimals, durations in milliseconds, rates as fractions, empty cell = not reported.
QStringList csvColumns();
/// `quality` and `poorReasons` come from each view's verdicts.
QByteArray streamsCsv(const std::vector<DocumentViewPtr>& views);
/// The same, judging each record with `profile` (CQD poor stream by default).
QByteArray streamsCsv(
    const std::vector<CallRecordPtr>& records, const QualityProfile& profile = QualityProfile::cqdPoorStream());
