#pragma once

// Masking of single personal values (addresses, phone numbers) and the patterns that find
// them in free text. Internal to redaction.

#include "record/text.h"

#include <QRegularExpression>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace masking {

bool isDigit(char c);
/// The four octets of a dotted-quad IPv4 address, or nullopt.
std::optional<std::array<std::string_view, 4>> splitIpv4(std::string_view s);
/// "10.150.x.x"
std::string maskedIpv4(const std::array<std::string_view, 4>& octets);
/// "2001:db8:x:x:x:x:x:x", or nullopt when `s` is no IPv6 address.
std::optional<std::string> maskedIpv6(std::string_view s);
/// An address field masked (IPv4, IPv6, with a port or a prefix length), or nullopt.
std::optional<std::string> maskedIpField(std::string_view s);
/// A MAC address or BSSID with its hex digits masked, or nullopt.
std::optional<std::string> maskedMacField(std::string_view s);
/// Whether `s` is written as an international phone number (or is one already masked).
bool isPhoneNumber(std::string_view s);
/// "+55 …": only the country calling code stays.
std::string maskedPhoneNumber(std::string_view s);
/// E-mail addresses, MAC, IPv6 and IPv4 addresses and phone numbers in free text.
const QRegularExpression& genericPattern();
const QRegularExpression& ipv4Pattern();

inline std::string_view view(const Text& text)
{
    return text.view();
}

inline QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace masking
