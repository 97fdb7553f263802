#include "worststreams.h"

#include "record/enums.h"
#include "format/displayformat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

double badnessOf(const StreamVerdict* verdict)
{
    if (!verdict)
        return -1;
    double worst = 0;
    for (const RuleResult& rule : verdict->rules)
        worst = std::max(worst, std::min(ruleCloseness(rule), 999.0));
    // Poor streams always rank above the others.
    return verdict->verdict == Verdict::Poor ? 1000.0 + worst : worst;
}

} // namespace

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

QString RankedStream::fromTo() const
{
    if (!segment || !session)
        return {};
    QString caller = DisplayFormat::endpointName(segment->caller, session->caller);
    QString callee = DisplayFormat::endpointName(segment->callee, session->callee);
    if (caller.isEmpty())
        caller = QCoreApplication::translate("WorstStreams", "caller");
    if (callee.isEmpty())
        callee = QCoreApplication::translate("WorstStreams", "callee");
    const bool reverse
        = stream && enumValueName(EnumType::MediaStreamDirection, stream->streamDirection) == "calleeToCaller";
    return reverse ? callee + u" → " + caller : caller + u" → " + callee;
}

std::vector<RankedStream> worstStreams(const CallRecord& record, const RecordClassification& classification, int limit)
{
    std::vector<RankedStream> all;
    int sessionNumber = 0;
    for (const Session& session : record.sessions) {
        ++sessionNumber;
        for (const Segment& segment : session.segments) {
            for (const Media& media : segment.media) {
                for (const MediaStream& stream : media.streams) {
                    RankedStream ranked;
                    ranked.sessionNumber = sessionNumber;
                    ranked.session = &session;
                    ranked.segment = &segment;
                    ranked.media = &media;
                    ranked.stream = &stream;
                    ranked.verdict = classification.stream(&stream);
                    ranked.badness = badnessOf(ranked.verdict);
                    ranked.ordinal = int(all.size());
                    all.push_back(std::move(ranked));
                }
            }
        }
    }
    const size_t count = std::min(all.size(), size_t(std::max(0, limit)));
    // Ties keep record order: stable for tests and readers.
    std::partial_sort(
        all.begin(), all.begin() + std::ptrdiff_t(count), all.end(), [](const RankedStream& a, const RankedStream& b) {
            if (a.badness != b.badness)
                return a.badness > b.badness;
            return a.ordinal < b.ordinal;
        });
    all.resize(count);
    return all;
}
