#pragma once

#include "classifier.h"

#include <vector>

/// A stream of a record with where it is and how bad it is; for "worst streams" tables in
/// reports and Markdown summaries.
struct RankedStream {
    int sessionNumber = 0; ///< 1-based, as in the tree
    const Session* session = nullptr;
    const Segment* segment = nullptr;
    const Media* media = nullptr;
    const MediaStream* stream = nullptr;
    const StreamVerdict* verdict = nullptr; ///< null when the stream was not classified
    /// Poor streams first; among them the largest value / threshold ratio of a rule that fired;
    /// then the rest by their closest approach to a threshold.
    double badness = 0;
    int ordinal = 0; ///< position in the record (ties keep record order)
    /// "Abbie Wilkins → Conferencing server", in the stream's direction.
    QString fromTo() const;
};

/// How far a rule's value is towards (or past) its threshold: 1 is at the threshold; a zero
/// threshold that is broken counts as infinitely far.
double ruleCloseness(const RuleResult& rule);

/// The `limit` worst streams, worst first (O(n log limit)).
std::vector<RankedStream> worstStreams(const CallRecord& record, const RecordClassification& classification, int limit);
