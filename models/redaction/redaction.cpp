#include "redaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::string_literals;
using namespace std::string_view_literals;

namespace {

// Placeholders are in the reader's language for pictures, reports and the window, and fixed
// (English) for data files, which must be the same in every locale (RedactionOptions).
QString placeholder(bool localized, const char* source)
{
    return localized ? QCoreApplication::translate("Redaction", source) : QString::fromUtf8(source);
}

QString redactedText(bool localized)
{
    //: replaces a personal value (e-mail address, user principal name, host name, ...) in redacted data
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "redacted"));
}

QString participantText(bool localized, const QString& numbers)
{
    //: pseudonym of a person in redacted data; %1 is a number ("2"), or several when a name is ambiguous ("2/5")
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "Participant %1")).arg(numbers);
}

QString audioDeviceText(bool localized, int number)
{
    //: replaces a microphone or speaker name in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "Audio device %1")).arg(number);
}

QString deviceText(bool localized, int number)
{
    //: replaces a computer or phone name in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "Device %1")).arg(number);
}

QString idText(bool localized, int number)
{
    //: replaces a user, tenant or application id in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "redacted-id-%1")).arg(number);
}

QString sourceText(bool localized, int number)
{
    //: replaces a file name or address a record was read from in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "source %1")).arg(number);
}

QString severalParticipantsText(bool localized)
{
    //: replaces a name shared by several people in redacted text
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "a participant"));
}

// ---------------------------------------------------------------------------------------------
// Single values (UTF-8)

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool startsWithIgnoreCase(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && Text(s.substr(0, prefix.size())).equalsIgnoreCase(prefix);
}

/// The four octets of a dotted-quad IPv4 address, or nullopt.
std::optional<std::array<std::string_view, 4>> splitIpv4(std::string_view s)
{
    std::array<std::string_view, 4> octets;
    size_t start = 0;
    for (size_t i = 0; i < 4; ++i) {
        size_t end = start;
        while (end < s.size() && isDigit(s[end]))
            ++end;
        const size_t length = end - start;
        if (length == 0 || length > 3)
            return std::nullopt;
        int value = 0;
        for (size_t k = start; k < end; ++k)
            value = value * 10 + (s[k] - '0');
        if (value > 255)
            return std::nullopt;
        octets[i] = s.substr(start, length);
        if (i < 3) {
            if (end >= s.size() || s[end] != '.')
                return std::nullopt;
            start = end + 1;
        } else if (end != s.size()) {
            return std::nullopt;
        }
    }
    return octets;
}

std::string maskedIpv4(const std::array<std::string_view, 4>& octets)
{
    return std::string(octets[0]) + '.' + std::string(octets[1]) + ".x.x";
}

/// "2001:db8:x:x:x:x:x:x" for an IPv6 address (the first two groups stay), "::ffff:10.1.x.x"
/// for an IPv4-mapped one; nullopt when `s` is not an IPv6 address. A zone ("%eth0") is dropped.
std::optional<std::string> maskedIpv6(std::string_view s)
{
    if (const size_t zone = s.find('%'); zone != std::string_view::npos)
        s = s.substr(0, zone);
    const size_t lastColon = s.rfind(':');
    if (lastColon == std::string_view::npos)
        return std::nullopt;
    std::optional<std::array<std::string_view, 4>> embedded;
    std::string head;
    if (s.substr(lastColon + 1).find('.') != std::string_view::npos) {
        embedded = splitIpv4(s.substr(lastColon + 1));
        if (!embedded)
            return std::nullopt;
        // The IPv4 part counts as two groups.
        const bool afterGap = lastColon > 0 && s[lastColon - 1] == ':'; // "::1.2.3.4"
        head = std::string(s.substr(0, afterGap ? lastColon + 1 : lastColon)) + (afterGap ? "0:0" : ":0:0");
    } else {
        head = std::string(s);
    }
    const std::string_view h(head);
    std::string_view left = h;
    std::string_view right;
    const size_t gap = h.find("::"sv);
    if (gap != std::string_view::npos) {
        if (h.find("::"sv, gap + 1) != std::string_view::npos)
            return std::nullopt;
        left = h.substr(0, gap);
        right = h.substr(gap + 2);
    }
    const auto split = [](std::string_view part, std::vector<std::string_view>& groups) {
        if (part.empty())
            return true;
        size_t start = 0;
        while (true) {
            const size_t end = std::min(part.find(':', start), part.size());
            const std::string_view group = part.substr(start, end - start);
            if (group.empty() || group.size() > 4)
                return false;
            for (const char c : group) {
                if (!isHex(c))
                    return false;
            }
            groups.push_back(group);
            if (end == part.size())
                return true;
            start = end + 1;
        }
    };
    std::vector<std::string_view> leftGroups;
    std::vector<std::string_view> rightGroups;
    if (!split(left, leftGroups) || !split(right, rightGroups))
        return std::nullopt;
    const size_t count = leftGroups.size() + rightGroups.size();
    if (gap == std::string_view::npos ? count != 8 : count > 7)
        return std::nullopt;
    std::vector<std::string_view> groups = leftGroups;
    groups.insert(groups.end(), 8 - count, "0"sv);
    groups.insert(groups.end(), rightGroups.begin(), rightGroups.end());
    const auto canonical = [](std::string_view group) {
        std::string out;
        size_t i = 0;
        while (i + 1 < group.size() && group[i] == '0')
            ++i;
        for (; i < group.size(); ++i)
            out += char((group[i] >= 'A' && group[i] <= 'F') ? group[i] - 'A' + 'a' : group[i]);
        return out;
    };
    if (embedded) {
        bool mapped = true;
        for (size_t i = 0; i < 5; ++i)
            mapped = mapped && canonical(groups[i]) == "0";
        const std::string sixth = canonical(groups[5]);
        if (mapped && (sixth == "ffff" || sixth == "0"))
            return (sixth == "ffff" ? "::ffff:"s : "::"s) + maskedIpv4(*embedded);
    }
    return canonical(groups[0]) + ':' + canonical(groups[1]) + ":x:x:x:x:x:x";
}

bool isMaskedIp(std::string_view s)
{
    if (s.ends_with(":x:x:x:x:x:x"sv) || s.ends_with(".x.x"sv))
        return true;
    const size_t slash = s.find('/');
    return slash != std::string_view::npos && isMaskedIp(s.substr(0, slash));
}

/// An IP address field (ipAddress, subnet, relay, trace route hop): the address masked, with
/// its prefix length kept ("10.150.x.x/24"); nullopt when it is not an address (a host name).
/// Empty stays empty.
std::optional<std::string> maskedIpField(std::string_view s)
{
    if (s.empty() || isMaskedIp(s))
        return std::string(s);
    std::string_view address = s;
    std::string suffix;
    if (const size_t slash = s.find('/'); slash != std::string_view::npos) {
        const std::string_view prefix = s.substr(slash + 1);
        if (prefix.empty() || prefix.size() > 3 || !std::all_of(prefix.begin(), prefix.end(), isDigit))
            return std::nullopt;
        address = s.substr(0, slash);
        suffix = std::string(s.substr(slash));
    }
    if (address.size() > 2 && address.front() == '[' && address.back() == ']')
        address = address.substr(1, address.size() - 2);
    if (const auto octets = splitIpv4(address))
        return maskedIpv4(*octets) + suffix;
    if (const auto v6 = maskedIpv6(address))
        return *v6 + suffix;
    return std::nullopt;
}

/// A MAC address or BSSID in any common notation ("00-11-22-33-44-55", "00:11:…",
/// "0011.2233.4455"): every hex digit becomes 'x', separators stay; nullopt for anything else.
/// Empty stays empty.
std::optional<std::string> maskedMacField(std::string_view s)
{
    if (s.empty())
        return std::string();
    std::string out;
    int digits = 0;
    for (const char c : s) {
        if (isHex(c) || c == 'x' || c == 'X') {
            out += 'x';
            ++digits;
        } else if (c == ':' || c == '-' || c == '.') {
            out += c;
        } else {
            return std::nullopt;
        }
    }
    if (digits < 12)
        return std::nullopt;
    return out;
}

// ITU-T E.164 country calling codes. They are prefix-free (no code starts another), so the
// longest match is the only one.
constexpr std::pair<int, int> kCountryCodes[] = { { 1, 1 }, { 7, 7 }, { 20, 20 }, { 27, 27 }, { 30, 34 }, { 36, 36 },
    { 39, 41 }, { 43, 49 }, { 51, 58 }, { 60, 66 }, { 81, 82 }, { 84, 84 }, { 86, 86 }, { 90, 95 }, { 98, 98 },
    { 211, 213 }, { 216, 216 }, { 218, 218 }, { 220, 258 }, { 260, 269 }, { 290, 291 }, { 297, 299 }, { 350, 359 },
    { 370, 383 }, { 385, 387 }, { 389, 389 }, { 420, 421 }, { 423, 423 }, { 500, 509 }, { 590, 599 }, { 670, 670 },
    { 672, 683 }, { 685, 692 }, { 800, 800 }, { 808, 808 }, { 850, 850 }, { 852, 853 }, { 855, 856 }, { 870, 870 },
    { 878, 878 }, { 880, 883 }, { 886, 886 }, { 888, 888 }, { 960, 968 }, { 970, 977 }, { 992, 996 }, { 998, 998 } };

std::string_view countryCode(std::string_view digits)
{
    for (size_t length = 3; length >= 1; --length) {
        if (digits.size() <= length)
            continue;
        int value = 0;
        for (size_t i = 0; i < length; ++i)
            value = value * 10 + (digits[i] - '0');
        for (const auto& [from, to] : kCountryCodes) {
            if (value >= from && value <= to)
                return digits.substr(0, length);
        }
    }
    return {};
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6"sv; // U+2026

/// Whether `s` is written as an international phone number: optional "tel:", '+', then digits
/// and separators (spaces, dashes, dots, parentheses), at least 7 digits; or is one already masked.
bool isPhoneNumber(std::string_view s)
{
    if (startsWithIgnoreCase(s, "tel:"sv))
        s.remove_prefix(4);
    if (s.empty() || s.front() != '+')
        return false;
    s.remove_prefix(1);
    if (s.ends_with(kEllipsis))
        return true;
    int digits = 0;
    for (const char c : s) {
        if (isDigit(c))
            ++digits;
        else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')')
            return false;
    }
    return digits >= 7;
}

/// "+55 …": only the country calling code stays ("+…" when it is not a known one); a "tel:"
/// prefix is kept.
std::string maskedPhoneNumber(std::string_view s)
{
    if (s.ends_with(kEllipsis))
        return std::string(s);
    std::string out;
    if (startsWithIgnoreCase(s, "tel:"sv)) {
        out = std::string(s.substr(0, 4));
        s.remove_prefix(4);
    }
    std::string digits;
    for (const char c : s) {
        if (isDigit(c))
            digits += c;
    }
    const std::string_view code = countryCode(digits);
    out += '+';
    if (!code.empty()) {
        out += code;
        out += ' ';
    }
    out += kEllipsis;
    return out;
}

std::string_view view(const Text& text)
{
    return text.view();
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// ---------------------------------------------------------------------------------------------
// Generic patterns in free text

const QRegularExpression& genericPattern()
{
    static const QRegularExpression pattern(
        uR"((?<email>(?<![\w.!#$%&'*+/=?^`{|}~-])[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+))"
        uR"(|(?<mac>(?<![\w:.-])[0-9A-Fa-f]{2}(?<sep>[:-])[0-9A-Fa-f]{2}(?:\k<sep>[0-9A-Fa-f]{2}){4,6}(?![\w:-])))"
        uR"(|(?<ipv6>(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d{1,3}(?:\.\d{1,3}){3})?)"
        uR"((?:%[\w.-]+)?(?![\w:.])))"
        uR"(|(?<ipv4>(?<![A-Za-z0-9.])(?<![A-Za-z0-9]/)\d{1,3}(?:\.\d{1,3}){3}(?![A-Za-z0-9]|\.\d)))"
        uR"(|(?<phone>(?<![\w+])(?:(?i)tel:)?\+\d(?:[ ().-]{0,2}\d){6,}))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression& ipv4Pattern()
{
    static const QRegularExpression pattern(uR"((?<![A-Za-z0-9.])\d{1,3}(?:\.\d{1,3}){3}(?![A-Za-z0-9]|\.\d))"_s);
    return pattern;
}

// ---------------------------------------------------------------------------------------------
// Known values in free text: an Aho-Corasick automaton over case-folded UTF-16, so that one
// pass over a text finds every known value, however many the record has.

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

class Dictionary {
public:
    Dictionary() { m_nodes.emplace_back(); }

    bool empty() const { return m_terms.empty(); }

    /// Adds a value (matched in any letter case, as a whole word where it starts or ends with
    /// a letter or digit). The first replacement given for a value wins.
    void add(QStringView value, const QString& replacement)
    {
        if (value.isEmpty() || value == replacement)
            return;
        int node = 0;
        for (const QChar c : value) {
            const char16_t folded = c.toCaseFolded().unicode();
            const auto [it, inserted] = m_edges.try_emplace(key(node, folded), int(m_nodes.size()));
            if (inserted) {
                Node child;
                child.depth = m_nodes[size_t(node)].depth + 1;
                child.parent = node;
                child.character = folded;
                m_nodes.push_back(child);
            }
            node = it->second;
        }
        if (m_nodes[size_t(node)].term >= 0)
            return;
        m_nodes[size_t(node)].term = int(m_terms.size());
        m_terms.push_back({ replacement, isWordCharacter(value.front()), isWordCharacter(value.back()) });
    }

    /// Computes the failure links; call once after the last add().
    void build()
    {
        int maxDepth = 0;
        for (const Node& node : m_nodes)
            maxDepth = std::max(maxDepth, node.depth);
        std::vector<int> start(size_t(maxDepth) + 2, 0);
        for (const Node& node : m_nodes)
            ++start[size_t(node.depth) + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        std::vector<int> order(m_nodes.size());
        for (size_t i = 0; i < m_nodes.size(); ++i)
            order[size_t(start[size_t(m_nodes[i].depth)]++)] = int(i);
        for (const int index : order) {
            Node& node = m_nodes[size_t(index)];
            if (node.depth <= 1) {
                node.fail = 0;
            } else {
                int f = m_nodes[size_t(node.parent)].fail;
                while (true) {
                    const int next = edge(f, node.character);
                    if (next >= 0) {
                        node.fail = next;
                        break;
                    }
                    if (f == 0) {
                        node.fail = 0;
                        break;
                    }
                    f = m_nodes[size_t(f)].fail;
                }
            }
            const Node& fail = m_nodes[size_t(node.fail)];
            node.output = index == 0 ? -1 : (fail.term >= 0 ? node.fail : fail.output);
        }
    }

    /// Appends text[from, to) to `out` with every known value replaced (leftmost, longest).
    void apply(const QString& text, qsizetype from, qsizetype to, QString& out) const
    {
        if (from >= to)
            return;
        if (m_terms.empty()) {
            out += QStringView(text).sliced(from, to - from);
            return;
        }
        std::vector<int> bestTerm(size_t(to - from), -1);
        std::vector<int> bestLength(size_t(to - from), 0);
        int node = 0;
        for (qsizetype i = from; i < to; ++i) {
            const char16_t c = text[i].toCaseFolded().unicode();
            while (true) {
                const int next = edge(node, c);
                if (next >= 0) {
                    node = next;
                    break;
                }
                if (node == 0)
                    break;
                node = m_nodes[size_t(node)].fail;
            }
            for (int match = m_nodes[size_t(node)].term >= 0 ? node : m_nodes[size_t(node)].output; match > 0;
                 match = m_nodes[size_t(match)].output) {
                const Node& found = m_nodes[size_t(match)];
                const Term& term = m_terms[size_t(found.term)];
                const qsizetype begin = i - found.depth + 1;
                if (term.wordStart && begin > 0 && isWordCharacter(text[begin - 1]))
                    continue;
                if (term.wordEnd && i + 1 < text.size() && isWordCharacter(text[i + 1]))
                    continue;
                const size_t slot = size_t(begin - from);
                if (found.depth > bestLength[slot]) {
                    bestLength[slot] = found.depth;
                    bestTerm[slot] = found.term;
                }
            }
        }
        qsizetype plain = from;
        qsizetype i = from;
        while (i < to) {
            const size_t slot = size_t(i - from);
            if (bestLength[slot] == 0) {
                ++i;
                continue;
            }
            out += QStringView(text).sliced(plain, i - plain);
            out += m_terms[size_t(bestTerm[slot])].replacement;
            i += bestLength[slot];
            plain = i;
        }
        out += QStringView(text).sliced(plain, to - plain);
    }

private:
    struct Node {
        int depth = 0;
        int parent = 0;
        int fail = 0;
        int term = -1;
        int output = -1; // nearest node on the failure chain that ends a term
        char16_t character = 0;
    };
    struct Term {
        QString replacement;
        bool wordStart;
        bool wordEnd;
    };

    static uint64_t key(int node, char16_t c) { return (uint64_t(uint32_t(node)) << 16) | c; }
    int edge(int node, char16_t c) const
    {
        const auto it = m_edges.find(key(node, c));
        return it == m_edges.end() ? -1 : it->second;
    }

    std::vector<Node> m_nodes;
    std::vector<Term> m_terms;
    std::unordered_map<uint64_t, int> m_edges;
};

// ---------------------------------------------------------------------------------------------
// Who is a person

enum class Party { Person, Application, Device };

Party partyOf(const Text& kind, const Identity& identity)
{
    constexpr std::array kApplicationKinds { "application"sv, "applicationInstance"sv, "acsApplicationInstance"sv,
        "spoolApplicationInstance"sv };
    constexpr std::array kPersonKinds { "user"sv, "guest"sv, "phone"sv, "onPremises"sv, "assertedIdentity"sv,
        "azureCommunicationServicesUser"sv, "acsUser"sv, "spoolUser"sv, "encrypted"sv };
    for (const auto name : kApplicationKinds) {
        if (kind.equalsIgnoreCase(name))
            return Party::Application;
    }
    if (kind.equalsIgnoreCase("device"sv))
        return Party::Device;
    for (const auto name : kPersonKinds) {
        if (kind.equalsIgnoreCase(name))
            return Party::Person;
    }
    // An undeclared kind, or an endpoint's associatedIdentity: its type says what it is.
    const std::string_view type = identity.odataType.view();
    for (size_t i = 0; i + 11 <= type.size(); ++i) {
        if (Text(type.substr(i, 11)).equalsIgnoreCase("application"sv))
            return Party::Application;
    }
    if (kind.isNull() && !identity.applicationType.isNull() && type.empty())
        return Party::Application;
    return Party::Person;
}

// ---------------------------------------------------------------------------------------------
// One walk over every value of a record, for collecting (const record) and for replacing
// (the copy). The visitor's methods take `auto&` so the same walk serves both.

template <class V, class S>
void walkIdentitySet(V& v, S& set)
{
    for (auto& entry : set.entries) {
        if (entry.identity)
            v.identity(entry.kind, *entry.identity);
    }
    v.extra(set.extra);
}

template <class V, class P>
void walkParticipant(V& v, P& participant)
{
    if (participant.identity)
        walkIdentitySet(v, *participant.identity);
    v.id(participant.id);
    for (auto& unit : participant.administrativeUnitInfos) {
        v.id(unit.id);
        v.extra(unit.extra);
    }
    v.extra(participant.extra);
}

template <class V, class E>
void walkEndpoint(V& v, E& endpoint)
{
    if (!endpoint)
        return;
    if (endpoint->associatedIdentity)
        v.identity(Text(), *endpoint->associatedIdentity);
    if (endpoint->identity)
        walkIdentitySet(v, *endpoint->identity);
    if (endpoint->userAgent) {
        auto& agent = *endpoint->userAgent;
        v.freeText(agent.headerValue);
        v.id(agent.azureADAppId);
        v.id(agent.communicationServiceId);
        v.extra(agent.extra);
    }
    if (endpoint->feedback) {
        v.removed(endpoint->feedback->text);
        v.tokens(endpoint->feedback->tokens);
        v.extra(endpoint->feedback->extra);
    }
    v.deviceName(endpoint->name);
    v.extra(endpoint->extra);
}

template <class V, class F>
void walkFailure(V& v, F& failure)
{
    if (!failure)
        return;
    v.freeText(failure->reason);
    v.extra(failure->extra);
}

template <class V, class N>
void walkNetwork(V& v, N& network)
{
    if (!network)
        return;
    v.ip(network->ipAddress);
    v.ip(network->subnet);
    v.ip(network->reflexiveIPAddress);
    v.ip(network->relayIPAddress);
    v.hidden(network->dnsSuffix);
    v.mac(network->macAddress);
    v.mac(network->basicServiceSetIdentifier);
    if (network->traceRouteHops) {
        for (auto& hop : *network->traceRouteHops) {
            v.ip(hop.ipAddress);
            v.extra(hop.extra);
        }
    }
    v.extra(network->extra);
}

template <class V, class D>
void walkDevice(V& v, D& device)
{
    if (!device)
        return;
    v.audioDevice(device->captureDeviceName);
    v.audioDevice(device->renderDeviceName);
    v.extra(device->extra);
}

template <class V, class R>
void walkRecord(V& v, R& record)
{
    v.hidden(record.joinWebUrl);
    if (record.organizerV2)
        walkParticipant(v, *record.organizerV2);
    if (record.organizer)
        walkIdentitySet(v, *record.organizer);
    if (record.participantsV2) {
        for (auto& participant : *record.participantsV2)
            walkParticipant(v, participant);
    }
    if (record.participants) {
        for (auto& set : *record.participants)
            walkIdentitySet(v, set);
    }
    for (auto& session : record.sessions) {
        walkEndpoint(v, session.caller);
        walkEndpoint(v, session.callee);
        walkFailure(v, session.failureInfo);
        for (auto& segment : session.segments) {
            walkEndpoint(v, segment.caller);
            walkEndpoint(v, segment.callee);
            walkFailure(v, segment.failureInfo);
            for (auto& media : segment.media) {
                walkNetwork(v, media.callerNetwork);
                walkNetwork(v, media.calleeNetwork);
                walkDevice(v, media.callerDevice);
                walkDevice(v, media.calleeDevice);
                for (auto& stream : media.streams) {
                    v.extra(stream.extra);
                    v.source(stream.source);
                }
                v.extra(media.extra);
                v.source(media.source);
            }
            v.extra(segment.extra);
            v.source(segment.source);
        }
        v.extra(session.extra);
        v.source(session.source);
    }
    v.extra(record.extra);
    v.source(record.source);
    v.freeText(record.sessionsNextLink);
    v.freeText(record.participantsNextLink);
    v.freeText(record.odataContext);
    v.sourceNames(record.sourceNames);
    v.warnings(record.warnings);
}

bool isTokenName(std::string_view name)
{
    if (name.empty() || name.size() > 64)
        return false;
    for (const char c : name) {
        if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
            return false;
    }
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------

class RedactorPrivate {
public:
    bool localized = true; // RedactionOptions::localized
    struct Person {
        int number = 0; // pseudonym number; 0 until the person is seen with a display name
        bool hasId = false;
    };
    struct PersonKeys {
        std::string_view id;
        std::string_view name;
        std::string_view address;
    };
    enum class TermKind { Id, Phone, Redacted, AudioDevice, Device };
    struct Term {
        std::string_view value;
        TermKind kind;
        int number;
    };

    std::vector<std::shared_ptr<const SourceBuffer>> buffers; // keeps every string_view below valid
    std::vector<Person> persons;
    int namedPersons = 0;
    std::unordered_map<std::string_view, int> personById;
    std::unordered_map<std::string_view, std::vector<int>> personsByName;
    std::unordered_map<std::string_view, int> personByAddress;
    std::vector<std::pair<std::string_view, int>> personNames; // each (name, person) once, in order
    std::unordered_map<std::string_view, int> idNumbers;
    std::unordered_map<std::string_view, int> audioDevices;
    std::unordered_map<std::string_view, int> devices;
    std::vector<Term> terms; // other known values, in order of first appearance
    std::unordered_set<std::string_view> termValues; // phone numbers and "redacted" values in `terms`
    QStringList sourceNames;

    mutable std::once_flag dictionaryBuilt;
    mutable Dictionary dictionary;

    static PersonKeys keysOf(const Identity& identity)
    {
        return { view(identity.id), view(identity.displayName),
            identity.userPrincipalName.isEmpty() ? view(identity.email) : view(identity.userPrincipalName) };
    }

    int findPerson(const PersonKeys& keys) const
    {
        if (!keys.id.empty()) {
            const auto it = personById.find(keys.id);
            return it == personById.end() ? -1 : it->second;
        }
        if (!keys.name.empty()) {
            const auto it = personsByName.find(keys.name);
            if (it != personsByName.end())
                return it->second.front();
        }
        if (!keys.address.empty()) {
            const auto it = personByAddress.find(keys.address);
            if (it != personByAddress.end())
                return it->second;
        }
        return -1;
    }

    void registerPerson(const PersonKeys& keys)
    {
        if (keys.id.empty() && keys.name.empty() && keys.address.empty())
            return;
        int person = findPerson(keys);
        if (person < 0 && !keys.id.empty()) {
            // Seen before without an id (a session endpoint naming the same person)?
            if (const auto it = personsByName.find(keys.name); !keys.name.empty() && it != personsByName.end()) {
                for (const int candidate : it->second) {
                    if (!persons[size_t(candidate)].hasId) {
                        person = candidate;
                        break;
                    }
                }
            }
            if (const auto it = personByAddress.find(keys.address); person < 0 && !keys.address.empty()
                && it != personByAddress.end() && !persons[size_t(it->second)].hasId)
                person = it->second;
        }
        if (person < 0) {
            person = int(persons.size());
            persons.emplace_back();
        }
        if (!keys.id.empty()) {
            personById.try_emplace(keys.id, person);
            persons[size_t(person)].hasId = true;
        }
        if (!keys.name.empty()) {
            auto& list = personsByName[keys.name];
            if (std::find(list.begin(), list.end(), person) == list.end()) {
                list.push_back(person);
                personNames.emplace_back(keys.name, person);
            }
            if (persons[size_t(person)].number == 0)
                persons[size_t(person)].number = ++namedPersons;
        }
        if (!keys.address.empty())
            personByAddress.try_emplace(keys.address, person);
    }

    void registerId(const Text& id)
    {
        const std::string_view value = view(id);
        if (value.empty())
            return;
        if (isPhoneNumber(value)) {
            if (termValues.insert(value).second)
                terms.push_back({ value, TermKind::Phone, 0 });
            return;
        }
        const auto [it, inserted] = idNumbers.try_emplace(value, int(idNumbers.size()) + 1);
        if (inserted)
            terms.push_back({ value, TermKind::Id, it->second });
    }

    void registerNumbered(std::unordered_map<std::string_view, int>& table, const Text& name, TermKind kind)
    {
        const std::string_view value = view(name);
        if (value.empty())
            return;
        const auto [it, inserted] = table.try_emplace(value, int(table.size()) + 1);
        if (inserted)
            terms.push_back({ value, kind, it->second });
    }

    void registerRedacted(const Text& value)
    {
        if (!value.isEmpty() && termValues.insert(view(value)).second)
            terms.push_back({ view(value), TermKind::Redacted, 0 });
    }

    QString pseudonym(const std::vector<int>& people) const
    {
        if (people.size() > 3)
            return severalParticipantsText(localized);
        QStringList numbers;
        for (const int person : people)
            numbers.append(QString::number(persons[size_t(person)].number));
        return participantText(localized, numbers.join(u'/'));
    }

    void buildDictionary() const;
};

namespace {

/// Collects the personal values of a record (the first walk).
struct Collector {
    RedactorPrivate& d;

    void identity(const Text& kind, const Identity& identity)
    {
        const Party party = partyOf(kind, identity);
        if (party == Party::Person)
            d.registerPerson(RedactorPrivate::keysOf(identity));
        else if (party == Party::Device)
            d.registerNumbered(d.devices, identity.displayName, RedactorPrivate::TermKind::Device);
        d.registerId(identity.id);
        d.registerId(identity.tenantId);
        d.registerId(identity.azureCommunicationServicesResourceId);
        d.registerRedacted(identity.userPrincipalName);
        d.registerRedacted(identity.email);
        ip(identity.ipAddress);
    }
    void id(const Text& value) { d.registerId(value); }
    void ip(const Text& value)
    {
        if (!splitIpv4(view(value)) && !maskedIpField(view(value)))
            d.registerRedacted(value);
    }
    void mac(const Text& value)
    {
        if (!maskedMacField(view(value)))
            d.registerRedacted(value);
    }
    void audioDevice(const Text& value)
    {
        d.registerNumbered(d.audioDevices, value, RedactorPrivate::TermKind::AudioDevice);
    }
    void deviceName(const Text& value) { d.registerNumbered(d.devices, value, RedactorPrivate::TermKind::Device); }
    void hidden(const Text& value) { d.registerRedacted(value); }
    void freeText(const Text&) { }
    void removed(const Text&) { }
    void tokens(const std::optional<std::vector<FeedbackToken>>&) { }
    void extra(const ExtraProperties&) { }
    void source(const SourceJson&) { }
    void sourceNames(const QStringList& names) { d.sourceNames = names; }
    void warnings(const QStringList&) { }
};

} // namespace

void RedactorPrivate::buildDictionary() const
{
    // Names first: a name shared by several people names them all.
    QHash<QString, qsizetype> nameIndex;
    std::vector<std::pair<QString, std::vector<int>>> names;
    QHash<QString, qsizetype> partIndex;
    std::vector<std::pair<QString, std::vector<int>>> parts;
    const auto addTo = [](QHash<QString, qsizetype>& index, std::vector<std::pair<QString, std::vector<int>>>& list,
                           const QString& value, int person) {
        const QString folded = value.toCaseFolded();
        auto it = index.find(folded);
        if (it == index.end()) {
            it = index.insert(folded, qsizetype(list.size()));
            list.emplace_back(value, std::vector<int> {});
        }
        auto& people = list[size_t(*it)].second;
        if (std::find(people.begin(), people.end(), person) == people.end())
            people.push_back(person);
    };
    // Words of a name that are not worth a pseudonym: particles, and the pseudonym's own words
    // (a record redacted twice).
    QStringList ignoredParts { u"das"_s, u"del"_s, u"della"_s, u"den"_s, u"der"_s, u"des"_s, u"dos"_s, u"van"_s,
        u"von"_s, u"bin"_s, u"ibn"_s, u"the"_s, u"and"_s };
    for (const QString& word : participantText(localized, QString()).split(u' ', Qt::SkipEmptyParts))
        ignoredParts.append(word.toCaseFolded());
    static const QRegularExpression separators(uR"([\s,;:()\[\]{}<>"/\\|]+)"_s);
    static const QRegularExpression hyphens(uR"([-.]+)"_s);
    for (const auto& [name, person] : personNames) {
        const QString text = fromUtf8(name);
        if (text.trimmed().size() < 2)
            continue;
        addTo(nameIndex, names, text.trimmed(), person);
        // Words, and the pieces of hyphenated ones ("Müller-Ñúñez": also "Müller", "Ñúñez").
        QStringList words;
        for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
            words.append(word);
            if (word.contains(u'-') || word.contains(u'.'))
                words.append(word.split(hyphens, Qt::SkipEmptyParts));
        }
        for (const QString& part : std::as_const(words)) {
            if (part.size() < 3 || part.size() == text.size() || ignoredParts.contains(part.toCaseFolded())
                || !std::any_of(part.begin(), part.end(), [](QChar c) { return c.isLetter(); }))
                continue;
            addTo(partIndex, parts, part, person);
        }
    }
    for (const auto& [name, people] : names)
        dictionary.add(name, pseudonym(people));
    for (const auto& [part, people] : parts)
        dictionary.add(part, pseudonym(people));

    const QString redacted = redactedText(localized);
    for (const Term& term : terms) {
        const QString value = fromUtf8(term.value);
        if (value.size() < 2)
            continue;
        switch (term.kind) {
        case TermKind::Id:
            // A short id ("12") would replace numbers in any text; ids are GUIDs or longer.
            if (value.size() >= 6)
                dictionary.add(value, idText(localized, term.number));
            break;
        case TermKind::Phone:
            dictionary.add(value, fromUtf8(maskedPhoneNumber(term.value)));
            break;
        case TermKind::Redacted:
            dictionary.add(value, redacted);
            // The user name of an address may stand alone (a path, a log line).
            if (const qsizetype at = value.indexOf(u'@'); at >= 3)
                dictionary.add(QStringView(value).first(at), redacted);
            break;
        case TermKind::AudioDevice:
            dictionary.add(value, audioDeviceText(localized, term.number));
            break;
        case TermKind::Device:
            dictionary.add(value, deviceText(localized, term.number));
            break;
        }
    }
    for (qsizetype i = 0; i < sourceNames.size(); ++i) {
        const QString& name = sourceNames[i];
        dictionary.add(name, sourceText(localized, int(i) + 1));
        // A file's name may stand alone; an address's last part may be the call id, which stays.
        const QString fileName = name.contains(u"://"_s) ? QString() : QFileInfo(name).fileName();
        if (fileName.size() >= 3)
            dictionary.add(fileName, sourceText(localized, int(i) + 1));
    }
    dictionary.build();
}

Redactor::Redactor(const CallRecord& original, const RedactionOptions& options)
    : d(std::make_unique<RedactorPrivate>())
{
    d->buffers = original.buffers;
    d->localized = options.localized;
    Collector collector { *d };
    walkRecord(collector, original);
}

Redactor::~Redactor() = default;
Redactor::Redactor(Redactor&&) noexcept = default;
Redactor& Redactor::operator=(Redactor&&) noexcept = default;

namespace {

/// Masks one generic match; nullopt when the candidate is not what it looked like.
std::optional<QString> maskedMatch(const QRegularExpressionMatch& match, bool localized)
{
    if (match.hasCaptured(u"email"_s))
        return redactedText(localized);
    if (match.hasCaptured(u"mac"_s))
        return fromUtf8(maskedMacField(match.captured(u"mac"_s).toStdString()).value_or(std::string()));
    if (match.hasCaptured(u"ipv6"_s)) {
        if (const auto masked = maskedIpv6(match.captured(u"ipv6"_s).toStdString()))
            return fromUtf8(*masked);
        return std::nullopt;
    }
    if (match.hasCaptured(u"ipv4"_s)) {
        // splitIpv4 returns views: the text they point into must outlive them.
        const std::string address = match.captured(u"ipv4"_s).toStdString();
        if (const auto octets = splitIpv4(address); octets)
            return fromUtf8(maskedIpv4(*octets));
        return std::nullopt;
    }
    if (match.hasCaptured(u"phone"_s))
        return fromUtf8(maskedPhoneNumber(match.captured(u"phone"_s).toStdString()));
    return std::nullopt;
}

} // namespace

QString Redactor::text(const QString& input) const
{
    if (input.isEmpty())
        return input;
    std::call_once(d->dictionaryBuilt, [this] { d->buildDictionary(); });
    QString out;
    out.reserve(input.size());
    // Stretches between generic matches: IPv4 addresses inside a candidate that was not an
    // IPv6 address, then known values.
    const auto plain = [&](qsizetype from, qsizetype to, bool lookForIpv4) {
        if (!lookForIpv4) {
            d->dictionary.apply(input, from, to, out);
            return;
        }
        auto it = ipv4Pattern().globalMatch(QStringView(input).sliced(from, to - from));
        qsizetype position = from;
        while (it.hasNext()) {
            const auto match = it.next();
            const std::string address = match.captured().toStdString();
            const auto octets = splitIpv4(address);
            if (!octets)
                continue;
            d->dictionary.apply(input, position, from + match.capturedStart(), out);
            out += fromUtf8(maskedIpv4(*octets));
            position = from + match.capturedEnd();
        }
        d->dictionary.apply(input, position, to, out);
    };
    qsizetype position = 0;
    auto it = genericPattern().globalMatch(input);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto masked = maskedMatch(match, d->localized);
        plain(position, match.capturedStart(), false);
        if (!masked) {
            plain(match.capturedStart(), match.capturedEnd(), match.hasCaptured(u"ipv6"_s));
        } else {
            out += *masked;
        }
        position = match.capturedEnd();
    }
    plain(position, input.size(), false);
    return out;
}

// ---------------------------------------------------------------------------------------------

namespace {

/// Replaces the personal values of the copy (the second walk).
class Replacer {
public:
    Replacer(const RedactorPrivate& data, const Redactor& textRedactor, StringArena& strings)
        : d(data)
        , redactor(textRedactor)
        , arena(strings)
    {
    }

    const RedactorPrivate& d;
    const Redactor& redactor;
    StringArena& arena;
    std::unordered_map<std::string, Text> interned;
    std::unordered_map<std::string_view, Text> freeTextCache;
    std::vector<Text> pseudonyms;
    std::vector<Text> audioDeviceLabels;
    std::vector<Text> deviceLabels;
    std::vector<Text> idLabels;
    Text redacted;

    Text intern(std::string value)
    {
        const auto it = interned.find(value);
        if (it != interned.end())
            return it->second;
        const Text stored = arena.store(value);
        interned.emplace(std::move(value), stored);
        return stored;
    }
    Text intern(const QString& value) { return intern(value.toStdString()); }
    Text redactedValue()
    {
        if (redacted.isNull())
            redacted = intern(redactedText(d.localized));
        return redacted;
    }
    Text pseudonymOf(int person)
    {
        const int number = person >= 0 ? d.persons[size_t(person)].number : 0;
        if (number <= 0)
            return redactedValue();
        if (pseudonyms.size() <= size_t(number))
            pseudonyms.resize(size_t(number) + 1);
        if (pseudonyms[size_t(number)].isNull())
            pseudonyms[size_t(number)] = intern(participantText(d.localized, QString::number(number)));
        return pseudonyms[size_t(number)];
    }

    void identity(const Text& kind, Identity& identity)
    {
        switch (partyOf(kind, identity)) {
        case Party::Person:
            if (!identity.displayName.isEmpty())
                identity.displayName = pseudonymOf(d.findPerson(RedactorPrivate::keysOf(identity)));
            break;
        case Party::Device:
            deviceName(identity.displayName);
            break;
        case Party::Application:
            freeText(identity.displayName);
            break;
        }
        id(identity.id);
        id(identity.tenantId);
        id(identity.azureCommunicationServicesResourceId);
        hidden(identity.userPrincipalName);
        hidden(identity.email);
        ip(identity.ipAddress);
        identity.extra = {};
    }
    void id(Text& value)
    {
        const std::string_view original = view(value);
        if (original.empty())
            return;
        if (isPhoneNumber(original)) {
            value = intern(maskedPhoneNumber(original));
            return;
        }
        numbered(value, d.idNumbers, idText, idLabels);
    }
    void ip(Text& value)
    {
        if (value.isEmpty())
            return;
        const auto masked = maskedIpField(view(value));
        value = masked ? intern(*masked) : redactedValue();
    }
    void mac(Text& value)
    {
        if (value.isEmpty())
            return;
        const auto masked = maskedMacField(view(value));
        value = masked ? intern(*masked) : redactedValue();
    }
    /// The label of a numbered value ("Device 3"), made once per number.
    void numbered(Text& value, const std::unordered_map<std::string_view, int>& table, QString (*label)(bool, int),
        std::vector<Text>& labels)
    {
        if (value.isEmpty())
            return;
        const auto it = table.find(view(value));
        if (it == table.end()) {
            value = redactedValue();
            return;
        }
        const auto number = size_t(it->second);
        if (labels.size() <= number)
            labels.resize(number + 1);
        if (labels[number].isNull())
            labels[number] = intern(label(d.localized, it->second));
        value = labels[number];
    }
    void audioDevice(Text& value) { numbered(value, d.audioDevices, audioDeviceText, audioDeviceLabels); }
    void deviceName(Text& value) { numbered(value, d.devices, deviceText, deviceLabels); }
    void hidden(Text& value)
    {
        if (!value.isEmpty())
            value = redactedValue();
    }
    void freeText(Text& value)
    {
        if (value.isEmpty())
            return;
        auto [it, inserted] = freeTextCache.try_emplace(view(value));
        if (inserted) {
            const QString original = value.toQString();
            const QString replaced = redactor.text(original);
            it->second = replaced == original ? value : intern(replaced);
        }
        value = it->second;
    }
    void removed(Text& value) { hidden(value); }
    void tokens(std::optional<std::vector<FeedbackToken>>& tokens)
    {
        // Token names are Graph's ("NoSound", "Echo"); anything else could be typed text.
        if (tokens)
            std::erase_if(*tokens, [](const FeedbackToken& token) { return !isTokenName(view(token.name)); });
    }
    void extra(ExtraProperties& properties) { properties = {}; }
    void source(SourceJson& source) { source.json = Text(); }
    void sourceNames(QStringList& names)
    {
        for (qsizetype i = 0; i < names.size(); ++i)
            names[i] = sourceText(d.localized, int(i) + 1);
    }
    void warnings(QStringList& warnings)
    {
        for (QString& warning : warnings)
            warning = redactor.text(warning);
    }
};

} // namespace

CallRecordPtr redactRecord(const CallRecordPtr& record, const RedactionOptions& options)
{
    if (!record)
        return nullptr;
    const Redactor redactor(*record, options);
    auto copy = std::make_shared<CallRecord>(*record);
    auto strings = std::make_shared<SourceBuffer>();
    strings->name = redactedText(options.localized);
    Replacer replacer(*redactor.d, redactor, strings->arena);
    walkRecord(replacer, *copy);
    copy->buffers.push_back(std::move(strings));
    return copy;
}
