#include "chartspecs.h"

#include <QCoreApplication>

const std::vector<ChartSpec>& chartSpecs()
{
    static const std::vector<ChartSpec> specs {
        { "jitter", QT_TRANSLATE_NOOP("ChartsView", "Jitter (ms)"), Metric::AverageJitter, &MediaStream::averageJitter,
            &MediaStream::maxJitter, 1.0, 0 },
        { "roundTrip", QT_TRANSLATE_NOOP("ChartsView", "Round-trip time (ms)"), Metric::AverageRoundTripTime,
            &MediaStream::averageRoundTripTime, &MediaStream::maxRoundTripTime, 1.0, 0 },
        { "packetLoss", QT_TRANSLATE_NOOP("ChartsView", "Packet loss (%)"), Metric::AveragePacketLossRate,
            &MediaStream::averagePacketLossRate, &MediaStream::maxPacketLossRate, 100.0, 1 },
    };
    return specs;
}

QString ChartSpec::titleText() const
{
    return QCoreApplication::translate("ChartsView", title);
}

const ThresholdRule* ChartSpec::ruleFor(const QualityProfile& profile, MediaKind kind) const
{
    for (const ThresholdRule& rule : profile.rulesFor(kind).rules) {
        if (rule.metric == judgedBy)
            return &rule;
    }
    return nullptr;
}
