#pragma once

#include "quality/qualityprofile.h"
#include "record/callrecord.h"

#include <QString>

/// Plain-text summary of a record for the terminal and tickets: id, type, times, modalities,
/// organizer, participants, node counts, completeness and loader warnings.
/// Includes the quality verdict of every stream with `profile` (for big records, the poor ones).
QString recordSummary(const CallRecord& record, const QualityProfile& profile = QualityProfile::cqdPoorStream());
