#include "classifier.h"

#include "format/displayformat.h"
#include "record/noderef.h"

#include <QCoreApplication>

#include <charconv>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Classifier)
};

Verdict worst(Verdict a, Verdict b)
{
    return int(a) > int(b) ? a : b;
}

constexpr int kMaxReasonsPerNode = 6;
} // namespace

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Good:
        return QStringLiteral("good");
    case Verdict::Poor:
        return QStringLiteral("poor");
    case Verdict::Unclassified:
        break;
    }
    return QStringLiteral("unclassified");
}

int verdictOrder(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Poor:
        return 0;
    case Verdict::Good:
        return 1;
    case Verdict::Unclassified:
        break;
    }
    return 2;
}

QString verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Good:
        return Tr::tr("Good");
    case Verdict::Poor:
        return Tr::tr("Poor");
    case Verdict::Unclassified:
        break;
    }
    return Tr::tr("Unclassified");
}

QString RuleResult::text() const
{
    if (poor)
        //: %1 metric, %2 value, %3 condition such as "> 30 ms", %4 profile name
        return Tr::tr("%1 %2 %3 (%4)")
            .arg(metricLabel(metric), formatMetric(metric, value), rule.conditionText(), profile);
    //: %1 metric, %2 value, %3 condition such as "> 30 ms", %4 profile name
    return Tr::tr("%1 %2 (poor if %3; %4)")
        .arg(metricLabel(metric), formatMetric(metric, value), rule.conditionText(), profile);
}

QString DeviceProblem::text() const
{
    const QString who = caller ? Tr::tr("caller's") : Tr::tr("callee's");
    const QString what = capture ? Tr::tr("microphone") : Tr::tr("speaker");
    //: %1 caller's/callee's, %2 microphone/speaker, %3 ratio as percent, %4 threshold as percent
    return Tr::tr("%1 %2 not working for %3 of the call (≥ %4 is a device problem)")
        .arg(who, what, DisplayFormat::percentFromFraction(ratio), DisplayFormat::percentFromFraction(threshold));
}

QString StreamVerdict::reasonsText() const
{
    if (verdict == Verdict::Unclassified)
        return unclassifiedReason;
    QStringList parts;
    for (const auto& rule : rules) {
        const QString value = metricLabel(rule.metric) + u' ' + formatMetric(rule.metric, rule.value);
        if (verdict == Verdict::Poor && rule.poor)
            parts.append(value + u' ' + rule.rule.conditionText());
        else if (verdict == Verdict::Good)
            //: %1 metric and value, %2 the poor condition such as "> 30 ms"
            parts.append(Tr::tr("%1 (poor if %2)").arg(value, rule.rule.conditionText()));
    }
    return parts.join(u"; ");
}

QString StreamVerdict::reasonsCsv() const
{
    const auto number = [](double value) {
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        return QString::fromLatin1(buffer, result.ptr - buffer);
    };
    const auto op = [](ThresholdRule::Poor poor) {
        switch (poor) {
        case ThresholdRule::Poor::Above:
            return QStringLiteral(">");
        case ThresholdRule::Poor::AtOrAbove:
            return QStringLiteral(">=");
        case ThresholdRule::Poor::Below:
            return QStringLiteral("<");
        case ThresholdRule::Poor::AtOrBelow:
            return QStringLiteral("<=");
        }
        return QString();
    };
    QStringList parts;
    for (const auto& rule : rules) {
        if (rule.poor)
            parts.append(metricName(rule.metric) + u' ' + number(rule.value) + u' ' + op(rule.rule.poorWhen) + u' '
                + number(rule.rule.threshold));
    }
    return parts.join(u"; ");
}

StreamVerdict classifyStream(const MediaStream& stream, MediaKind kind, const QualityProfile& profile)
{
    StreamVerdict result;
    result.kind = kind;
    const RuleSet& rules = profile.rulesFor(kind);
    if (rules.rules.empty()) {
        //: %1 the profile's name, e.g. "CQD poor stream"; %2 a media kind such as "video"
        result.unclassifiedReason
            = Tr::tr("the profile \"%1\" has no rules for %2 streams").arg(profile.name, mediaKindName(kind));
        return result;
    }
    bool anyReported = false;
    result.rules.reserve(rules.mode == RuleSet::Mode::FirstAvailable ? 1 : rules.rules.size());
    for (const ThresholdRule& rule : rules.rules) {
        const OptionalDouble value = metricValue(stream, rule.metric);
        if (!value)
            continue;
        anyReported = true;
        const bool poor = rule.isPoor(*value);
        result.rules.push_back({ rule.metric, *value, rule, poor, profile.name });
        if (poor)
            result.verdict = Verdict::Poor;
        if (rules.mode == RuleSet::Mode::FirstAvailable)
            break; // the first reported metric decides
    }
    if (!anyReported) {
        //: %1 a media kind such as "audio", "video" or "screen sharing"
        result.unclassifiedReason = Tr::tr("none of the %1 metrics this profile tests was reported; this usually "
                                           "means the endpoint sent no quality report, the stream was very short, "
                                           "or a muted listener sent too few packets")
                                        .arg(mediaKindName(kind));
        return result;
    }
    if (result.verdict != Verdict::Poor)
        result.verdict = Verdict::Good;
    return result;
}

RecordClassification::RecordClassification(const CallRecord& record, const QualityProfile& profile)
    : m_profile(profile)
{
    const RecordCounts counts = countNodes(record);
    m_streams.reserve(size_t(counts.streams));
    m_streamIndex.reserve(size_t(counts.streams));
    m_rollUp.reserve(size_t(1 + counts.sessions + counts.segments + counts.media + counts.streams));
    Verdict recordVerdict = Verdict::Unclassified;
    for (const Session& session : record.sessions) {
        Verdict sessionVerdict = Verdict::Unclassified;
        for (const Segment& segment : session.segments) {
            Verdict segmentVerdict = Verdict::Unclassified;
            for (const Media& media : segment.media) {
                const MediaKind kind = mediaKind(media, &session);
                Verdict mediaVerdict = Verdict::Unclassified;
                for (const MediaStream& stream : media.streams) {
                    StreamVerdict verdict = classifyStream(stream, kind, profile);
                    mediaVerdict = worst(mediaVerdict, verdict.verdict);
                    if (verdict.verdict == Verdict::Poor)
                        ++m_poorStreams;
                    m_rollUp.insert(&stream, uint32_t(verdict.verdict));
                    m_streamIndex.insert(&stream, uint32_t(m_streams.size()));
                    m_streams.push_back(std::move(verdict));
                }
                // Call Analytics device rule, on both ends of the media.
                std::vector<DeviceProblem> problems;
                const auto check = [&](const std::optional<DeviceInfo>& device, bool caller) {
                    if (!device)
                        return;
                    if (device->captureNotFunctioningEventRatio
                        && *device->captureNotFunctioningEventRatio >= profile.deviceNotFunctioningRatio)
                        problems.push_back({ caller, true, *device->captureNotFunctioningEventRatio,
                            profile.deviceNotFunctioningRatio });
                    if (device->renderNotFunctioningEventRatio
                        && *device->renderNotFunctioningEventRatio >= profile.deviceNotFunctioningRatio)
                        problems.push_back({ caller, false, *device->renderNotFunctioningEventRatio,
                            profile.deviceNotFunctioningRatio });
                };
                check(media.callerDevice, true);
                check(media.calleeDevice, false);
                if (!problems.empty()) {
                    mediaVerdict = Verdict::Poor;
                    m_devices.emplace(&media, std::move(problems));
                }
                m_rollUp.insert(&media, uint32_t(mediaVerdict));
                segmentVerdict = worst(segmentVerdict, mediaVerdict);
            }
            m_rollUp.insert(&segment, uint32_t(segmentVerdict));
            sessionVerdict = worst(sessionVerdict, segmentVerdict);
        }
        m_rollUp.insert(&session, uint32_t(sessionVerdict));
        recordVerdict = worst(recordVerdict, sessionVerdict);
    }
    m_recordVerdict = recordVerdict;
    m_rollUp.insert(&record, uint32_t(recordVerdict));
}

namespace {
bool sameShape(const CallRecord& a, const CallRecord& b)
{
    if (a.sessions.size() != b.sessions.size())
        return false;
    for (size_t s = 0; s < a.sessions.size(); ++s) {
        const auto& x = a.sessions[s].segments;
        const auto& y = b.sessions[s].segments;
        if (x.size() != y.size())
            return false;
        for (size_t g = 0; g < x.size(); ++g) {
            if (x[g].media.size() != y[g].media.size())
                return false;
            for (size_t m = 0; m < x[g].media.size(); ++m) {
                if (x[g].media[m].streams.size() != y[g].media[m].streams.size())
                    return false;
            }
        }
    }
    return true;
}
} // namespace

RecordClassification::RecordClassification(
    const RecordClassification& judged, const CallRecord& judgedRecord, const CallRecord& copy)
{
    if (!sameShape(judgedRecord, copy)) {
        *this = RecordClassification(copy, judged.m_profile);
        return;
    }
    m_profile = judged.m_profile;
    m_streams = judged.m_streams; // in record order, the same in both
    m_recordVerdict = judged.m_recordVerdict;
    m_poorStreams = judged.m_poorStreams;
    const RecordCounts counts = countNodes(copy);
    m_streamIndex.reserve(size_t(counts.streams));
    m_rollUp.reserve(size_t(1 + counts.sessions + counts.segments + counts.media + counts.streams));
    const auto same
        = [&](const void* original, const void* mine) { m_rollUp.insert(mine, uint32_t(judged.verdict(original))); };
    same(&judgedRecord, &copy);
    uint32_t streamNumber = 0;
    for (size_t s = 0; s < copy.sessions.size(); ++s) {
        const Session& session = copy.sessions[s];
        same(&judgedRecord.sessions[s], &session);
        for (size_t g = 0; g < session.segments.size(); ++g) {
            const Segment& original = judgedRecord.sessions[s].segments[g];
            same(&original, &session.segments[g]);
            for (size_t m = 0; m < original.media.size(); ++m) {
                const Media& media = session.segments[g].media[m];
                same(&original.media[m], &media);
                if (const auto* problems = judged.deviceProblems(&original.media[m]))
                    m_devices.emplace(&media, *problems);
                for (size_t i = 0; i < media.streams.size(); ++i) {
                    same(&original.media[m].streams[i], &media.streams[i]);
                    m_streamIndex.insert(&media.streams[i], streamNumber++);
                }
            }
        }
    }
}

const StreamVerdict* RecordClassification::stream(const MediaStream* stream) const
{
    const int64_t index = m_streamIndex.find(stream);
    return index < 0 ? nullptr : &m_streams[size_t(index)];
}

Verdict RecordClassification::verdict(const void* node) const
{
    const int64_t verdict = m_rollUp.find(node);
    return verdict < 0 ? Verdict::Unclassified : Verdict(verdict);
}

const std::vector<DeviceProblem>* RecordClassification::deviceProblems(const Media* media) const
{
    const auto it = m_devices.find(media);
    return it == m_devices.end() ? nullptr : &it->second;
}

QString RecordClassification::explain(const CallRecord& record, const void* node) const
{
    const Verdict v = verdict(node);
    QString text = verdictText(v) + u" — " + m_profile.name;
    if (const auto* s = stream(static_cast<const MediaStream*>(node))) {
        if (s->verdict == Verdict::Unclassified) {
            text += u'\n' + s->unclassifiedReason;
            return text;
        }
        for (const auto& rule : s->rules) {
            if (s->verdict != Verdict::Poor || rule.poor)
                text += u"\n• " + rule.text();
        }
        return text;
    }
    if (v != Verdict::Poor)
        return text;
    // Walk down to the poor streams and device problems below this node.
    int listed = 0;
    const auto addMedia = [&](const Media& media) {
        if (const auto* problems = deviceProblems(&media)) {
            for (const auto& problem : *problems) {
                if (listed++ < kMaxReasonsPerNode)
                    text += u"\n• " + problem.text();
            }
        }
        for (const MediaStream& s : media.streams) {
            const StreamVerdict* sv = stream(&s);
            if (!sv || sv->verdict != Verdict::Poor)
                continue;
            for (const auto& rule : sv->rules) {
                if (rule.poor && listed++ < kMaxReasonsPerNode)
                    text += u"\n• " + rule.text();
            }
        }
    };
    forEachMedia(record, NodePath::record(), [&](const MediaPlace& m) {
        if (node == &record || node == &m.session || node == &m.segment || node == &m.media)
            addMedia(m.media);
    });
    if (listed > kMaxReasonsPerNode)
        text += u"\n" + Tr::tr("… and more");
    return text;
}
