#include "masking_p.h"

using namespace Qt::StringLiterals;
using namespace std::string_literals;
using namespace std::string_view_literals;

namespace masking {

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

} // namespace masking
