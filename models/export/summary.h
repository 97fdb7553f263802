#pragma once

#include "quality/qualityprofile.h"
#include "record/callrecord.h"

#include <QString>

/// Plain-text summary of a record for the terminal and tickets: id, type, times, modalities,
/// organizer, participants, node counts, completeness and loader warnings.
/// Includes the quality verdict of every stream with `profile` (for big records, the poor ones).
QString recordSummary(const CallRecord& record, const QualityProfile& profile = QualityProfile::cqdPoorStream());

/// `text` made safe to print on a terminal: control characters other than line feed and tab
/// (escape sequences could recolour, retitle or clear the terminal) and the invisible
/// direction overrides (which make text read differently from what it is) become U+FFFD.
QString terminalSafe(QString text);

/// "16 ms", "25.5 s", "12 min 5 s": a duration for people.
QString formatDurationForPeople(double milliseconds);

/// Names of everyone in the call: participants_v2, else the deprecated participants list,
/// else the endpoints of the sessions.
QStringList participantNames(const CallRecord& record);
QString organizerName(const CallRecord& record);
