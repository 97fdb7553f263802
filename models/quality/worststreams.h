#pragma once

#include "classifier.h"
#include "record/noderef.h"

#include <vector>

/// A stream of a record with where it is and how bad it is: the one ranking behind every
/// "worst streams" list (the charts, the PDF report, the Markdown summary).
struct RankedStream {
    NodePath path; ///< the stream's place in the record
    int sessionNumber = 0; ///< 1-based, as in the tree
    const Session* session = nullptr;
    const Segment* segment = nullptr;
    const Media* media = nullptr;
    const MediaStream* stream = nullptr;
    const StreamVerdict* verdict = nullptr; ///< null when the stream was not classified
    int ordinal = 0; ///< position in the record (ties keep record order)
    /// What ranksWorse() compares, computed once by worstStreams(): the group (0 poor, 1 good,
    /// 2 unclassified), then the worst rule's closeness, or for unclassified streams the
    /// reported jitter, round-trip time and loss (-1 where not reported).
    struct Key {
        int group = 2;
        double badness = 0;
        double jitter = -1;
        double roundTrip = -1;
        double loss = -1;
    } key;
    /// "Abbie Wilkins → Conferencing server", in the stream's direction.
    QString fromTo() const;
};

/// How far a rule's value is towards (or past) its threshold: 1 is at the threshold; a zero
/// threshold that is broken counts as infinitely far.
double ruleCloseness(const RuleResult& rule);

/// The rule of a verdict that is furthest towards its threshold (among those that fired, for a
/// poor stream), or null.
const RuleResult* worstRule(const StreamVerdict& verdict);

/// The ranking key of a stream (RankedStream::key).
RankedStream::Key rankKey(const MediaStream& stream, const StreamVerdict* verdict);

/// Whether `a` ranks before `b` (by their keys): poor streams first, worst fired rule furthest past its
/// threshold first; then good ones by their closest approach to a threshold; then unclassified
/// ones by their average jitter, round-trip time and loss as reported; ties in record order.
bool ranksWorse(const RankedStream& a, const RankedStream& b);

/// The `limit` worst streams below `scope` (the whole record by default), worst first
/// (O(n log limit)). `total`, if given, receives the number of streams below `scope`.
std::vector<RankedStream> worstStreams(const CallRecord& record, const RecordClassification& classification, int limit,
    const NodePath& scope = NodePath::record(), int* total = nullptr);
