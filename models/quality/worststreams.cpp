#include "worststreams.h"

#include "format/displayformat.h"
#include "record/enums.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

double ruleCloseness(const RuleResult& rule)
{
    const double value = rule.value;
    const double threshold = rule.rule.threshold;
    switch (rule.rule.poorWhen) {
    case ThresholdRule::Poor::Above:
    case ThresholdRule::Poor::AtOrAbove:
        if (threshold > 0)
            return value / threshold;
        return value > threshold ? std::numeric_limits<double>::infinity() : 0.0;
    case ThresholdRule::Poor::Below:
    case ThresholdRule::Poor::AtOrBelow:
        if (value > 0)
            return threshold / value;
        return threshold >= value ? std::numeric_limits<double>::infinity() : 0.0;
    }
    return 0;
}

const RuleResult* worstRule(const StreamVerdict& verdict)
{
    const RuleResult* worst = nullptr;
    double worstCloseness = -1;
    for (const RuleResult& rule : verdict.rules) {
        if (verdict.verdict == Verdict::Poor && !rule.poor)
            continue;
        const double c = ruleCloseness(rule);
        if (!worst || c > worstCloseness) {
            worst = &rule;
            worstCloseness = c;
        }
    }
    return worst;
}

RankedStream::Key rankKey(const MediaStream& stream, const StreamVerdict* v)
{
    RankedStream::Key key;
    if (v && v->verdict != Verdict::Unclassified) {
        key.group = v->verdict == Verdict::Poor ? 0 : 1;
        const RuleResult* rule = worstRule(*v);
        key.badness = rule ? ruleCloseness(*rule) : 0;
        return key;
    }
    key.jitter = stream.averageJitter.value_or(-1);
    key.roundTrip = stream.averageRoundTripTime.value_or(-1);
    key.loss = stream.averagePacketLossRate.value_or(-1);
    return key;
}

bool ranksWorse(const RankedStream& a, const RankedStream& b)
{
    const RankedStream::Key& x = a.key;
    const RankedStream::Key& y = b.key;
    if (x.group != y.group)
        return x.group < y.group;
    if (x.group < 2) {
        if (x.badness != y.badness)
            return x.badness > y.badness;
    } else {
        if (x.jitter != y.jitter)
            return x.jitter > y.jitter;
        if (x.roundTrip != y.roundTrip)
            return x.roundTrip > y.roundTrip;
        if (x.loss != y.loss)
            return x.loss > y.loss;
    }
    return a.ordinal < b.ordinal;
}

QString RankedStream::fromTo() const
{
    if (!segment || !session)
        return {};
    const QString caller = DisplayFormat::sideName(DisplayFormat::Side::Caller, segment->caller, session->caller);
    const QString callee = DisplayFormat::sideName(DisplayFormat::Side::Callee, segment->callee, session->callee);
    const bool reverse = stream && stream->streamDirection.index == StreamDirection::CalleeToCaller;
    return reverse ? callee + u" → " + caller : caller + u" → " + callee;
}

std::vector<RankedStream> worstStreams(
    const CallRecord& record, const RecordClassification& classification, int limit, const NodePath& scope, int* total)
{
    std::vector<RankedStream> all;
    forEachStream(record, scope, [&](const StreamPlace& place) {
        RankedStream ranked;
        ranked.path = place.path();
        ranked.sessionNumber = place.sessionIndex + 1;
        ranked.session = &place.session;
        ranked.segment = &place.segment;
        ranked.media = &place.media;
        ranked.stream = &place.stream;
        ranked.verdict = classification.stream(&place.stream);
        ranked.ordinal = int(all.size());
        ranked.key = rankKey(place.stream, ranked.verdict);
        all.push_back(ranked);
    });
    if (total)
        *total = int(all.size());
    const size_t count = std::min(all.size(), size_t(std::max(0, limit)));
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(count), all.end(), ranksWorse);
    all.resize(count);
    return all;
}
