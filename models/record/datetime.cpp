#include "datetime.h"

#include <charconv>

namespace {
// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar.
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool readFixed(std::string_view text, size_t& pos, size_t digits, int& out)
{
    if (pos + digits > text.size())
        return false;
    int value = 0;
    for (size_t i = 0; i < digits; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += digits;
    out = value;
    return true;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

std::optional<qint64> parseMicrosoftJsonDate(std::string_view text)
{
    // "/Date(1582656741216)/" or "/Date(1582656741216+0100)/"; the offset does not change the instant.
    constexpr std::string_view prefix = "/Date(";
    if (!text.starts_with(prefix) || !text.ends_with(")/"))
        return std::nullopt;
    const std::string_view inner = text.substr(prefix.size(), text.size() - prefix.size() - 2);
    qint64 ms = 0;
    const auto result = std::from_chars(inner.data(), inner.data() + inner.size(), ms);
    if (result.ec != std::errc())
        return std::nullopt;
    const std::string_view rest(result.ptr, size_t(inner.data() + inner.size() - result.ptr));
    if (!rest.empty() && !(rest.size() == 5 && (rest[0] == '+' || rest[0] == '-')))
        return std::nullopt;
    // Years 1 to 9999, like the ISO form: keeps differences of two dates far from overflow.
    constexpr qint64 kMin = -62135596800000; // 0001-01-01
    constexpr qint64 kMax = 253402300799999; // 9999-12-31T23:59:59.999
    if (ms < kMin || ms > kMax)
        return std::nullopt;
    return ms;
}
} // namespace

std::optional<qint64> parseDateTimeMs(std::string_view text)
{
    if (!text.empty() && text[0] == '/')
        return parseMicrosoftJsonDate(text);
    size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!readFixed(text, pos, 4, year) || year < 1 || pos >= text.size() || text[pos++] != '-'
        || !readFixed(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-' || !readFixed(text, pos, 2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 msOfDay = 0;
    qint64 offsetMinutes = 0;
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')
            return std::nullopt;
        ++pos;
        if (!readFixed(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':'
            || !readFixed(text, pos, 2, minute))
            return std::nullopt;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!readFixed(text, pos, 2, second))
                return std::nullopt;
        }
        if (hour > 23 || minute > 59 || second > 60)
            return std::nullopt;
        int millis = 0;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            int digits = 0;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                if (digits < 3)
                    millis = millis * 10 + (text[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int i = digits; i < 3; ++i)
                millis *= 10;
        }
        msOfDay = ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + millis;
        if (pos < text.size()) {
            const char zone = text[pos];
            if (zone == 'Z' || zone == 'z') {
                ++pos;
            } else if (zone == '+' || zone == '-') {
                ++pos;
                int oh = 0, om = 0;
                if (!readFixed(text, pos, 2, oh))
                    return std::nullopt;
                if (pos < text.size() && text[pos] == ':')
                    ++pos;
                if (pos < text.size() && !readFixed(text, pos, 2, om))
                    return std::nullopt;
                if (oh > 23 || om > 59)
                    return std::nullopt;
                offsetMinutes = (zone == '+' ? 1 : -1) * (qint64(oh) * 60 + om);
            }
        }
    }
    if (pos != text.size())
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    return days * 86400000 + msOfDay - offsetMinutes * 60000;
}
