#include "parser_p.h"

using namespace std::string_view_literals;

// The schema's structured types. Their scalar properties come from schema.h's tables
// (readProperty); what is read here by hand is structure: nested objects, lists, open types.

namespace loading {

void Parser::parseIdentity(od::value& v, std::string_view property, std::optional<Identity>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    Identity identity;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (!readProperty(key, value, identity))
            addExtra(identity.extra, name, value);
    });
    out = std::move(identity);
}

void Parser::parseIdentitySet(od::value& v, std::string_view property, std::optional<IdentitySet>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    IdentitySet set;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (readProperty(key, value, set))
            return;
        if (key == JsonKey::Annotation) {
            addExtra(set.extra, name, value);
            return;
        }
        // An open type: every object (or null) member is an identity, known or not ("acsUser").
        const auto type = typeOf(value);
        if (type != od::json_type::object && type != od::json_type::null) {
            addExtra(set.extra, name, value);
            return;
        }
        IdentityEntry entry { name, std::nullopt };
        m_path.push_back({ "identity", -1 });
        parseIdentity(value, name.view(), entry.identity);
        m_path.pop_back();
        for (auto& existing : set.entries) {
            if (existing.kind.equalsIgnoreCase(name.view())) {
                existing = std::move(entry); // duplicate key: last wins
                return;
            }
        }
        charge(1, sizeof(IdentityEntry));
        set.entries.push_back(std::move(entry));
    });
    out = std::move(set);
}

void Parser::parseParticipant(od::value& v, std::string_view property, std::optional<Participant>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    Participant participant;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::Identity:
            parseIdentitySet(value, "identity", participant.identity);
            break;
        case JsonKey::AdministrativeUnitInfos:
            participant.administrativeUnitInfos.clear();
            participant.administrativeUnitInfos.state
                = forEachElement(value, "administrativeUnitInfos", [&](od::value& element, int) {
                      if (!expectObject(element, "administrativeUnitInfos"))
                          return;
                      AdministrativeUnitInfo info;
                      forEachField(element, [&](JsonKey k, Text n, od::value& x) {
                          if (!readProperty(k, x, info))
                              addExtra(info.extra, n, x);
                      });
                      charge(1, sizeof(AdministrativeUnitInfo));
                      participant.administrativeUnitInfos.push_back(std::move(info));
                  });
            break;
        default:
            if (!readProperty(key, value, participant))
                addExtra(participant.extra, name, value);
            break;
        }
    });
    out = std::move(participant);
}

namespace {
    /// An @odata.type naming `type` of the callRecords namespace, with or without the '#'.
    bool isCallRecordsType(const Text& odataType, std::string_view type)
    {
        std::string_view name = odataType.view();
        if (name.starts_with('#'))
            name.remove_prefix(1);
        constexpr std::string_view prefix = "microsoft.graph.callRecords."sv;
        return name.size() == prefix.size() + type.size()
            && Text(name.substr(0, prefix.size())).equalsIgnoreCase(prefix)
            && Text(name.substr(prefix.size())).equalsIgnoreCase(type);
    }
} // namespace

void Parser::parseUserAgent(od::value& v, std::optional<UserAgent>& out)
{
    out.reset();
    if (!expectObject(v, "userAgent"))
        return;
    UserAgent agent;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (!readProperty(key, value, agent))
            addExtra(agent.extra, name, value);
    });
    // Dispatch on @odata.type; without it, the properties tell (role => service).
    if (isCallRecordsType(agent.odataType, "clientUserAgent"sv))
        agent.kind = UserAgentKind::Client;
    else if (isCallRecordsType(agent.odataType, "serviceUserAgent"sv))
        agent.kind = UserAgentKind::Service;
    else if (!agent.role.isNull())
        agent.kind = UserAgentKind::Service;
    else if (!agent.platform.isNull() || !agent.productFamily.isNull())
        agent.kind = UserAgentKind::Client;
    out = std::move(agent);
}

void Parser::parseFeedback(od::value& v, std::optional<UserFeedback>& out)
{
    out.reset();
    if (!expectObject(v, "feedback"))
        return;
    UserFeedback feedback;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (key == JsonKey::Tokens) {
            if (!expectObject(value, "tokens")) {
                feedback.tokens.reset();
                return;
            }
            // feedbackTokenSet: an open set of booleans.
            std::vector<FeedbackToken> tokens;
            forEachField(value, [&](JsonKey k, Text tokenName, od::value& tokenValue) {
                if (k == JsonKey::Annotation || k == JsonKey::OdataType)
                    return;
                FeedbackToken token { tokenName, std::nullopt };
                readBool(tokenValue, tokenName.view(), token.value);
                charge(1, sizeof(FeedbackToken));
                tokens.push_back(token);
            });
            feedback.tokens = std::move(tokens);
        } else if (!readProperty(key, value, feedback)) {
            addExtra(feedback.extra, name, value);
        }
    });
    out = std::move(feedback);
}

void Parser::parseFailure(od::value& v, std::optional<FailureInfo>& out)
{
    out.reset();
    if (!expectObject(v, "failureInfo"))
        return;
    FailureInfo failure;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (!readProperty(key, value, failure))
            addExtra(failure.extra, name, value);
    });
    out = std::move(failure);
}

void Parser::parseEndpoint(od::value& v, std::string_view property, std::optional<Endpoint>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    Endpoint endpoint;
    m_path.push_back({ property == "caller"sv ? "caller" : "callee", -1 });
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::UserAgent:
            parseUserAgent(value, endpoint.userAgent);
            break;
        case JsonKey::AssociatedIdentity:
            parseIdentity(value, "associatedIdentity", endpoint.associatedIdentity);
            break;
        case JsonKey::Identity:
            parseIdentitySet(value, "identity", endpoint.identity);
            break;
        case JsonKey::Feedback:
            parseFeedback(value, endpoint.feedback);
            break;
        default:
            if (!readProperty(key, value, endpoint))
                addExtra(endpoint.extra, name, value);
            break;
        }
    });
    m_path.pop_back();
    if (isCallRecordsType(endpoint.odataType, "participantEndpoint"sv))
        endpoint.kind = EndpointKind::Participant;
    else if (isCallRecordsType(endpoint.odataType, "serviceEndpoint"sv))
        endpoint.kind = EndpointKind::Service;
    else if (endpoint.associatedIdentity || endpoint.identity || endpoint.feedback || !endpoint.name.isNull())
        endpoint.kind = EndpointKind::Participant;
    else if (endpoint.userAgent && endpoint.userAgent->kind == UserAgentKind::Service)
        endpoint.kind = EndpointKind::Service;
    out = std::move(endpoint);
}

void Parser::parseNetwork(od::value& v, std::string_view property, std::optional<NetworkInfo>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    NetworkInfo n;
    m_path.push_back({ property.data(), -1 });
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (key == JsonKey::TraceRouteHops) {
            std::vector<TraceRouteHop> hops;
            forEachElement(value, "traceRouteHops", [&](od::value& element, int) {
                if (!expectObject(element, "traceRouteHops"))
                    return;
                TraceRouteHop hop;
                forEachField(element, [&](JsonKey k, Text hopKey, od::value& x) {
                    if (!readProperty(k, x, hop))
                        addExtra(hop.extra, hopKey, x);
                });
                charge(1, sizeof(TraceRouteHop));
                hops.push_back(std::move(hop));
            });
            n.traceRouteHops = std::move(hops);
        } else if (!readProperty(key, value, n)) {
            addExtra(n.extra, name, value);
        }
    });
    m_path.pop_back();
    out = std::move(n);
}

void Parser::parseDevice(od::value& v, std::string_view property, std::optional<DeviceInfo>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    DeviceInfo d;
    m_path.push_back({ property.data(), -1 });
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (!readProperty(key, value, d))
            addExtra(d.extra, name, value);
    });
    m_path.pop_back();
    out = std::move(d);
}

void Parser::parseStream(od::value& v, MediaStream& s)
{
    const char* begin = v.raw_json_token().data();
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (!readProperty(key, value, s))
            addExtra(s.extra, name, value);
    });
    s.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
}

void Parser::parseMedia(od::value& v, Media& media)
{
    const char* begin = v.raw_json_token().data();
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::CallerNetwork:
            parseNetwork(value, "callerNetwork", media.callerNetwork);
            break;
        case JsonKey::CalleeNetwork:
            parseNetwork(value, "calleeNetwork", media.calleeNetwork);
            break;
        case JsonKey::CallerDevice:
            parseDevice(value, "callerDevice", media.callerDevice);
            break;
        case JsonKey::CalleeDevice:
            parseDevice(value, "calleeDevice", media.calleeDevice);
            break;
        case JsonKey::Streams:
            media.streams.clear();
            media.streams.reserve(2);
            media.streams.state = forEachElement(value, "streams", [&](od::value& element, int index) {
                m_path.push_back({ "stream", index });
                if (expectObject(element, "stream")) {
                    charge(1, sizeof(MediaStream));
                    media.streams.emplace_back();
                    parseStream(element, media.streams.back());
                }
                m_path.pop_back();
            });
            break;
        default:
            if (!readProperty(key, value, media))
                addExtra(media.extra, name, value);
            break;
        }
    });
    media.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
}

void Parser::parseSegment(od::value& v, Segment& segment)
{
    const char* begin = v.raw_json_token().data();
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::Caller:
            parseEndpoint(value, "caller", segment.caller);
            break;
        case JsonKey::Callee:
            parseEndpoint(value, "callee", segment.callee);
            break;
        case JsonKey::FailureInfo:
            parseFailure(value, segment.failureInfo);
            break;
        case JsonKey::Media:
            segment.media.clear();
            segment.media.reserve(3); // audio, video, screen sharing: the usual set
            segment.media.state = forEachElement(value, "media", [&](od::value& element, int index) {
                m_path.push_back({ "media", index });
                if (expectObject(element, "media")) {
                    charge(1, sizeof(Media));
                    segment.media.emplace_back();
                    parseMedia(element, segment.media.back());
                }
                m_path.pop_back();
            });
            break;
        default:
            if (!readProperty(key, value, segment))
                addExtra(segment.extra, name, value);
            break;
        }
    });
    segment.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
    checkTimes(begin, segment.startDateTime, segment.endDateTime);
}

bool Parser::sessionField(JsonKey key, Text, od::value& value, Session& session)
{
    switch (key) {
    case JsonKey::Caller:
        parseEndpoint(value, "caller", session.caller);
        return true;
    case JsonKey::Callee:
        parseEndpoint(value, "callee", session.callee);
        return true;
    case JsonKey::FailureInfo:
        parseFailure(value, session.failureInfo);
        return true;
    case JsonKey::Segments:
        session.segments.clear();
        session.segments.state = forEachElement(value, "segments", [&](od::value& element, int index) {
            m_path.push_back({ "segment", index });
            if (expectObject(element, "segment")) {
                charge(1, sizeof(Segment));
                session.segments.emplace_back();
                parseSegment(element, session.segments.back());
            }
            m_path.pop_back();
        });
        return true;
    default:
        return false;
    }
}

void Parser::parseSessionInto(od::value& v, Session& session)
{
    const char* begin = v.raw_json_token().data();
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        if (!sessionField(key, name, value, session) && !readProperty(key, value, session))
            addExtra(session.extra, name, value);
    });
    session.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
    checkTimes(begin, session.startDateTime, session.endDateTime);
}

} // namespace loading
