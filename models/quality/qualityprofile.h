#pragma once

#include "record/callrecord.h"

#include <QString>

#include <vector>

/// Stream metrics a profile can test, named as in the Graph schema.
enum class Metric {
    AverageAudioDegradation, // NMOS points
    AverageRoundTripTime, // ms
    AveragePacketLossRate, // fraction
    AverageJitter, // ms
    AverageRatioOfConcealedSamples, // fraction
    AverageVideoFrameLossPercentage, // percent 0-100
    AverageVideoFrameRate, // fps
    PostForwardErrorCorrectionPacketLossRate, // fraction
    MetricCount
};

QString metricName(Metric metric); // "averageJitter"
QString metricLabel(Metric metric); // "average jitter", for people
/// The value in the unit the threshold uses (ms, fraction, percent, fps), or nothing.
OptionalDouble metricValue(const MediaStream& stream, Metric metric);
/// "16 ms", "1.38 %" (fractions as percent), "1.16", "6.5 fps".
QString formatMetric(Metric metric, double value);

enum class MediaKind { Audio, Video, ScreenSharing, Other };
MediaKind mediaKind(const Media& media, const Session* session);
QString mediaKindName(MediaKind kind);

/// One test: the stream is poor when `metric` compares with `threshold` as given.
struct ThresholdRule {
    enum class Poor { Above, AtOrAbove, Below, AtOrBelow };
    Metric metric;
    Poor poorWhen;
    double threshold;

    bool isPoor(double value) const;
    /// "> 30 ms", "< 7 fps".
    QString conditionText() const;
    friend bool operator==(const ThresholdRule&, const ThresholdRule&) = default;
};

/// Rules for one media kind. AnyPoor: poor if any reported metric breaks its rule, good if at
/// least one is reported. FirstAvailable: the first rule whose metric is reported decides.
struct RuleSet {
    enum class Mode { AnyPoor, FirstAvailable };
    Mode mode = Mode::AnyPoor;
    std::vector<ThresholdRule> rules;
    friend bool operator==(const RuleSet&, const RuleSet&) = default;
};

struct QualityProfile {
    QString name; ///< as shown, translated for the built-in profiles
    QString key; ///< built-in profiles: the English name, which --profile accepts in every language
    QString description;
    RuleSet audio;
    RuleSet video;
    RuleSet screenSharing;
    /// Call Analytics: a capture or render device "not functioning" ratio at or above this is
    /// a device problem.
    double deviceNotFunctioningRatio = 0.005;

    const RuleSet& rulesFor(MediaKind kind) const;
    friend bool operator==(const QualityProfile&, const QualityProfile&) = default;

    /// Microsoft's Call Quality Dashboard stream classification (the default).
    static QualityProfile cqdPoorStream();
    /// Microsoft's network performance targets for Teams: RTT < 100 ms, loss < 1 %, jitter < 30 ms.
    static QualityProfile teamsNetworkTargets();
    static std::vector<QualityProfile> builtIn();
};

/// Reads user profiles from a JSON file: one profile object or {"profiles": [...]}, e.g.
///   {"name": "Strict", "audio": {"mode": "anyPoor",
///     "rules": [{"metric": "averageJitter", "poorAbove": 20}, {"metric": "averagePacketLossRate", "poorAbove":
///     0.05}]}}
/// Returns the profiles, or an error naming the file, the profile and the problem.
struct ProfileLoadResult {
    std::vector<QualityProfile> profiles;
    QString error;
};
ProfileLoadResult loadQualityProfiles(const QString& path);
ProfileLoadResult parseQualityProfiles(const QByteArray& json, const QString& sourceName);
