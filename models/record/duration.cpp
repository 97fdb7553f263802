#include "duration.h"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

/// Moves the decimal point of a plain decimal number (digits, optional '.') `places` to the
/// right (positive) or left (negative), returning a plain decimal text.
std::string shiftDecimal(std::string_view intDigits, std::string_view fracDigits, int places)
{
    std::string digits;
    digits.reserve(intDigits.size() + fracDigits.size() + size_t(std::abs(places)) + 2);
    digits.append(intDigits);
    digits.append(fracDigits);
    long point = long(intDigits.size()) + places;
    if (point < 0) {
        digits.insert(0, size_t(-point), '0');
        point = 0;
    }
    if (size_t(point) > digits.size())
        digits.append(size_t(point) - digits.size(), '0');
    std::string out = digits.substr(0, size_t(point));
    if (out.empty())
        out.push_back('0');
    if (size_t(point) < digits.size()) {
        out += '.';
        out += digits.substr(size_t(point));
    }
    return out;
}

std::optional<double> toDouble(const std::string& text)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}
} // namespace

namespace {
/// The form Graph sends, "PT<digits>[.<digits>]S", without building strings. Exact: the
/// decimal mantissa and a power of ten are both exact doubles, so one multiplication or
/// division rounds once, like from_chars on the shifted text.
std::optional<double> parseSecondsOnly(std::string_view text)
{
    if (text.size() < 4 || text[0] != 'P' || text[1] != 'T' || text.back() != 'S')
        return std::nullopt;
    static constexpr double kPowers[]
        = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    uint64_t mantissa = 0;
    int digits = 0;
    int fraction = -1; // digits after the point, -1 without a point
    for (size_t i = 2; i + 1 < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            mantissa = mantissa * 10 + uint64_t(c - '0');
            if (++digits > 15)
                return std::nullopt;
            if (fraction >= 0)
                ++fraction;
        } else if (c == '.' && fraction < 0) {
            fraction = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits == 0)
        return std::nullopt;
    const int shift = 3 - (fraction < 0 ? 0 : fraction); // seconds -> milliseconds
    const double value = double(mantissa);
    return shift >= 0 ? value * kPowers[shift] : value / kPowers[-shift];
}
} // namespace

namespace {
/// About 31,700 years: longer values are not call data, and formatIsoDuration writes them back
/// with more digits than the parser takes.
constexpr double kMaxDurationMs = 1e15;
std::optional<double> parseIsoDurationUnchecked(std::string_view text);
} // namespace

std::optional<double> parseIsoDurationMs(std::string_view text)
{
    const auto value = parseIsoDurationUnchecked(text);
    if (value && std::fabs(*value) > kMaxDurationMs)
        return std::nullopt;
    return value;
}

bool isPlausibleDurationMs(double ms)
{
    return std::isfinite(ms) && std::fabs(ms) <= kMaxDurationMs;
}

namespace {
std::optional<double> parseIsoDurationUnchecked(std::string_view text)
{
    if (const auto fast = parseSecondsOnly(text))
        return fast;

    size_t i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        negative = text[i] == '-';
        ++i;
    }
    if (i >= text.size() || upper(text[i]) != 'P')
        return std::nullopt;
    ++i;

    double total = 0;
    bool inTime = false;
    bool anyComponent = false;
    bool secondsSeen = false;
    // Designators must appear in this order; each at most once.
    int lastRank = 0;
    while (i < text.size()) {
        if (upper(text[i]) == 'T') {
            if (inTime)
                return std::nullopt;
            inTime = true;
            ++i;
            continue;
        }
        const size_t intStart = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        const std::string_view intDigits = text.substr(intStart, i - intStart);
        std::string_view fracDigits;
        if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
            const size_t fracStart = ++i;
            while (i < text.size() && isDigit(text[i]))
                ++i;
            fracDigits = text.substr(fracStart, i - fracStart);
        }
        if ((intDigits.empty() && fracDigits.empty()) || i >= text.size() || intDigits.size() > 15)
            return std::nullopt;
        const char designator = upper(text[i++]);
        int rank = 0;
        double unitMs = 0;
        if (!inTime && designator == 'W') {
            rank = 1;
            unitMs = 7 * 86400000.0;
        } else if (!inTime && designator == 'D') {
            rank = 2;
            unitMs = 86400000.0;
        } else if (inTime && designator == 'H') {
            rank = 3;
            unitMs = 3600000.0;
        } else if (inTime && designator == 'M') {
            rank = 4;
            unitMs = 60000.0;
        } else if (inTime && designator == 'S') {
            rank = 5;
        } else {
            return std::nullopt; // years, months, or a designator out of place
        }
        if (rank <= lastRank || secondsSeen)
            return std::nullopt;
        lastRank = rank;
        // A fraction is only allowed on the last component.
        if (!fracDigits.empty() && i != text.size())
            return std::nullopt;
        std::optional<double> value;
        if (rank == 5) {
            value = toDouble(shiftDecimal(intDigits, fracDigits, 3));
            secondsSeen = true;
        } else {
            const auto number = toDouble(shiftDecimal(intDigits, fracDigits, 0));
            if (number)
                value = *number * unitMs;
        }
        if (!value)
            return std::nullopt;
        total += *value;
        anyComponent = true;
    }
    if (!anyComponent || (inTime && lastRank < 3))
        return std::nullopt;
    if (!std::isfinite(total))
        return std::nullopt;
    return negative ? -total : total;
}

} // namespace

std::string formatIsoDuration(double milliseconds)
{
    if (!std::isfinite(milliseconds))
        return "PT0S";
    const bool negative = std::signbit(milliseconds) && milliseconds != 0;
    char buffer[400];
    const auto result
        = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(milliseconds), std::chars_format::fixed);
    std::string_view fixed(buffer, size_t(result.ptr - buffer));
    const auto dot = fixed.find('.');
    const std::string_view intDigits = fixed.substr(0, dot);
    const std::string_view fracDigits = dot == std::string_view::npos ? std::string_view() : fixed.substr(dot + 1);
    std::string seconds = shiftDecimal(intDigits, fracDigits, -3);
    // Strip trailing zeros of the fraction ("0.0160" -> "0.016", "1.000" -> "1").
    if (seconds.find('.') != std::string::npos) {
        while (seconds.back() == '0')
            seconds.pop_back();
        if (seconds.back() == '.')
            seconds.pop_back();
    }
    // Strip superfluous leading zeros ("0016" -> "16").
    while (seconds.size() > 1 && seconds[0] == '0' && seconds[1] != '.')
        seconds.erase(0, 1);
    return (negative ? "-PT" : "PT") + seconds + 'S';
}
