#pragma once

#include "document/documentview.h"

#include <QString>

/// Plain-text summary of a record for the terminal and tickets: id, type, times, modalities,
/// organizer, participants, node counts, completeness and loader warnings.
/// Includes the quality verdict of every stream with `profile` (for big records, the poor ones).
QString recordSummary(const DocumentView& view);
/// The same, judging the record with `profile` first.
QString recordSummary(const CallRecord& record, const QualityProfile& profile = QualityProfile::cqdPoorStream());
