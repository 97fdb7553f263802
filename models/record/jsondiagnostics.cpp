#include "jsondiagnostics_p.h"

#include <QCoreApplication>

#include <vector>

using namespace std::string_view_literals;

namespace loading {

namespace {

    /// Whether `token`, found at the very end of the text, may be a literal or number cut short
    /// ("fal", "-", "5400"): then the text is truncated rather than wrong.
    bool mayBeCutOff(std::string_view token)
    {
        if (token.empty() || "true"sv.starts_with(token) || "false"sv.starts_with(token) || "null"sv.starts_with(token))
            return true;
        return (token[0] == '-' || (token[0] >= '0' && token[0] <= '9'))
            && token.find_first_not_of("0123456789+-.eE") == std::string_view::npos;
    }

} // namespace

size_t invalidJsonAt(std::string_view text)
{
    std::vector<char> stack; // '{' or '['
    size_t i = 0;
    const size_t n = text.size();
    const auto blank = [&] {
        while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
            ++i;
    };
    const auto string = [&]() -> bool {
        ++i; // opening quote
        while (i < n) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == '"') {
                ++i;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                // A bad escape is reported at its backslash; one cut short by the end of the
                // text is a truncation.
                const size_t backslash = i;
                if (++i >= n)
                    return false;
                const char e = text[i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k) {
                        if (i + size_t(k) >= n) {
                            i = n;
                            return false;
                        }
                        if (!std::isxdigit(static_cast<unsigned char>(text[i + size_t(k)]))) {
                            i = backslash;
                            return false;
                        }
                    }
                    i += 4;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
                    i = backslash;
                    return false;
                }
            }
            ++i;
        }
        return false;
    };
    enum class Expect { Value, KeyOrEnd, Key, Colon, CommaOrEnd, ValueOrEnd };
    Expect expect = Expect::Value;
    while (true) {
        blank();
        if (i >= n)
            return stack.empty() && expect == Expect::CommaOrEnd ? std::string_view::npos : n;
        const char c = text[i];
        switch (expect) {
        case Expect::Key:
        case Expect::KeyOrEnd:
            if (c == '}' && expect == Expect::KeyOrEnd) {
                stack.pop_back();
                ++i;
                expect = Expect::CommaOrEnd;
            } else if (c == '"') {
                if (!string())
                    return i;
                expect = Expect::Colon;
            } else {
                return i;
            }
            break;
        case Expect::Colon:
            if (c != ':')
                return i;
            ++i;
            expect = Expect::Value;
            break;
        case Expect::CommaOrEnd:
            if (stack.empty())
                return i; // something after the value
            if (c == ',') {
                ++i;
                expect = stack.back() == '{' ? Expect::Key : Expect::Value;
            } else if ((c == '}' && stack.back() == '{') || (c == ']' && stack.back() == '[')) {
                stack.pop_back();
                ++i;
            } else {
                return i;
            }
            break;
        case Expect::Value:
        case Expect::ValueOrEnd:
            if (c == ']' && expect == Expect::ValueOrEnd) {
                stack.pop_back();
                ++i;
                expect = Expect::CommaOrEnd;
            } else if (c == '{') {
                stack.push_back('{');
                ++i;
                expect = Expect::KeyOrEnd;
            } else if (c == '[') {
                stack.push_back('[');
                ++i;
                expect = Expect::ValueOrEnd;
            } else if (c == '"') {
                if (!string())
                    return i;
                expect = Expect::CommaOrEnd;
            } else {
                size_t end = i;
                while (end < n && std::string_view(" \n\r\t,]}").find(text[end]) == std::string_view::npos)
                    ++end;
                const std::string_view token = text.substr(i, end - i);
                if (token != "true" && token != "false" && token != "null" && !isJsonNumber(token))
                    return end == n && mayBeCutOff(token) ? n : i;
                i = end;
                expect = Expect::CommaOrEnd;
            }
            break;
        }
    }
}

/// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i < s.size() && s[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == s.size();
}

bool isNonFiniteName(std::string_view s)
{
    return s == "NaN"sv || s == "INF"sv || s == "-INF"sv || s == "Infinity"sv || s == "-Infinity"sv;
}

QString describeJsonError(simdjson::error_code code)
{
    switch (code) {
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        return Tr::tr("the JSON ends before every object and array is closed (is the file truncated?)");
    case simdjson::UNCLOSED_STRING:
        return Tr::tr("a string is not closed (is the file truncated?)");
    case simdjson::DEPTH_ERROR:
        return Tr::tr("objects and arrays are nested more than 1024 levels deep");
    case simdjson::STRING_ERROR:
        return Tr::tr("a string contains an invalid escape sequence or control character");
    case simdjson::UNESCAPED_CHARS:
        return Tr::tr("a string contains a control character (such as a tab or line break) that is not escaped");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return Tr::tr("an invalid literal (expected true, false or null)");
    case simdjson::NUMBER_ERROR:
        return Tr::tr("an invalid number");
    case simdjson::UTF8_ERROR:
        return Tr::tr("the text is not valid UTF-8");
    case simdjson::TAPE_ERROR:
    case simdjson::TRAILING_CONTENT:
        return Tr::tr("unexpected character; this is not valid JSON");
    case simdjson::EMPTY:
        return Tr::tr("the file contains no JSON value");
    default:
        //: %1 the English error message of the JSON parser (simdjson)
        return Tr::tr("not valid JSON (%1)").arg(QString::fromUtf8(simdjson::error_message(code)));
    }
}

/// What is wrong at `at`, the first byte that breaks the JSON grammar (see invalidJsonAt).
QString describeInvalidAt(std::string_view text, size_t at)
{
    const auto c = static_cast<unsigned char>(text[at]);
    if (c < 0x20)
        //: %1 the byte value as two hex digits, e.g. "0a"
        return Tr::tr("a control character (byte 0x%1); JSON allows them only escaped, inside strings")
            .arg(c, 2, 16, QLatin1Char('0'));
    if (c == '\\') {
        // A backslash inside a string that starts no valid escape ("\q", "\u12G4").
        const size_t length = std::min<size_t>(at + 1 < text.size() && text[at + 1] == 'u' ? 6 : 2, text.size() - at);
        //: %1 the escape as written, e.g. "\q" or "\u12G4"
        return Tr::tr("a string contains an invalid escape sequence (%1); this is not valid JSON")
            .arg(QString::fromUtf8(text.substr(at, length)));
    }
    if (c == '}' || c == ']') {
        size_t before = at;
        while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1])))
            --before;
        if (before > 0 && text[before - 1] == ',')
            return Tr::tr("a trailing comma before a closing bracket; this is not valid JSON");
        return Tr::tr(
            "an unexpected closing bracket (a value is missing or the brackets do not match); this is not valid JSON");
    }
    return describeJsonError(simdjson::TAPE_ERROR);
}

/// Offset of the first byte that breaks UTF-8, or npos.
size_t firstInvalidUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        unsigned cp = c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

} // namespace loading
