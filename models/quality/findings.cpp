#include "findings.h"

#include "format/displayformat.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Findings)
};

namespace F = DisplayFormat;

QString nameOr(const QString& name, const QString& fallback)
{
    return name.isEmpty() ? fallback : name;
}

QString possessive(const QString& name)
{
    //: %1 a display name such as "Rita Moura", or "the caller"; gives the possessive "Rita Moura's"
    return Tr::tr("%1's").arg(name);
}

/// Adds a context finding once per person and cause (not once per stream).
struct ContextSink {
    std::vector<Finding>& out;
    QSet<QString>& seen;
    const Finding& base;
    const QString& who;

    bool fresh(const char* rule) const { return !seen.contains(QLatin1String(rule) + u'|' + who); }
    void add(const char* rule, Finding::Severity severity, const QString& title, const QStringList& evidence,
        const QString& next)
    {
        seen.insert(QLatin1String(rule) + u'|' + who);
        Finding f = base;
        f.rule = QString::fromLatin1(rule);
        f.severity = severity;
        f.title = title;
        f.evidence = evidence;
        f.nextStep = next;
        f.stream = nullptr;
        out.push_back(std::move(f));
    }
};

/// Context about one end's network that can explain poor media, each with a next step.
void networkContext(std::vector<Finding>& out, QSet<QString>& seen, const Finding& base, const QString& who,
    const std::optional<NetworkInfo>& network)
{
    if (!network)
        return;
    const NetworkInfo& n = *network;
    ContextSink sink { out, seen, base, who };
    const auto fresh = [&](const char* rule) { return sink.fresh(rule); };
    const auto add
        = [&](const char* rule, Finding::Severity severity, const QString& title, const QStringList& evidence,
              const QString& next) { sink.add(rule, severity, title, evidence, next); };
    const int type = n.connectionType.index;
    if (type == ConnectionType::Wifi && fresh("wifi")) {
        QStringList evidence;
        if (!n.wifiBand.isNull())
            //: %1 the Wi-Fi band as Graph names it, e.g. "frequency50GHz"
            evidence.append(Tr::tr("band: %1").arg(enumValueText(EnumType::WifiBand, n.wifiBand)));
        if (n.wifiChannel)
            //: %1 the Wi-Fi channel number, e.g. 36
            evidence.append(Tr::tr("channel %1").arg(*n.wifiChannel));
        if (n.wifiSignalStrength)
            //: %1 the Wi-Fi signal strength as a number from 0 to 100, e.g. 42
            evidence.append(Tr::tr("signal %1 %").arg(*n.wifiSignalStrength));
        if (!n.wifiRadioType.isNull())
            //: %1 the Wi-Fi radio type as Graph names it, e.g. "wifi80211ac"
            evidence.append(Tr::tr("radio: %1").arg(enumValueText(EnumType::WifiRadioType, n.wifiRadioType)));
        const bool weak = n.wifiSignalStrength && *n.wifiSignalStrength < 50;
        const bool band24 = n.wifiBand.index == 1; // frequency24GHz
        add("wifi", weak || band24 ? Finding::Severity::Warning : Finding::Severity::Note,
            //: %1 a display name such as "Rita Moura"; %2 is empty, " with a weak signal" or " on the 2.4 GHz band"
            Tr::tr("%1 was on Wi-Fi%2")
                .arg(who, weak ? Tr::tr(" with a weak signal") : (band24 ? Tr::tr(" on the 2.4 GHz band") : QString())),
            evidence, Tr::tr("Use a wired connection, or move closer to the access point and prefer the 5 GHz band."));
    } else if (type == ConnectionType::Tunnel && fresh("vpn")) {
        //: %1 a display name such as "Rita Moura"
        add("vpn", Finding::Severity::Warning, Tr::tr("%1's media went through a VPN tunnel").arg(who),
            { Tr::tr("connection type: tunnel") },
            Tr::tr("Check VPN split tunnelling: Teams media should bypass the VPN."));
    } else if (type == ConnectionType::Mobile && fresh("mobile")) {
        //: %1 a display name such as "Rita Moura"
        add("mobile", Finding::Severity::Note, Tr::tr("%1 was on a mobile (cellular) network").arg(who),
            { Tr::tr("connection type: mobile") },
            Tr::tr("Prefer Wi-Fi or a wired connection for calls when possible."));
    }
    if (n.networkTransportProtocol.index == 2 && fresh("tcp")) { // tcp
        //: %1 a display name such as "Rita Moura"
        add("tcp", Finding::Severity::Warning, Tr::tr("%1's media used TCP instead of UDP").arg(who),
            { Tr::tr("transport: tcp") },
            Tr::tr(
                "Allow UDP 3478-3481 to Microsoft 365 in the firewall; media over TCP suffers from loss and delay."));
    }
    if (!n.relayIPAddress.isEmpty() && fresh("relay")) {
        //: %1 a display name such as "Rita Moura"
        add("relay", Finding::Severity::Note, Tr::tr("%1's media was relayed").arg(who),
            //: %1 the relay's IP address, e.g. "52.112.0.10"
            { Tr::tr("relay %1").arg(n.relayIPAddress.toQString()) },
            Tr::tr("Relays are normal behind NAT; if media is often relayed, check that UDP to Microsoft is allowed."));
    }
    const double sent = n.sentQualityEventRatio.value_or(0);
    const double received = n.receivedQualityEventRatio.value_or(0);
    if ((sent > 0 || received > 0) && fresh("qualityEvents")) {
        add("qualityEvents", Finding::Severity::Note,
            //: %1 a display name such as "Rita Moura"
            Tr::tr("%1's network degraded audio for part of the call").arg(who),
            //: %1 a percentage of the call time such as "3.5 %", %2 likewise
            { Tr::tr(
                "sent audio affected %1 of the time, received audio %2 (Microsoft publishes no threshold for these)")
                    .arg(F::percentFromFraction(sent), F::percentFromFraction(received)) },
            Tr::tr("Look for congestion on that network at the time of the call."));
    }
}

void deviceContext(std::vector<Finding>& out, QSet<QString>& seen, const Finding& base, const QString& who,
    const std::optional<DeviceInfo>& device)
{
    if (!device)
        return;
    const DeviceInfo& d = *device;
    ContextSink sink { out, seen, base, who };
    const auto fresh = [&](const char* rule) { return sink.fresh(rule); };
    const auto add
        = [&](const char* rule, Finding::Severity severity, const QString& title, const QStringList& evidence,
              const QString& next) { sink.add(rule, severity, title, evidence, next); };
    const double muted = std::max(d.renderMuteEventRatio.value_or(0), d.renderZeroVolumeEventRatio.value_or(0));
    if (muted > 0 && fresh("speakerMuted")) {
        add("speakerMuted", Finding::Severity::Warning,
            //: %1 a possessive such as "Rita Moura's", %2 a percentage such as "12 %"
            Tr::tr("%1 speaker was muted or at zero volume for %2 of the call")
                .arg(possessive(who), F::percentFromFraction(muted)),
            //: %1 the speaker device's name, e.g. "Speakers (Realtek Audio)"
            { d.renderDeviceName.isEmpty() ? QString() : Tr::tr("speaker: %1").arg(d.renderDeviceName.toQString()) },
            Tr::tr("Check the speaker or headset volume and the system mute setting."));
    }
    if (d.cpuInsufficentEventRatio && *d.cpuInsufficentEventRatio > 0 && fresh("cpu")) {
        add("cpu", Finding::Severity::Note,
            //: %1 a possessive such as "Rita Moura's", %2 a percentage such as "12 %"
            Tr::tr("%1 computer was short of CPU for %2 of the call")
                .arg(possessive(who), F::percentFromFraction(*d.cpuInsufficentEventRatio)),
            { Tr::tr("Microsoft publishes no threshold for this ratio") },
            Tr::tr("Close other heavy applications during calls."));
    }
    if (((d.micGlitchRate && *d.micGlitchRate > 0) || (d.speakerGlitchRate && *d.speakerGlitchRate > 0))
        && fresh("glitches")) {
        //: %1 a possessive such as "Rita Moura's"
        add("glitches", Finding::Severity::Note, Tr::tr("%1 audio device reported glitches").arg(possessive(who)),
            //: %1 and %2 glitch counts such as "3", or "—" when not reported
            { Tr::tr("microphone %1, speaker %2 glitches per 5 minutes (Microsoft publishes no threshold)")
                    .arg(d.micGlitchRate ? F::number(*d.micGlitchRate, 0) : F::missing(),
                        d.speakerGlitchRate ? F::number(*d.speakerGlitchRate, 0) : F::missing()) },
            Tr::tr("If the user heard crackling, update the audio driver or try another headset."));
    }
}

int severityRank(Finding::Severity s)
{
    return s == Finding::Severity::Problem ? 0 : (s == Finding::Severity::Warning ? 1 : 2);
}
} // namespace

FindingsResult computeFindings(const CallRecord& record, const RecordClassification& classification, int limit)
{
    std::vector<Finding> problems;
    std::vector<Finding> context;
    int uncounted = 0;
    QSet<QString> seen;
    int sessionNumber = 0;
    for (const Session& session : record.sessions) {
        ++sessionNumber;
        const QString sessionCaller = DisplayFormat::sideName(DisplayFormat::Side::Caller, session.caller);
        const QString sessionCallee = DisplayFormat::sideName(DisplayFormat::Side::Callee, session.callee);
        Finding base;
        base.session = &session;
        base.sessionNumber = sessionNumber;
        if (failureReported(session.failureInfo)) {
            Finding f = base;
            f.rule = QStringLiteral("failure");
            f.severity = Finding::Severity::Problem;
            //: %1 session number, %2 caller, %3 callee (names), %4 what failed and why, e.g. "Failed at callSetup:
            //: timeout"
            f.title = Tr::tr("Session %1 (%2 → %3): %4")
                          .arg(sessionNumber)
                          .arg(sessionCaller, sessionCallee, DisplayFormat::failure(session.failureInfo));
            f.nextStep = Tr::tr("Look the reason up in the Teams admin center's call analytics for this call.");
            problems.push_back(std::move(f));
        }
        for (const auto* endpoint : { &session.caller, &session.callee }) {
            if (*endpoint && (*endpoint)->feedback) {
                const UserFeedback& feedback = *(*endpoint)->feedback;
                const int rating = feedback.rating.index; // notRated 0, bad 1, poor 2, fair 3, good 4, excellent 5
                if (rating == 1 || rating == 2 || rating == 3) {
                    QStringList tokens;
                    if (feedback.tokens) {
                        for (const auto& token : *feedback.tokens) {
                            if (token.value && *token.value)
                                tokens.append(token.name.toQString());
                        }
                    }
                    Finding f = base;
                    f.rule = QStringLiteral("feedback");
                    f.severity = rating == 3 ? Finding::Severity::Warning : Finding::Severity::Problem;
                    const QString who = nameOr(endpointDisplayName(**endpoint), Tr::tr("A participant"));
                    // The rating in words of the reader's language; the feedback tokens stay
                    // Graph's names ("Noisy", "Echo"), which the admin center shows too.
                    const QString ratingText = rating == 1 ? Tr::tr("bad", "the user's rating of the call")
                        : rating == 2                      ? Tr::tr("poor", "the user's rating of the call")
                                                           : Tr::tr("fair", "the user's rating of the call");
                    f.title = tokens.isEmpty()
                        //: %1 a display name such as "Rita Moura", %2 the rating word ("bad", "poor" or "fair")
                        ? Tr::tr("%1 rated the call %2").arg(who, ratingText)
                        //: %1 a display name, %2 the rating word ("poor"), %3 Graph's tokens, e.g. "Echo, Noisy"
                        : Tr::tr("%1 rated the call %2: %3").arg(who, ratingText, tokens.join(u", "));
                    if (!feedback.text.isEmpty())
                        //: %1 the feedback text the user typed
                        f.evidence.append(Tr::tr("comment: “%1”").arg(feedback.text.toQString()));
                    f.nextStep
                        = Tr::tr("Compare with the stream verdicts below: the user's words say what they noticed.");
                    problems.push_back(std::move(f));
                }
            }
        }
        for (const Segment& segment : session.segments) {
            const QString caller = DisplayFormat::sideName(DisplayFormat::Side::Caller, segment.caller, session.caller);
            const QString callee = DisplayFormat::sideName(DisplayFormat::Side::Callee, segment.callee, session.callee);
            Finding segmentBase = base;
            segmentBase.segment = &segment;
            for (const Media& media : segment.media) {
                Finding mediaBase = segmentBase;
                mediaBase.media = &media;
                bool mediaHasPoor = false;
                if (const auto* devices = classification.deviceProblems(&media)) {
                    for (const DeviceProblem& problem : *devices) {
                        Finding f = mediaBase;
                        f.rule = QStringLiteral("deviceNotFunctioning");
                        f.severity = Finding::Severity::Problem;
                        const QString who = problem.caller ? caller : callee;
                        const auto& device = problem.caller ? media.callerDevice : media.calleeDevice;
                        //: %1 a possessive such as "Rita Moura's", %2 a percentage such as "12 %"
                        f.title = problem.capture
                            ? Tr::tr("%1 microphone was not working for %2 of the call")
                                  .arg(possessive(who), F::percentFromFraction(problem.ratio))
                            //: %1 a possessive such as "Rita Moura's", %2 a percentage such as "12 %"
                            : Tr::tr("%1 speaker was not working for %2 of the call")
                                  .arg(possessive(who), F::percentFromFraction(problem.ratio));
                        const Text name = problem.capture ? device->captureDeviceName : device->renderDeviceName;
                        const Text driver = problem.capture ? device->captureDeviceDriver : device->renderDeviceDriver;
                        if (!name.isEmpty())
                            //: %1 the device's name, e.g. "Microphone (Jabra Evolve 65)"
                            f.evidence.append(Tr::tr("device: %1").arg(name.toQString()));
                        if (!driver.isEmpty())
                            //: %1 the audio device's driver as the endpoint reported it
                            f.evidence.append(Tr::tr("driver: %1").arg(driver.toQString()));
                        //: %1 the profile's threshold as a percentage, e.g. "0.50 %"
                        f.evidence.append(Tr::tr("Call Analytics treats %1 or more as a device problem")
                                              .arg(F::percentFromFraction(problem.threshold)));
                        f.nextStep = Tr::tr("Check the headset or microphone connection and update the audio driver.");
                        problems.push_back(std::move(f));
                    }
                }
                for (const MediaStream& stream : media.streams) {
                    const StreamVerdict* verdict = classification.stream(&stream);
                    if (!verdict || verdict->verdict != Verdict::Poor)
                        continue;
                    mediaHasPoor = true;
                    if (limit >= 0 && int(problems.size()) >= limit) {
                        ++uncounted; // beyond what will be shown: counted, not written
                        continue;
                    }
                    const bool up = stream.streamDirection.index != StreamDirection::CalleeToCaller;
                    const QString sender = up ? caller : callee;
                    const QString receiver = up ? callee : caller;
                    QStringList broken;
                    for (const auto& rule : verdict->rules) {
                        if (rule.poor)
                            //: %1 metric, %2 value, %3 condition such as "> 1.00"
                            broken.append(Tr::tr("%1 %2 (poor if %3)")
                                              .arg(metricLabel(rule.metric), formatMetric(rule.metric, rule.value),
                                                  rule.rule.conditionText()));
                    }
                    Finding f = mediaBase;
                    f.stream = &stream;
                    f.rule = QStringLiteral("poorStream");
                    f.severity = Finding::Severity::Problem;
                    //: %1 receiver's, %2 media kind, %3 sender, %4 the broken rules
                    f.title = Tr::tr("%1 incoming %2 from %3: %4")
                                  .arg(possessive(receiver), mediaKindName(verdict->kind), sender, broken.join(u"; "));
                    //: %1 session number, %2 media label such as "main-audio", %3 sender, %4 receiver, %5 profile name
                    f.evidence.append(
                        Tr::tr("session %1, %2, %3 → %4 (profile: %5)")
                            .arg(sessionNumber)
                            .arg(media.label.toQString(), sender, receiver, classification.profile().name));
                    // Which side: the sender's network carries the stream out, the receiver's in.
                    const auto& senderNetwork = up ? media.callerNetwork : media.calleeNetwork;
                    if (senderNetwork && senderNetwork->connectionType.index == ConnectionType::Wifi)
                        //: %1 the sending participant's display name, e.g. "Rita Moura"
                        f.evidence.append(Tr::tr("the sender (%1) was on Wi-Fi").arg(sender));
                    //: %1 the sender's display name, %2 the receiver's display name
                    f.nextStep
                        = Tr::tr("See the network and device notes for %1 and %2 below; the sender's uplink and the "
                                 "receiver's downlink both carry this stream.")
                              .arg(sender, receiver);
                    problems.push_back(std::move(f));
                }
                if (mediaHasPoor || classification.deviceProblems(&media)) {
                    networkContext(context, seen, mediaBase, caller, media.callerNetwork);
                    networkContext(context, seen, mediaBase, callee, media.calleeNetwork);
                    deviceContext(context, seen, mediaBase, caller, media.callerDevice);
                    deviceContext(context, seen, mediaBase, callee, media.calleeDevice);
                }
            }
        }
    }
    std::stable_sort(problems.begin(), problems.end(),
        [](const Finding& a, const Finding& b) { return severityRank(a.severity) < severityRank(b.severity); });
    std::stable_sort(context.begin(), context.end(),
        [](const Finding& a, const Finding& b) { return severityRank(a.severity) < severityRank(b.severity); });
    FindingsResult result;
    for (auto& f : problems)
        result.findings.push_back(std::move(f));
    for (auto& f : context)
        result.findings.push_back(std::move(f));
    result.omitted = uncounted;
    if (limit >= 0 && int(result.findings.size()) > limit) {
        result.omitted += int(result.findings.size()) - limit;
        result.findings.resize(size_t(limit));
    }
    return result;
}

QString findingsText(const FindingsResult& result)
{
    if (result.findings.empty())
        return Tr::tr("No problems found with this profile.") + u'\n';
    QString out;
    int number = 0;
    for (const Finding& f : result.findings) {
        out += QString::number(++number) + u". " + f.title + u'\n';
        for (const QString& line : f.evidence) {
            if (!line.isEmpty())
                out += u"   - " + line + u'\n';
        }
        if (!f.nextStep.isEmpty())
            //: %1 the finding's advice, a sentence such as "Close other heavy applications during calls."
            out += u"   " + Tr::tr("Next step: %1").arg(f.nextStep) + u'\n';
    }
    if (result.omitted > 0)
        //: %1 the number of further findings left out, e.g. 3
        out += Tr::tr("… %1 more findings not listed").arg(result.omitted) + u'\n';
    return out;
}
