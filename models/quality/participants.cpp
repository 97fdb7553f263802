#include "participants.h"

#include "worststreams.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Participants)
};

/// Who an endpoint is, as far as the record says.
struct Person {
    QString id;
    QString name;
    QString upnOrNumber;
    QString kind; // Graph's member name: "user", "guest", "phone", ...
    QString tenantId;
    bool service = false;
};

Person personOf(const Identity& identity, const QString& kind)
{
    Person person;
    person.kind = kind;
    person.id = identity.id.toQString().trimmed();
    person.name = identity.displayName.toQString().trimmed();
    person.tenantId = identity.tenantId.toQString();
    if (!identity.userPrincipalName.isEmpty())
        person.upnOrNumber = identity.userPrincipalName.toQString();
    else if (!identity.email.isEmpty())
        person.upnOrNumber = identity.email.toQString();
    else if (kind == u"phone")
        person.upnOrNumber = person.id;
    return person;
}

Person personOf(const IdentitySet& set)
{
    // The member that names the party best; a display name from another member fills in.
    const IdentityEntry* entry = set.primary();
    if (!entry)
        return {};
    Person person = personOf(*entry->identity, QString::fromStdString(IdentitySet::graphKindName(entry->kind.view())));
    if (person.name.isEmpty())
        person.name = identitySetDisplayName(set);
    return person;
}

bool isService(const Endpoint& endpoint)
{
    return endpoint.kind == EndpointKind::Service
        || (endpoint.userAgent && endpoint.userAgent->kind == UserAgentKind::Service);
}

Person personOf(const Endpoint& endpoint)
{
    if (isService(endpoint)) {
        Person service;
        service.service = true;
        service.name = endpointDisplayName(endpoint);
        if (service.name.isEmpty())
            service.name = Tr::tr("Conferencing service");
        return service;
    }
    Person person;
    if (endpoint.associatedIdentity)
        person = personOf(*endpoint.associatedIdentity, QStringLiteral("user"));
    if (person.id.isEmpty() && person.name.isEmpty() && endpoint.identity)
        person = personOf(*endpoint.identity);
    if (person.name.isEmpty())
        person.name = endpointDisplayName(endpoint);
    return person;
}

void raise(Milliseconds& worst, const OptionalDouble& value)
{
    if (value && (!worst || *value > *worst))
        worst = value;
}

void addStream(DirectionSummary& summary, const MediaStream& stream, const NodePath& path,
    const RecordClassification& classification, RankedStream::Key& worstKey)
{
    const StreamVerdict* verdict = classification.stream(&stream);
    ++summary.streams;
    if (verdict && verdict->verdict == Verdict::Poor)
        ++summary.poorStreams;
    raise(summary.worstJitter, stream.averageJitter);
    raise(summary.worstRoundTrip, stream.averageRoundTripTime);
    raise(summary.worstLoss, stream.averagePacketLossRate);
    RankedStream candidate;
    candidate.key = rankKey(stream, verdict);
    RankedStream current;
    current.key = worstKey;
    if (!summary.worstStream || ranksWorse(candidate, current)) {
        summary.worstStream = &stream;
        summary.worstPath = path;
        summary.verdict = verdict ? verdict->verdict : Verdict::Unclassified;
        summary.decidingRule = verdict ? worstRule(*verdict) : nullptr;
        worstKey = candidate.key;
    }
}

void addDistinct(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

QString clientText(const Endpoint& endpoint)
{
    if (!endpoint.userAgent || endpoint.userAgent->kind == UserAgentKind::Service)
        return {};
    const UserAgent& agent = *endpoint.userAgent;
    QString text = enumValueText(EnumType::ClientPlatform, agent.platform);
    const QString version
        = agent.applicationVersion.isEmpty() ? agent.headerValue.toQString() : agent.applicationVersion.toQString();
    if (!version.isEmpty())
        text = text.isEmpty() ? version : text + u' ' + version;
    return text;
}

QString connectionText(const NetworkInfo& network)
{
    QString text = enumValueText(EnumType::NetworkConnectionType, network.connectionType);
    const QString band = enumValueText(EnumType::WifiBand, network.wifiBand);
    // A band only says something about Wi-Fi (some clients report one for wired links too).
    const bool wifi = network.connectionType.index == ConnectionType::Wifi || network.connectionType.isNull();
    if (wifi && !band.isEmpty() && band != u"unknown")
        text = text.isEmpty() ? band : text + u" (" + band + u')';
    return text;
}

/// Index of a feedback rating for "worst": bad (1) is the worst, excellent (5) the best; not
/// rated and unknown members do not count.
int ratingBadness(const EnumValue& rating)
{
    return rating.index >= 1 && rating.index <= 5 ? 6 - rating.index : 0;
}

class Builder {
public:
    Builder(const CallRecord& record, const RecordClassification& classification)
        : m_record(record)
        , m_classification(classification)
    {
        organizer();
        if (record.participantsV2) {
            for (const Participant& participant : *record.participantsV2) {
                Person person = participant.identity ? personOf(*participant.identity) : Person {};
                if (person.id.isEmpty())
                    person.id = participant.id.toQString();
                if (!person.id.isEmpty() || !person.name.isEmpty())
                    row(person, {}).listed = true;
            }
        } else if (record.participants) {
            for (const IdentitySet& set : *record.participants) {
                const Person person = personOf(set);
                if (!person.id.isEmpty() || !person.name.isEmpty())
                    row(person, {}).listed = true;
            }
        }
        for (size_t s = 0; s < record.sessions.size(); ++s)
            session(record.sessions[s], int(s));
    }

    std::vector<ParticipantSummary> take()
    {
        std::vector<size_t> order(m_rows.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [this](size_t a, size_t b) { return worse(a, b); });
        std::vector<ParticipantSummary> result;
        result.reserve(m_rows.size());
        for (size_t i : order)
            result.push_back(std::move(m_rows[i]));
        return result;
    }

private:
    struct Keys {
        RankedStream::Key sent;
        RankedStream::Key received;
    };

    void organizer()
    {
        if (m_record.organizerV2 && m_record.organizerV2->identity) {
            const Person person = personOf(*m_record.organizerV2->identity);
            m_organizerId = person.id.isEmpty() ? m_record.organizerV2->id.toQString() : person.id;
            m_organizerTenant = person.tenantId;
        } else if (m_record.organizer) {
            const Person person = personOf(*m_record.organizer);
            m_organizerId = person.id;
            m_organizerTenant = person.tenantId;
        }
    }

    ParticipantRole roleOf(const Person& person) const
    {
        if (person.service)
            return ParticipantRole::Service;
        if (!person.id.isEmpty() && person.id.compare(m_organizerId, Qt::CaseInsensitive) == 0)
            return ParticipantRole::Organizer;
        if (person.kind == u"guest" || (person.id.isEmpty() && person.upnOrNumber.isEmpty()))
            return ParticipantRole::Anonymous;
        if (person.kind == u"phone"
            || (!person.tenantId.isEmpty() && !m_organizerTenant.isEmpty()
                && person.tenantId.compare(m_organizerTenant, Qt::CaseInsensitive) != 0))
            return ParticipantRole::External;
        return ParticipantRole::Attendee;
    }

    /// The row of `person`, made if new: by id, then by display name; `unnamedKey` for nobody.
    ParticipantSummary& row(const Person& person, const QString& unnamedKey)
    {
        QString key;
        if (person.service)
            key = u"service:"_qs + person.name;
        else if (!person.id.isEmpty())
            key = u"id:"_qs + person.id.toLower();
        else if (!person.name.isEmpty())
            key = u"name:"_qs + person.name;
        else
            key = unnamedKey;
        std::optional<size_t> found;
        if (const auto it = m_byKey.constFind(key); it != m_byKey.constEnd())
            found = *it;
        if (!found && !person.service && !person.name.isEmpty()) {
            // No id, or an id not seen yet: the same display name is the same person, unless
            // both have ids (two people who share a name).
            if (const auto it = m_byName.constFind(person.name);
                it != m_byName.constEnd() && (person.id.isEmpty() || m_rows[*it].id.isEmpty()))
                found = *it;
        }
        if (found) {
            ParticipantSummary& existing = m_rows[*found];
            if (existing.id.isEmpty() && !person.id.isEmpty()) {
                existing.id = person.id;
                m_byKey.insert(key, *found);
            }
            if (existing.upnOrNumber.isEmpty())
                existing.upnOrNumber = person.upnOrNumber;
            if (existing.identityKind.isEmpty())
                existing.identityKind = person.kind;
            return existing;
        }
        ParticipantSummary summary;
        summary.key = key;
        summary.name = person.name.isEmpty() ? person.id : person.name;
        summary.id = person.id;
        summary.upnOrNumber = person.upnOrNumber;
        summary.identityKind = person.kind;
        summary.role = roleOf(person);
        m_byKey.insert(key, m_rows.size());
        if (!person.service && !person.name.isEmpty() && !m_byName.contains(person.name))
            m_byName.insert(person.name, m_rows.size());
        m_rows.push_back(std::move(summary));
        m_keys.emplace_back();
        return m_rows.back();
    }

    size_t indexOf(const ParticipantSummary& summary) const { return size_t(&summary - m_rows.data()); }

    void session(const Session& session, int number)
    {
        const auto sideKey
            = [number](const char* side) { return u"unnamed:%1:%2"_qs.arg(number + 1).arg(QLatin1StringView(side)); };
        if (session.segments.empty()) {
            for (const auto* endpoint : { &session.caller, &session.callee }) {
                if (*endpoint)
                    join(row(personOf(**endpoint), sideKey(endpoint == &session.caller ? "caller" : "callee")), session,
                        **endpoint);
            }
            return;
        }
        for (size_t g = 0; g < session.segments.size(); ++g) {
            const Segment& segment = session.segments[g];
            const Endpoint* caller = segment.caller ? &*segment.caller : (session.caller ? &*session.caller : nullptr);
            const Endpoint* callee = segment.callee ? &*segment.callee : (session.callee ? &*session.callee : nullptr);
            // Rows are looked up again after each insertion: the vector may have moved.
            const size_t callerRow = indexOf(row(caller ? personOf(*caller) : Person {}, sideKey("caller")));
            const size_t calleeRow = indexOf(row(callee ? personOf(*callee) : Person {}, sideKey("callee")));
            if (caller)
                join(m_rows[callerRow], session, *caller);
            if (callee)
                join(m_rows[calleeRow], session, *callee);
            for (size_t m = 0; m < segment.media.size(); ++m) {
                const Media& media = segment.media[m];
                for (size_t t = 0; t < media.streams.size(); ++t) {
                    const MediaStream& stream = media.streams[t];
                    const NodePath path { NodePath::Kind::Stream, number, int(g), int(m), int(t) };
                    // callerToCallee is what the caller sent and the callee received.
                    const bool fromCaller = stream.streamDirection.index == StreamDirection::CallerToCallee;
                    const bool fromCallee = stream.streamDirection.index == StreamDirection::CalleeToCaller;
                    if (!fromCaller && !fromCallee)
                        continue;
                    const size_t sender = fromCaller ? callerRow : calleeRow;
                    const size_t receiver = fromCaller ? calleeRow : callerRow;
                    addStream(m_rows[sender].sent, stream, path, m_classification, m_keys[sender].sent);
                    addStream(m_rows[receiver].received, stream, path, m_classification, m_keys[receiver].received);
                }
                if (const auto* problems = m_classification.deviceProblems(&media)) {
                    for (const DeviceProblem& problem : *problems)
                        ++m_rows[problem.caller ? callerRow : calleeRow].deviceProblems;
                }
                if (media.callerNetwork)
                    addDistinct(m_rows[callerRow].connections, connectionText(*media.callerNetwork));
                if (media.calleeNetwork)
                    addDistinct(m_rows[calleeRow].connections, connectionText(*media.calleeNetwork));
            }
        }
    }

    void join(ParticipantSummary& summary, const Session& session, const Endpoint& endpoint)
    {
        if (summary.sessions.empty() || summary.sessions.back() != &session)
            summary.sessions.push_back(&session);
        addDistinct(summary.clients, clientText(endpoint));
        if (endpoint.feedback && ratingBadness(endpoint.feedback->rating) > m_ratingBadness.value(indexOf(summary))) {
            m_ratingBadness.insert(indexOf(summary), ratingBadness(endpoint.feedback->rating));
            summary.feedbackRating = enumValueText(EnumType::UserFeedbackRating, endpoint.feedback->rating);
        }
    }

    bool worse(size_t a, size_t b) const
    {
        const ParticipantSummary& x = m_rows[a];
        const ParticipantSummary& y = m_rows[b];
        // The service is not a person: it goes after the people.
        const bool xService = x.role == ParticipantRole::Service;
        const bool yService = y.role == ParticipantRole::Service;
        if (xService != yService)
            return yService;
        if (verdictOrder(x.worstVerdict()) != verdictOrder(y.worstVerdict()))
            return verdictOrder(x.worstVerdict()) < verdictOrder(y.worstVerdict());
        // Received audio decides first: it is what the person heard.
        for (const auto part : { &Keys::received, &Keys::sent }) {
            RankedStream left;
            left.key = m_keys[a].*part;
            RankedStream right;
            right.key = m_keys[b].*part;
            if (ranksWorse(left, right))
                return true;
            if (ranksWorse(right, left))
                return false;
        }
        return x.name.localeAwareCompare(y.name) < 0;
    }

    const CallRecord& m_record;
    const RecordClassification& m_classification;
    QString m_organizerId;
    QString m_organizerTenant;
    std::vector<ParticipantSummary> m_rows;
    std::vector<Keys> m_keys; // the worst streams' ranking keys, per row
    QHash<QString, size_t> m_byKey;
    QHash<QString, size_t> m_byName;
    QHash<size_t, int> m_ratingBadness;
};

} // namespace

QString participantRoleText(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Organizer:
        return Tr::tr("organizer");
    case ParticipantRole::Attendee:
        return Tr::tr("attendee");
    case ParticipantRole::External:
        return Tr::tr("external");
    case ParticipantRole::Anonymous:
        return Tr::tr("anonymous");
    case ParticipantRole::Service:
        return Tr::tr("service");
    }
    return {};
}

Verdict ParticipantSummary::worstVerdict() const
{
    return verdictOrder(received.verdict) <= verdictOrder(sent.verdict) ? received.verdict : sent.verdict;
}

std::vector<ParticipantSummary> summarizeParticipants(
    const CallRecord& record, const RecordClassification& classification)
{
    return Builder(record, classification).take();
}
