#pragma once

#include "qualityprofile.h"

#include <QString>

#include <vector>

/// One chart of stream metrics: what it plots and how the active profile judges it. The
/// charts pane, and every picture of it, is drawn from this table; a new chart is a new row.
struct ChartSpec {
    const char* id; ///< stable name ("jitter")
    const char* title; ///< QT_TRANSLATE_NOOP("ChartSpecs", ...): "Jitter (ms)"
    /// The metric whose profile rule judges the averages (and draws the threshold line).
    Metric judgedBy;
    OptionalDouble MediaStream::*average;
    /// The matching maximum, or null where Graph reports none.
    OptionalDouble MediaStream::*maximum;
    /// From the schema's unit to the axis's: 100 for fractions drawn as percent.
    double scale;
    int axisDecimals;

    QString titleText() const;
    /// "16 ms", "1.38 %": a value in the schema's unit, for tooltips.
    QString valueText(double value) const { return formatMetric(judgedBy, value); }
    /// The profile's rule for this chart's metric on `kind` streams, or null.
    const ThresholdRule* ruleFor(const QualityProfile& profile, MediaKind kind) const;
};

/// Jitter, round-trip time and packet loss, in the order the pane shows them.
const std::vector<ChartSpec>& chartSpecs();
