#pragma once

#include "pointerindex.h"
#include "qualityprofile.h"

#include <QString>

#include <unordered_map>
#include <vector>

enum class Verdict { Unclassified, Good, Poor };
QString verdictName(Verdict verdict); // "good", "poor", "unclassified" (stable, for CSV)
QString verdictText(Verdict verdict); // translated, for people
/// Severity order of a verdict: 0 poor, 1 good, 2 unclassified (sorting ascending puts poor first).
int verdictOrder(Verdict verdict);

/// One rule that was tested: the metric, its value, the threshold, the profile.
struct RuleResult {
    Metric metric;
    double value;
    ThresholdRule rule;
    bool poor;
    QString profile;
    /// "average jitter 45 ms > 30 ms (CQD poor stream)"
    QString text() const;
};

/// A device "not functioning" ratio at or above the profile's limit.
struct DeviceProblem {
    bool caller; // the caller's device, else the callee's
    bool capture; // microphone, else speaker
    double ratio;
    double threshold;
    QString text() const;
};

struct StreamVerdict {
    Verdict verdict = Verdict::Unclassified;
    MediaKind kind = MediaKind::Other;
    /// For poor: every rule that fired. For good: the rules that decided.
    std::vector<RuleResult> rules;
    /// For unclassified: why that usually happens.
    QString unclassifiedReason;
    /// Short reasons for people, in the locale's number format: "average jitter 45 ms > 30 ms; ..."
    /// for poor streams, "average jitter 16 ms (poor if > 30 ms); ..." for good ones.
    QString reasonsText() const;
    /// The same, locale-independent for CSV: raw values in the schema's units (durations in ms,
    /// rates as fractions): "averageJitter 45 > 30; averagePacketLossRate 0.12 > 0.1".
    QString reasonsCsv() const;
};

/// Classification of a whole record with one profile. Verdicts roll up stream → media →
/// segment → session → record; the worst wins (poor over good over unclassified). Media also
/// carry device problems, which count as poor.
class RecordClassification {
public:
    RecordClassification() = default;
    RecordClassification(const CallRecord& record, const QualityProfile& profile);
    /// The verdicts of `judged` (made for `judgedRecord`) for `copy`, a record of the same shape
    /// such as its redacted copy: no rule is evaluated again, only the nodes are looked up.
    /// A copy of another shape is classified afresh.
    RecordClassification(const RecordClassification& judged, const CallRecord& judgedRecord, const CallRecord& copy);

    const QualityProfile& profile() const { return m_profile; }
    const StreamVerdict* stream(const MediaStream* stream) const;
    Verdict verdict(const void* node) const; // any node of the record
    const std::vector<DeviceProblem>* deviceProblems(const Media* media) const;
    Verdict recordVerdict() const { return m_recordVerdict; }
    int poorStreamCount() const { return m_poorStreams; }
    int streamCount() const { return int(m_streams.size()); }
    /// Tooltip text for a node: its verdict and the rules that fired below it (at most a few).
    /// Computed on demand: formatting reasons for every poor stream of a big record up front
    /// would cost the GUI thread too much.
    QString explain(const CallRecord& record, const void* node) const;

private:
    QualityProfile m_profile;
    std::vector<StreamVerdict> m_streams; // in record order
    PointerIndex m_streamIndex; // stream -> position in m_streams
    std::unordered_map<const Media*, std::vector<DeviceProblem>> m_devices; // few
    PointerIndex m_rollUp; // any node -> Verdict
    Verdict m_recordVerdict = Verdict::Unclassified;
    int m_poorStreams = 0;
};

/// Classifies one stream of a media kind with a profile.
StreamVerdict classifyStream(const MediaStream& stream, MediaKind kind, const QualityProfile& profile);
