#include "loader.h"

#include "datetime.h"
#include "duration.h"
#include "jsonkeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <simdjson.h>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstring>
#include <exception>
#include <span>
#include <thread>

#include <limits>
#include <unistd.h>
#include <unordered_map>

namespace od = simdjson::ondemand;
using namespace std::string_view_literals;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Loader)
};

bool isJsonNumber(std::string_view s);

/// Whether `token`, found at the very end of the text, may be a literal or number cut short
/// ("fal", "-", "5400"): then the text is truncated rather than wrong.
bool mayBeCutOff(std::string_view token)
{
    if (token.empty() || "true"sv.starts_with(token) || "false"sv.starts_with(token) || "null"sv.starts_with(token))
        return true;
    return (token[0] == '-' || (token[0] >= '0' && token[0] <= '9'))
        && token.find_first_not_of("0123456789+-.eE") == std::string_view::npos;
}

/// Offset of the first byte that breaks the JSON grammar in `text` (one complete value), or
/// npos. Iterative: nesting depth does not use the stack.
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
                if (++i >= n)
                    return false;
                const char e = text[i];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k) {
                        if (i + size_t(k) >= n || !std::isxdigit(static_cast<unsigned char>(text[i + size_t(k)])))
                            return false;
                    }
                    i += 4;
                } else if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) {
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

constexpr int kMaxWarningsPerRecord = 100;

// ---------------------------------------------------------------------------------------------
// Errors

/// A problem that stops the whole document (bad JSON syntax, cancellation). Internal only:
/// caught at the loader boundary and turned into a message.
struct FatalError {
    QString message;
    const char* where = nullptr;
};
struct Cancelled { };

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

/// Line and column (1-based, column in bytes) of a position; remembers the last answer so
/// that warnings, which come in file order, cost one pass over the file in total.
class LineCounter {
public:
    explicit LineCounter(std::string_view text)
        : m_text(text)
    {
    }
    std::pair<qint64, qint64> at(size_t offset)
    {
        offset = std::min(offset, m_text.size());
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        for (size_t i = m_offset; i < offset; ++i) {
            if (m_text[i] == '\n') {
                ++m_line;
                m_lineStart = i + 1;
            }
        }
        m_offset = offset;
        return { m_line, qint64(offset - m_lineStart) + 1 };
    }

private:
    std::string_view m_text;
    size_t m_offset = 0;
    qint64 m_line = 1;
    size_t m_lineStart = 0;
};

// ---------------------------------------------------------------------------------------------
// What one document holds before records and pages are put together.

struct ParsedItem {
    enum Kind { Record, SessionsPage, ParticipantsPage };
    Kind kind = Record;
    CallRecord record; // for a page: id from @odata.context, sessions or participants and next link
};

bool contextIsParticipants(const Text& context);

/// A JSON object that may be a callRecord or a session: both share id, start/end and
/// modalities, so the parse fills both and the keys seen decide which it was.
struct Entity {
    CallRecord record;
    Session session;
    bool recordKeys = false;
    bool sessionKeys = false;
    bool anyKnownKey = false;
    bool participantKeys = false; // "identity": a participants_v2 entry, not a record or session
    // Only meaningful at the top of a document.
    Text context;
    Text nextLink;
    bool hasValueArray = false;
    int valueCount = 0; // elements of "value", objects or not
    std::vector<Entity> values;
    bool participantsPage = false; // "value" held participants_v2 entries
    std::vector<Participant> participantValues;
    bool isErrorBody = false;
    QString errorCode;
    QString errorMessage;
    QString errorRequestId;
    QStringList unknownKeys;
};

// ---------------------------------------------------------------------------------------------

class Parser {
public:
    Parser(SourceBuffer& buffer, const LoadOptions& options)
        : Parser(buffer, buffer.arena, options)
    {
    }
    /// A parser that keeps unescaped strings in `arena` (a helper thread's own).
    Parser(SourceBuffer& buffer, StringArena& arena, const LoadOptions& options)
        : m_buffer(buffer)
        , m_arena(arena)
        , m_text(buffer.bytes.data() + buffer.offset, buffer.bytes.size() - buffer.offset)
        , m_docEnd(m_text.data() + m_text.size())
        , m_lines(m_text)
        , m_options(options)
    {
        m_path.reserve(16);
    }

    std::vector<ParsedItem> parse();
    /// What the caller knows about the document (a Graph client knows which page it fetched).
    void setHint(DocumentKind kind, const QString& recordId)
    {
        m_hintKind = kind;
        m_hintRecordId = recordId;
    }

private:
    // --- plumbing
    [[noreturn]] void fail(simdjson::error_code code)
    {
        const char* where = nullptr;
        if (m_doc && m_doc->current_location().get(where) != simdjson::SUCCESS)
            where = nullptr;
        // An error at the very end of the text means the JSON stops early.
        const char* end = m_docEnd;
        while (end > m_text.data() && std::isspace(static_cast<unsigned char>(end[-1])))
            --end;
        if (!where || where >= end - 1) {
            // simdjson may only notice a stray comma or bracket at the end: find it.
            if (const size_t at = invalidJsonAt(m_text); at < m_text.size())
                throw FatalError { describeInvalidAt(m_text, at), m_text.data() + at };
            throw FatalError { describeJsonError(simdjson::INCOMPLETE_ARRAY_OR_OBJECT), m_text.data() + m_text.size() };
        }
        failAt(code, where);
    }
    template <typename T>
    void check(simdjson::simdjson_result<T>&& result, T& out)
    {
        if (auto error = std::move(result).get(out))
            fail(error);
    }
    od::json_type typeOf(od::value& v)
    {
        od::json_type type {};
        if (auto error = v.type().get(type))
            fail(error);
        // simdjson looks only at the first character here and does not check values it skips;
        // check literals so that "nope" or "tru" is an error, not a null or a boolean.
        if (type == od::json_type::null || type == od::json_type::boolean) {
            const auto token = trimmed(v.raw_json_token());
            if (token != "null" && token != "true" && token != "false")
                failAt(type == od::json_type::null ? simdjson::N_ATOM_ERROR : simdjson::T_ATOM_ERROR, token.data());
        }
        return type;
    }
    static std::string_view trimmed(std::string_view token)
    {
        while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back())))
            token.remove_suffix(1);
        return token;
    }
    [[noreturn]] void failAt(simdjson::error_code code, const char* where)
    {
        const char* tokenEnd = where;
        while (tokenEnd < m_docEnd && std::string_view(",:[]{}\"").find(*tokenEnd) == std::string_view::npos
            && !std::isspace(static_cast<unsigned char>(*tokenEnd)))
            ++tokenEnd;
        const std::string_view token(where, size_t(std::max(tokenEnd, where) - where));
        if (isNonFiniteName(token)) {
            //: %1 is NaN, Infinity or -Infinity as written in the file
            QString message
                = Tr::tr("%1 is not a JSON number (JSON has no NaN or infinities; null marks a missing value)");
            throw FatalError { message.arg(QString::fromLatin1(token)), where };
        }
        // Text that is valid JSON up to its end, which comes too early ("fal", "5400", a
        // complete string before the end): truncated, whatever simdjson tripped over.
        if (invalidJsonAt(m_text) == m_text.size())
            throw FatalError { describeJsonError(simdjson::INCOMPLETE_ARRAY_OR_OBJECT), m_text.data() + m_text.size() };
        if (code == simdjson::TAPE_ERROR && offsetOf(where) < m_text.size() && (*where == '}' || *where == ']'))
            throw FatalError { describeInvalidAt(m_text, offsetOf(where)), where };
        throw FatalError { describeJsonError(code), where };
    }
    /// A number token simdjson could not convert: bad syntax is fatal, a well-formed number
    /// out of range is only a warning (the caller's).
    void checkNumberSyntax(od::value& v)
    {
        const auto token = trimmed(v.raw_json_token());
        if (!isJsonNumber(token))
            failAt(simdjson::NUMBER_ERROR, token.data());
    }
    size_t offsetOf(const char* p) const
    {
        if (p < m_text.data() || p > m_text.data() + m_text.size())
            return m_text.size();
        return size_t(p - m_text.data());
    }
    QString location(const char* p)
    {
        const auto [line, column] = m_lines.at(offsetOf(p));
        //: %1 line number, %2 column number in a file
        return Tr::tr("line %1, column %2").arg(line).arg(column);
    }
    QString path() const;
    void warn(od::value& v, std::string_view property, const QString& what);
    void checkCancel(const char* where)
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            throw Cancelled {};
        if (m_options.progress)
            m_options.progress(qint64(offsetOf(where)), qint64(m_text.size()));
    }

    JsonKey keyOf(od::field& field, od::value& value, Text& key);
    Text stringText(od::value& v);
    Text rawValue(od::value& v);
    const char* endOfContainer();

    template <typename Handler>
    void forEachField(od::value& v, Handler&& handle);
    template <typename Handler>
    void forEachElement(od::value& v, std::string_view property, Handler&& handle);

    // --- typed readers: each leaves the target missing and warns when the value does not fit
    void readText(od::value& v, std::string_view property, Text& out);
    void readDouble(od::value& v, std::string_view property, OptionalDouble& out);
    void readInt(od::value& v, std::string_view property, OptionalInt& out);
    void readBool(od::value& v, std::string_view property, std::optional<bool>& out);
    void readDuration(od::value& v, std::string_view property, Milliseconds& out);
    void readDateTime(od::value& v, std::string_view property, DateTime& out);
    void readEnum(od::value& v, std::string_view property, EnumType type, EnumValue& out);
    void readEnumList(od::value& v, std::string_view property, EnumType type, std::vector<EnumValue>& out);
    bool expectObject(od::value& v, std::string_view property);
    void addExtra(ExtraProperties& extra, Text key, od::value& v);

    // --- schema types
    void parseEntity(od::value& v, Entity& entity, bool topLevel);
    void parseErrorBody(od::value& v, Entity& entity);
    void parseSessionInto(od::value& v, Session& session);
    bool sessionField(JsonKey key, Text name, od::value& v, Session& session);
    void parseSegment(od::value& v, Segment& segment);
    void parseMedia(od::value& v, Media& media);
    void parseStream(od::value& v, MediaStream& stream);
    void parseEndpoint(od::value& v, std::string_view property, std::optional<Endpoint>& out);
    void parseUserAgent(od::value& v, std::optional<UserAgent>& out);
    void parseFeedback(od::value& v, std::optional<UserFeedback>& out);
    void parseFailure(od::value& v, std::optional<FailureInfo>& out);
    void parseNetwork(od::value& v, std::string_view property, std::optional<NetworkInfo>& out);
    void parseDevice(od::value& v, std::string_view property, std::optional<DeviceInfo>& out);
    void parseIdentity(od::value& v, std::string_view property, std::optional<Identity>& out);
    void parseIdentitySet(od::value& v, std::string_view property, std::optional<IdentitySet>& out);
    void parseParticipant(od::value& v, std::string_view property, std::optional<Participant>& out);
    void parseSessions(od::value& v, std::vector<Session>& out);

    std::vector<ParsedItem> itemsFrom(Entity&& entity, const char* where);

    /// Parses whole session objects given as spans of the buffer, each as a document of its own.
    struct SessionSpan {
        std::string_view json;
        int index;
    };
    void parseSessionSpans(std::span<const SessionSpan> spans, std::span<Session> out, bool reportProgress);

    SourceBuffer& m_buffer;
    StringArena& m_arena;
    std::string_view m_text;
    const char* m_docEnd; // end of the document being iterated (the file, or one session)
    std::unique_ptr<od::parser> m_sessionParser;
    int m_flattening = 0; // inside an AdditionalProperties object
    LineCounter m_lines;
    DocumentKind m_hintKind = DocumentKind::Auto;
    QString m_hintRecordId;
    const LoadOptions& m_options;
    od::document* m_doc = nullptr;
    QStringList* m_warnings = nullptr;
    int m_suppressedWarnings = 0;
    struct PathElement {
        const char* kind;
        int index;
    };
    std::vector<PathElement> m_path;
};

QString Parser::path() const
{
    QString out;
    for (const auto& element : m_path) {
        if (!out.isEmpty())
            out += u" › ";
        // The numbered nodes read as in the tree ("session 2 › segment 1"); property names
        // ("caller", "networkInfo") stay Graph's.
        const std::string_view kind = element.kind;
        const int number = element.index + 1;
        if (element.index >= 0 && kind == "session")
            //: a place in a call record, as in "session 2 › segment 1 › media 1 › stream 2"; %1 a number
            out += Tr::tr("session %1").arg(number);
        else if (element.index >= 0 && kind == "segment")
            //: a place in a call record, as in "session 2 › segment 1"; %1 a number
            out += Tr::tr("segment %1").arg(number);
        else if (element.index >= 0 && kind == "media")
            //: a place in a call record, as in "segment 1 › media 1"; %1 a number
            out += Tr::tr("media %1").arg(number);
        else if (element.index >= 0 && kind == "stream")
            //: a place in a call record, as in "media 1 › stream 2"; %1 a number
            out += Tr::tr("stream %1").arg(number);
        else if (element.index >= 0)
            out += QString::fromLatin1(element.kind) + u' ' + QString::number(number);
        else
            out += QString::fromLatin1(element.kind);
    }
    return out;
}

void Parser::warn(od::value& v, std::string_view property, const QString& what)
{
    if (!m_warnings)
        return;
    if (m_warnings->size() >= kMaxWarningsPerRecord) {
        ++m_suppressedWarnings;
        return;
    }
    const char* where = v.raw_json_token().data();
    QString where2 = path();
    QString message = location(where) + u": ";
    if (!where2.isEmpty())
        message += where2 + u": ";
    message += QString::fromUtf8(property.data(), qsizetype(property.size())) + u' ' + what;
    m_warnings->append(message);
}

JsonKey Parser::keyOf(od::field& field, od::value& value, Text& key)
{
    // The key is in the buffer between its quotes; the value's first byte is known, and only
    // blanks and ':' lie between the key's closing quote and the value. Scanning back from
    // the value is shorter than scanning the key.
    const char* start = field.key().raw();
    const char* quote = value.raw_json_token().data() - 1;
    while (*quote != '"')
        --quote;
    key = Text(std::string_view(start, size_t(quote - start)));
    const JsonKey id = lookupJsonKey(key.view());
    // Known names contain no backslash, so only an unknown key can have escapes (rare).
    if ((id == JsonKey::Unknown || id == JsonKey::Annotation) && std::memchr(start, '\\', key.view().size())) {
        std::string_view unescaped;
        check(field.unescaped_key(), unescaped);
        key = m_arena.store(unescaped);
        return lookupJsonKey(key.view());
    }
    return id;
}

Text Parser::stringText(od::value& v)
{
    std::string_view token = v.raw_json_token();
    while (
        !token.empty() && (token.back() == ' ' || token.back() == '\n' || token.back() == '\r' || token.back() == '\t'))
        token.remove_suffix(1);
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
        const std::string_view inner = token.substr(1, token.size() - 2);
        if (inner.find('\\') == std::string_view::npos) {
            od::raw_json_string raw;
            check(v.get_raw_json_string(), raw);
            return Text(inner);
        }
    }
    std::string_view unescaped;
    check(v.get_string(), unescaped);
    return m_arena.store(unescaped);
}

Text Parser::rawValue(od::value& v)
{
    std::string_view raw;
    const auto type = typeOf(v);
    switch (type) {
    case od::json_type::object: {
        od::object object;
        check(v.get_object(), object);
        check(object.raw_json(), raw);
        break;
    }
    case od::json_type::array: {
        od::array array;
        check(v.get_array(), array);
        check(array.raw_json(), raw);
        break;
    }
    default:
        raw = v.raw_json_token();
        if (type == od::json_type::number)
            checkNumberSyntax(v);
        if (type == od::json_type::string) {
            od::raw_json_string consumed;
            check(v.get_raw_json_string(), consumed);
        }
        break;
    }
    // simdjson's raw views run up to the next token, blanks included.
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    // simdjson skips unknown values without checking them; kept values must be valid JSON
    // (they are shown and written back).
    if (type == od::json_type::object || type == od::json_type::array || type == od::json_type::string) {
        if (const size_t bad = invalidJsonAt(raw); bad != std::string_view::npos)
            failAt(simdjson::TAPE_ERROR, raw.data() + bad);
    }
    return Text(raw);
}

const char* Parser::endOfContainer()
{
    // After a container is consumed, the iterator stands on the next token; the container's
    // closing bracket is the last non-blank character before it.
    const char* next = m_docEnd;
    const char* location = nullptr;
    if (m_doc && !m_doc->current_location().get(location) && location)
        next = location;
    while (next > m_text.data()) {
        const char c = next[-1];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            --next;
        else
            break;
    }
    return next;
}

template <typename Handler>
void Parser::forEachField(od::value& v, Handler&& handle)
{
    od::object object;
    check(v.get_object(), object);
    for (auto result : object) {
        od::field field;
        check(std::move(result), field);
        od::value& value = field.value();
        Text key;
        const JsonKey id = keyOf(field, value, key);
        // The Microsoft Graph PowerShell SDK nests undeclared properties (often "@odata.type")
        // in "AdditionalProperties"; they belong to the object itself.
        // One level only: nested ones are ordinary unknown properties (and recursion on a
        // hostile file's nesting would overflow the stack).
        if (id == JsonKey::AdditionalProperties && m_flattening == 0 && typeOf(value) == od::json_type::object) {
            ++m_flattening;
            forEachField(value, handle);
            --m_flattening;
            continue;
        }
        handle(id, key, value);
    }
}

template <typename Handler>
void Parser::forEachElement(od::value& v, std::string_view property, Handler&& handle)
{
    const auto type = typeOf(v);
    if (type == od::json_type::null)
        return;
    if (type != od::json_type::array) {
        warn(v, property, Tr::tr("is not an array; ignored"));
        return;
    }
    od::array array;
    check(v.get_array(), array);
    int index = 0;
    for (auto result : array) {
        od::value element;
        check(std::move(result), element);
        handle(element, index++);
    }
}

bool Parser::expectObject(od::value& v, std::string_view property)
{
    const auto type = typeOf(v);
    if (type == od::json_type::object)
        return true;
    if (type == od::json_type::null)
        return false;
    if (type == od::json_type::string) {
        const Text text = stringText(v);
        // ConvertTo-Json without -Depth writes nested objects as "@{key=value; ...}" or
        // type names; say how to fix the export instead of just "wrong type".
        if (text.view().starts_with("@{") || text.view().starts_with("System.")
            || text.view().starts_with("Microsoft.Graph.")) {
            warn(v, property,
                //: follows a property name; %1 the start of the text (40 characters), e.g. "@{id=…"
                Tr::tr("holds the text \"%1…\" instead of an object: the file was saved by PowerShell's "
                       "ConvertTo-Json without enough -Depth (use -Depth 20); ignored")
                    .arg(text.toQString().left(40)));
            return false;
        }
    }
    warn(v, property, Tr::tr("is not an object; ignored"));
    return false;
}

void Parser::addExtra(ExtraProperties& extra, Text key, od::value& v)
{
    if (lookupJsonKey(key.view()) == JsonKey::Annotation || key.view().starts_with('@'))
        return; // instance annotations (@odata.*) are metadata, not properties
    extra.set(key, rawValue(v));
}

void Parser::readText(od::value& v, std::string_view property, Text& out)
{
    switch (typeOf(v)) {
    case od::json_type::string:
        out = stringText(v);
        return;
    case od::json_type::null:
        out = Text();
        return;
    case od::json_type::number:
    case od::json_type::boolean:
        // Some exporters write numeric ids as numbers; keep the digits as text.
        out = rawValue(v);
        return;
    default:
        out = Text();
        warn(v, property, Tr::tr("is not text; ignored"));
        return;
    }
}

void Parser::readDouble(od::value& v, std::string_view property, OptionalDouble& out)
{
    out.reset();
    switch (typeOf(v)) {
    case od::json_type::number: {
        double value = 0;
        if (v.get_double().get(value) || !std::isfinite(value)) {
            checkNumberSyntax(v);
            warn(v, property, Tr::tr("is a number out of range; treated as missing"));
            return;
        }
        out = value;
        return;
    }
    case od::json_type::string: {
        const Text text = stringText(v);
        double value = 0;
        const auto s = text.view();
        const auto result = std::from_chars(s.data(), s.data() + s.size(), value);
        if (result.ec == std::errc() && result.ptr == s.data() + s.size() && std::isfinite(value)) {
            out = value; // OData IEEE754Compatible numbers are strings
            return;
        }
        if (isNonFiniteName(s))
            //: follows a property name; %1 NaN, INF or Infinity as written in the file
            warn(v, property, Tr::tr("is %1 (not a finite number); treated as missing").arg(text.toQString()));
        else
            //: follows a property name; %1 the text found (at most 40 characters), e.g. "fast"
            warn(v, property, Tr::tr("\"%1\" is not a number; treated as missing").arg(text.toQString().left(40)));
        return;
    }
    case od::json_type::null:
        return;
    default:
        warn(v, property, Tr::tr("is not a number; treated as missing"));
        return;
    }
}

void Parser::readInt(od::value& v, std::string_view property, OptionalInt& out)
{
    out.reset();
    OptionalDouble number;
    const auto type = typeOf(v);
    if (type == od::json_type::number) {
        od::number_type numberType {};
        if (!v.get_number_type().get(numberType) && numberType == od::number_type::signed_integer) {
            int64_t value = 0;
            if (!v.get_int64().get(value)) {
                out = value;
                return;
            }
        }
    }
    readDouble(v, property, number);
    if (!number)
        return;
    if (*number != std::floor(*number) || std::fabs(*number) > 9.2e18) {
        //: follows a property name; %1 the number found, e.g. 1.5
        warn(v, property, Tr::tr("is %1, not a whole number in range; treated as missing").arg(*number));
        return;
    }
    out = qint64(*number);
}

void Parser::readBool(od::value& v, std::string_view property, std::optional<bool>& out)
{
    out.reset();
    switch (typeOf(v)) {
    case od::json_type::boolean: {
        bool value = false;
        if (v.get_bool().get(value)) {
            warn(v, property, Tr::tr("is not true or false; treated as missing"));
            return;
        }
        out = value;
        return;
    }
    case od::json_type::string: {
        const Text text = stringText(v);
        if (text.equalsIgnoreCase("true"))
            out = true;
        else if (text.equalsIgnoreCase("false"))
            out = false;
        else
            //: follows a property name; %1 the text found (at most 40 characters), e.g. "yes"
            warn(v, property, Tr::tr("\"%1\" is not true or false; treated as missing").arg(text.toQString().left(40)));
        return;
    }
    case od::json_type::null:
        return;
    default:
        warn(v, property, Tr::tr("is not true or false; treated as missing"));
        return;
    }
}

void Parser::readDuration(od::value& v, std::string_view property, Milliseconds& out)
{
    out.reset();
    switch (typeOf(v)) {
    case od::json_type::string: {
        const Text text = stringText(v);
        out = parseIsoDurationMs(text.view());
        if (!out)
            warn(v, property,
                //: follows a property name; %1 the text found (at most 40 characters), e.g. "16 ms"
                Tr::tr("\"%1\" is not an ISO 8601 duration such as PT0.016S; treated as missing")
                    .arg(text.toQString().left(40)));
        return;
    }
    case od::json_type::object: {
        // PowerShell writes .NET TimeSpan values as objects: {"Ticks": 160000, "TotalMilliseconds": 16, ...}
        OptionalDouble totalMs;
        OptionalDouble ticks;
        forEachField(v, [&](JsonKey, Text key, od::value& field) {
            if (key.equalsIgnoreCase("TotalMilliseconds"))
                readDouble(field, "TotalMilliseconds", totalMs);
            else if (key.equalsIgnoreCase("Ticks"))
                readDouble(field, "Ticks", ticks);
        });
        if (totalMs)
            out = totalMs;
        else if (ticks)
            out = *ticks / 10000.0;
        else
            warn(v, property, Tr::tr("is an object without TotalMilliseconds or Ticks; treated as missing"));
        if (out && !isPlausibleDurationMs(*out)) {
            out.reset();
            warn(v, property, Tr::tr("is an implausibly long duration; treated as missing"));
        }
        return;
    }
    case od::json_type::null:
        return;
    default:
        warn(v, property, Tr::tr("is not an ISO 8601 duration; treated as missing"));
        return;
    }
}

void Parser::readDateTime(od::value& v, std::string_view property, DateTime& out)
{
    out = DateTime {};
    const auto type = typeOf(v);
    if (type == od::json_type::null)
        return;
    if (type != od::json_type::string) {
        warn(v, property, Tr::tr("is not a date and time; treated as missing"));
        return;
    }
    const Text text = stringText(v);
    const auto ms = parseDateTimeMs(text.view());
    if (!ms) {
        warn(v, property,
            //: follows a property name; %1 the text found (at most 40 characters), e.g. "yesterday"
            Tr::tr("\"%1\" is not an ISO 8601 date and time; treated as missing").arg(text.toQString().left(40)));
        return;
    }
    out.msecsSinceEpoch = ms;
    out.text = text;
}

void Parser::readEnum(od::value& v, std::string_view property, EnumType type, EnumValue& out)
{
    out = EnumValue {};
    switch (typeOf(v)) {
    case od::json_type::string: {
        const Text name = stringText(v);
        const int index = enumIndexOf(type, name.view());
        out = index >= 0 ? EnumValue::known(index) : EnumValue::unknown(name);
        return;
    }
    case od::json_type::number: {
        // PowerShell and some SDKs write the member's numeric value.
        OptionalInt number;
        readInt(v, property, number);
        if (number && *number >= 0 && size_t(*number) < enumMembers(type).size())
            out = EnumValue::known(int(*number));
        else if (number)
            warn(v, property,
                //: follows a property name; %1 the number found, e.g. 42, %2 the enumeration, e.g. "modality"
                Tr::tr("%1 is not a member of %2; treated as missing")
                    .arg(*number)
                    .arg(QString::fromLatin1(enumTypeName(type).data(), qsizetype(enumTypeName(type).size()))));
        return;
    }
    case od::json_type::null:
        return;
    default:
        warn(v, property, Tr::tr("is not an enumeration member name; treated as missing"));
        return;
    }
}

void Parser::readEnumList(od::value& v, std::string_view property, EnumType type, std::vector<EnumValue>& out)
{
    out.clear();
    if (typeOf(v) == od::json_type::string) {
        // A single value where a collection is expected (PowerShell unwraps one-element arrays).
        EnumValue value;
        readEnum(v, property, type, value);
        if (!value.isNull())
            out.push_back(value);
        return;
    }
    forEachElement(v, property, [&](od::value& element, int) {
        EnumValue value;
        readEnum(element, property, type, value);
        if (!value.isNull())
            out.push_back(value);
    });
}

// --- schema types ---------------------------------------------------------------------------

void Parser::parseIdentity(od::value& v, std::string_view property, std::optional<Identity>& out)
{
    out.reset();
    if (!expectObject(v, property))
        return;
    Identity identity;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::Id:
            readText(value, "id", identity.id);
            break;
        case JsonKey::DisplayName:
            readText(value, "displayName", identity.displayName);
            break;
        case JsonKey::TenantId:
            readText(value, "tenantId", identity.tenantId);
            break;
        case JsonKey::UserPrincipalName:
            readText(value, "userPrincipalName", identity.userPrincipalName);
            break;
        case JsonKey::Email:
            readText(value, "email", identity.email);
            break;
        case JsonKey::IpAddress:
            readText(value, "ipAddress", identity.ipAddress);
            break;
        case JsonKey::ApplicationType:
            readText(value, "applicationType", identity.applicationType);
            break;
        case JsonKey::AzureCommunicationServicesResourceId:
            readText(value, "azureCommunicationServicesResourceId", identity.azureCommunicationServicesResourceId);
            break;
        case JsonKey::Hidden:
            readBool(value, "hidden", identity.hidden);
            break;
        case JsonKey::OdataType:
            readText(value, "@odata.type", identity.odataType);
            break;
        default:
            addExtra(identity.extra, name, value);
            break;
        }
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
        if (key == JsonKey::EndpointType) {
            readEnum(value, "endpointType", EnumType::EndpointType, set.endpointType);
            return;
        }
        if (key == JsonKey::OdataType) {
            readText(value, "@odata.type", set.odataType);
            return;
        }
        if (key == JsonKey::Annotation)
            return;
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
        case JsonKey::Id:
            readText(value, "id", participant.id);
            break;
        case JsonKey::Identity:
            parseIdentitySet(value, "identity", participant.identity);
            break;
        case JsonKey::AdministrativeUnitInfos:
            participant.administrativeUnitInfos.clear();
            forEachElement(value, "administrativeUnitInfos", [&](od::value& element, int) {
                if (!expectObject(element, "administrativeUnitInfos"))
                    return;
                AdministrativeUnitInfo info;
                forEachField(element, [&](JsonKey k, Text n, od::value& x) {
                    if (k == JsonKey::Id)
                        readText(x, "id", info.id);
                    else
                        addExtra(info.extra, n, x);
                });
                participant.administrativeUnitInfos.push_back(std::move(info));
            });
            break;
        default:
            addExtra(participant.extra, name, value);
            break;
        }
    });
    out = std::move(participant);
}

void Parser::parseUserAgent(od::value& v, std::optional<UserAgent>& out)
{
    out.reset();
    if (!expectObject(v, "userAgent"))
        return;
    UserAgent agent;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::OdataType:
            readText(value, "@odata.type", agent.odataType);
            break;
        case JsonKey::ApplicationVersion:
            readText(value, "applicationVersion", agent.applicationVersion);
            break;
        case JsonKey::HeaderValue:
            readText(value, "headerValue", agent.headerValue);
            break;
        case JsonKey::Platform:
            readEnum(value, "platform", EnumType::ClientPlatform, agent.platform);
            break;
        case JsonKey::ProductFamily:
            readEnum(value, "productFamily", EnumType::ProductFamily, agent.productFamily);
            break;
        case JsonKey::AzureADAppId:
            readText(value, "azureADAppId", agent.azureADAppId);
            break;
        case JsonKey::CommunicationServiceId:
            readText(value, "communicationServiceId", agent.communicationServiceId);
            break;
        case JsonKey::Role:
            readEnum(value, "role", EnumType::ServiceRole, agent.role);
            break;
        default:
            addExtra(agent.extra, name, value);
            break;
        }
    });
    // Dispatch on @odata.type; without it, the properties tell (role => service).
    const auto type = agent.odataType.view();
    if (Text(type).equalsIgnoreCase("#microsoft.graph.callRecords.clientUserAgent")
        || Text(type).equalsIgnoreCase("microsoft.graph.callRecords.clientUserAgent"))
        agent.kind = UserAgentKind::Client;
    else if (Text(type).equalsIgnoreCase("#microsoft.graph.callRecords.serviceUserAgent")
        || Text(type).equalsIgnoreCase("microsoft.graph.callRecords.serviceUserAgent"))
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
        switch (key) {
        case JsonKey::Rating:
            readEnum(value, "rating", EnumType::UserFeedbackRating, feedback.rating);
            break;
        case JsonKey::TextKey:
            readText(value, "text", feedback.text);
            break;
        case JsonKey::Tokens: {
            if (!expectObject(value, "tokens")) {
                feedback.tokens.reset();
                break;
            }
            std::vector<FeedbackToken> tokens;
            forEachField(value, [&](JsonKey k, Text tokenName, od::value& tokenValue) {
                if (k == JsonKey::Annotation || k == JsonKey::OdataType)
                    return;
                FeedbackToken token { tokenName, std::nullopt };
                readBool(tokenValue, tokenName.view(), token.value);
                tokens.push_back(token);
            });
            feedback.tokens = std::move(tokens);
            break;
        }
        default:
            addExtra(feedback.extra, name, value);
            break;
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
        if (key == JsonKey::Reason)
            readText(value, "reason", failure.reason);
        else if (key == JsonKey::Stage)
            readEnum(value, "stage", EnumType::FailureStage, failure.stage);
        else
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
        case JsonKey::OdataType:
            readText(value, "@odata.type", endpoint.odataType);
            break;
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
        case JsonKey::Name:
            readText(value, "name", endpoint.name);
            break;
        case JsonKey::CpuName:
            readText(value, "cpuName", endpoint.cpuName);
            break;
        case JsonKey::CpuCoresCount:
            readInt(value, "cpuCoresCount", endpoint.cpuCoresCount);
            break;
        case JsonKey::CpuProcessorSpeedInMhz:
            readInt(value, "cpuProcessorSpeedInMhz", endpoint.cpuProcessorSpeedInMhz);
            break;
        default:
            addExtra(endpoint.extra, name, value);
            break;
        }
    });
    m_path.pop_back();
    const Text type = endpoint.odataType;
    if (type.equalsIgnoreCase("#microsoft.graph.callRecords.participantEndpoint")
        || type.equalsIgnoreCase("microsoft.graph.callRecords.participantEndpoint"))
        endpoint.kind = EndpointKind::Participant;
    else if (type.equalsIgnoreCase("#microsoft.graph.callRecords.serviceEndpoint")
        || type.equalsIgnoreCase("microsoft.graph.callRecords.serviceEndpoint"))
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
        switch (key) {
        case JsonKey::IpAddress:
            readText(value, "ipAddress", n.ipAddress);
            break;
        case JsonKey::Subnet:
            readText(value, "subnet", n.subnet);
            break;
        case JsonKey::ReflexiveIPAddress:
            readText(value, "reflexiveIPAddress", n.reflexiveIPAddress);
            break;
        case JsonKey::RelayIPAddress:
            readText(value, "relayIPAddress", n.relayIPAddress);
            break;
        case JsonKey::DnsSuffix:
            readText(value, "dnsSuffix", n.dnsSuffix);
            break;
        case JsonKey::MacAddress:
            readText(value, "macAddress", n.macAddress);
            break;
        case JsonKey::BasicServiceSetIdentifier:
            readText(value, "basicServiceSetIdentifier", n.basicServiceSetIdentifier);
            break;
        case JsonKey::Port:
            readInt(value, "port", n.port);
            break;
        case JsonKey::RelayPort:
            readInt(value, "relayPort", n.relayPort);
            break;
        case JsonKey::LinkSpeed:
            readInt(value, "linkSpeed", n.linkSpeed);
            break;
        case JsonKey::ConnectionType:
            readEnum(value, "connectionType", EnumType::NetworkConnectionType, n.connectionType);
            break;
        case JsonKey::NetworkTransportProtocol:
            readEnum(value, "networkTransportProtocol", EnumType::NetworkTransportProtocol, n.networkTransportProtocol);
            break;
        case JsonKey::WifiBand:
            readEnum(value, "wifiBand", EnumType::WifiBand, n.wifiBand);
            break;
        case JsonKey::WifiRadioType:
            readEnum(value, "wifiRadioType", EnumType::WifiRadioType, n.wifiRadioType);
            break;
        case JsonKey::WifiChannel:
            readInt(value, "wifiChannel", n.wifiChannel);
            break;
        case JsonKey::WifiSignalStrength:
            readInt(value, "wifiSignalStrength", n.wifiSignalStrength);
            break;
        case JsonKey::WifiBatteryCharge:
            readInt(value, "wifiBatteryCharge", n.wifiBatteryCharge);
            break;
        case JsonKey::WifiMicrosoftDriver:
            readText(value, "wifiMicrosoftDriver", n.wifiMicrosoftDriver);
            break;
        case JsonKey::WifiMicrosoftDriverVersion:
            readText(value, "wifiMicrosoftDriverVersion", n.wifiMicrosoftDriverVersion);
            break;
        case JsonKey::WifiVendorDriver:
            readText(value, "wifiVendorDriver", n.wifiVendorDriver);
            break;
        case JsonKey::WifiVendorDriverVersion:
            readText(value, "wifiVendorDriverVersion", n.wifiVendorDriverVersion);
            break;
        case JsonKey::SentQualityEventRatio:
            readDouble(value, "sentQualityEventRatio", n.sentQualityEventRatio);
            break;
        case JsonKey::ReceivedQualityEventRatio:
            readDouble(value, "receivedQualityEventRatio", n.receivedQualityEventRatio);
            break;
        case JsonKey::DelayEventRatio:
            readDouble(value, "delayEventRatio", n.delayEventRatio);
            break;
        case JsonKey::BandwidthLowEventRatio:
            readDouble(value, "bandwidthLowEventRatio", n.bandwidthLowEventRatio);
            break;
        case JsonKey::TraceRouteHops: {
            std::vector<TraceRouteHop> hops;
            forEachElement(value, "traceRouteHops", [&](od::value& element, int) {
                if (!expectObject(element, "traceRouteHops"))
                    return;
                TraceRouteHop hop;
                forEachField(element, [&](JsonKey k, Text hopKey, od::value& x) {
                    if (k == JsonKey::HopCount)
                        readInt(x, "hopCount", hop.hopCount);
                    else if (k == JsonKey::IpAddress)
                        readText(x, "ipAddress", hop.ipAddress);
                    else if (k == JsonKey::RoundTripTime)
                        readDuration(x, "roundTripTime", hop.roundTripTime);
                    else
                        addExtra(hop.extra, hopKey, x);
                });
                hops.push_back(std::move(hop));
            });
            n.traceRouteHops = std::move(hops);
            break;
        }
        default:
            addExtra(n.extra, name, value);
            break;
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
        switch (key) {
        case JsonKey::CaptureDeviceName:
            readText(value, "captureDeviceName", d.captureDeviceName);
            break;
        case JsonKey::CaptureDeviceDriver:
            readText(value, "captureDeviceDriver", d.captureDeviceDriver);
            break;
        case JsonKey::RenderDeviceName:
            readText(value, "renderDeviceName", d.renderDeviceName);
            break;
        case JsonKey::RenderDeviceDriver:
            readText(value, "renderDeviceDriver", d.renderDeviceDriver);
            break;
        case JsonKey::CaptureNotFunctioningEventRatio:
            readDouble(value, "captureNotFunctioningEventRatio", d.captureNotFunctioningEventRatio);
            break;
        case JsonKey::RenderNotFunctioningEventRatio:
            readDouble(value, "renderNotFunctioningEventRatio", d.renderNotFunctioningEventRatio);
            break;
        case JsonKey::CpuInsufficentEventRatio:
            readDouble(value, "cpuInsufficentEventRatio", d.cpuInsufficentEventRatio);
            break;
        case JsonKey::DeviceClippingEventRatio:
            readDouble(value, "deviceClippingEventRatio", d.deviceClippingEventRatio);
            break;
        case JsonKey::DeviceGlitchEventRatio:
            readDouble(value, "deviceGlitchEventRatio", d.deviceGlitchEventRatio);
            break;
        case JsonKey::LowSpeechLevelEventRatio:
            readDouble(value, "lowSpeechLevelEventRatio", d.lowSpeechLevelEventRatio);
            break;
        case JsonKey::LowSpeechToNoiseEventRatio:
            readDouble(value, "lowSpeechToNoiseEventRatio", d.lowSpeechToNoiseEventRatio);
            break;
        case JsonKey::RenderMuteEventRatio:
            readDouble(value, "renderMuteEventRatio", d.renderMuteEventRatio);
            break;
        case JsonKey::RenderZeroVolumeEventRatio:
            readDouble(value, "renderZeroVolumeEventRatio", d.renderZeroVolumeEventRatio);
            break;
        case JsonKey::MicGlitchRate:
            readDouble(value, "micGlitchRate", d.micGlitchRate);
            break;
        case JsonKey::SpeakerGlitchRate:
            readDouble(value, "speakerGlitchRate", d.speakerGlitchRate);
            break;
        case JsonKey::HowlingEventCount:
            readInt(value, "howlingEventCount", d.howlingEventCount);
            break;
        case JsonKey::InitialSignalLevelRootMeanSquare:
            readDouble(value, "initialSignalLevelRootMeanSquare", d.initialSignalLevelRootMeanSquare);
            break;
        case JsonKey::ReceivedSignalLevel:
            readInt(value, "receivedSignalLevel", d.receivedSignalLevel);
            break;
        case JsonKey::ReceivedNoiseLevel:
            readInt(value, "receivedNoiseLevel", d.receivedNoiseLevel);
            break;
        case JsonKey::SentSignalLevel:
            readInt(value, "sentSignalLevel", d.sentSignalLevel);
            break;
        case JsonKey::SentNoiseLevel:
            readInt(value, "sentNoiseLevel", d.sentNoiseLevel);
            break;
        default:
            addExtra(d.extra, name, value);
            break;
        }
    });
    m_path.pop_back();
    out = std::move(d);
}

void Parser::parseStream(od::value& v, MediaStream& s)
{
    const char* begin = v.raw_json_token().data();
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::StreamId:
            readText(value, "streamId", s.streamId);
            break;
        case JsonKey::StreamDirection:
            readEnum(value, "streamDirection", EnumType::MediaStreamDirection, s.streamDirection);
            break;
        case JsonKey::StartDateTime:
            readDateTime(value, "startDateTime", s.startDateTime);
            break;
        case JsonKey::EndDateTime:
            readDateTime(value, "endDateTime", s.endDateTime);
            break;
        case JsonKey::AudioCodec:
            readEnum(value, "audioCodec", EnumType::AudioCodec, s.audioCodec);
            break;
        case JsonKey::VideoCodec:
            readEnum(value, "videoCodec", EnumType::VideoCodec, s.videoCodec);
            break;
        case JsonKey::AverageAudioDegradation:
            readDouble(value, "averageAudioDegradation", s.averageAudioDegradation);
            break;
        case JsonKey::AverageJitter:
            readDuration(value, "averageJitter", s.averageJitter);
            break;
        case JsonKey::MaxJitter:
            readDuration(value, "maxJitter", s.maxJitter);
            break;
        case JsonKey::AverageAudioNetworkJitter:
            readDuration(value, "averageAudioNetworkJitter", s.averageAudioNetworkJitter);
            break;
        case JsonKey::MaxAudioNetworkJitter:
            readDuration(value, "maxAudioNetworkJitter", s.maxAudioNetworkJitter);
            break;
        case JsonKey::AverageRoundTripTime:
            readDuration(value, "averageRoundTripTime", s.averageRoundTripTime);
            break;
        case JsonKey::MaxRoundTripTime:
            readDuration(value, "maxRoundTripTime", s.maxRoundTripTime);
            break;
        case JsonKey::AveragePacketLossRate:
            readDouble(value, "averagePacketLossRate", s.averagePacketLossRate);
            break;
        case JsonKey::MaxPacketLossRate:
            readDouble(value, "maxPacketLossRate", s.maxPacketLossRate);
            break;
        case JsonKey::AverageRatioOfConcealedSamples:
            readDouble(value, "averageRatioOfConcealedSamples", s.averageRatioOfConcealedSamples);
            break;
        case JsonKey::MaxRatioOfConcealedSamples:
            readDouble(value, "maxRatioOfConcealedSamples", s.maxRatioOfConcealedSamples);
            break;
        case JsonKey::AverageBandwidthEstimate:
            readInt(value, "averageBandwidthEstimate", s.averageBandwidthEstimate);
            break;
        case JsonKey::PacketUtilization:
            readInt(value, "packetUtilization", s.packetUtilization);
            break;
        case JsonKey::WasMediaBypassed:
            readBool(value, "wasMediaBypassed", s.wasMediaBypassed);
            break;
        case JsonKey::IsAudioForwardErrorCorrectionUsed:
            readBool(value, "isAudioForwardErrorCorrectionUsed", s.isAudioForwardErrorCorrectionUsed);
            break;
        case JsonKey::PostForwardErrorCorrectionPacketLossRate:
            readDouble(value, "postForwardErrorCorrectionPacketLossRate", s.postForwardErrorCorrectionPacketLossRate);
            break;
        case JsonKey::AverageVideoFrameLossPercentage:
            readDouble(value, "averageVideoFrameLossPercentage", s.averageVideoFrameLossPercentage);
            break;
        case JsonKey::AverageVideoPacketLossRate:
            readDouble(value, "averageVideoPacketLossRate", s.averageVideoPacketLossRate);
            break;
        case JsonKey::AverageVideoFrameRate:
            readDouble(value, "averageVideoFrameRate", s.averageVideoFrameRate);
            break;
        case JsonKey::AverageReceivedFrameRate:
            readDouble(value, "averageReceivedFrameRate", s.averageReceivedFrameRate);
            break;
        case JsonKey::LowFrameRateRatio:
            readDouble(value, "lowFrameRateRatio", s.lowFrameRateRatio);
            break;
        case JsonKey::LowVideoProcessingCapabilityRatio:
            readDouble(value, "lowVideoProcessingCapabilityRatio", s.lowVideoProcessingCapabilityRatio);
            break;
        case JsonKey::AverageFreezeDuration:
            readDuration(value, "averageFreezeDuration", s.averageFreezeDuration);
            break;
        case JsonKey::RmsFreezeDuration:
            readDuration(value, "rmsFreezeDuration", s.rmsFreezeDuration);
            break;
        default:
            addExtra(s.extra, name, value);
            break;
        }
    });
    s.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
}

void Parser::parseMedia(od::value& v, Media& media)
{
    const char* begin = v.raw_json_token().data();
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        case JsonKey::Label:
            readText(value, "label", media.label);
            break;
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
            forEachElement(value, "streams", [&](od::value& element, int index) {
                m_path.push_back({ "stream", index });
                if (expectObject(element, "stream")) {
                    media.streams.emplace_back();
                    parseStream(element, media.streams.back());
                }
                m_path.pop_back();
            });
            break;
        default:
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
        case JsonKey::Id:
            readText(value, "id", segment.id);
            break;
        case JsonKey::StartDateTime:
            readDateTime(value, "startDateTime", segment.startDateTime);
            break;
        case JsonKey::EndDateTime:
            readDateTime(value, "endDateTime", segment.endDateTime);
            break;
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
            forEachElement(value, "media", [&](od::value& element, int index) {
                m_path.push_back({ "media", index });
                if (expectObject(element, "media")) {
                    segment.media.emplace_back();
                    parseMedia(element, segment.media.back());
                }
                m_path.pop_back();
            });
            break;
        case JsonKey::Annotation:
            break;
        default:
            addExtra(segment.extra, name, value);
            break;
        }
    });
    segment.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
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
    case JsonKey::IsTest:
        readBool(value, "isTest", session.isTest);
        return true;
    case JsonKey::Segments:
        session.segments.clear();
        forEachElement(value, "segments", [&](od::value& element, int index) {
            m_path.push_back({ "segment", index });
            if (expectObject(element, "segment")) {
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
        switch (key) {
        case JsonKey::Id:
            readText(value, "id", session.id);
            break;
        case JsonKey::StartDateTime:
            readDateTime(value, "startDateTime", session.startDateTime);
            break;
        case JsonKey::EndDateTime:
            readDateTime(value, "endDateTime", session.endDateTime);
            break;
        case JsonKey::Modalities:
            readEnumList(value, "modalities", EnumType::Modality, session.modalities);
            break;
        case JsonKey::Annotation:
        case JsonKey::OdataType:
            break;
        default:
            if (!sessionField(key, name, value, session))
                addExtra(session.extra, name, value);
            break;
        }
    });
    session.source.json = Text(std::string_view(begin, size_t(endOfContainer() - begin)));
}

void Parser::parseSessions(od::value& v, std::vector<Session>& out)
{
    // Sessions are most of a record. They are located first (skipping is cheap), then parsed
    // as documents of their own, split between two threads when there are many: a
    // 10,000-session record loads in about two thirds of the single-threaded time.
    std::vector<SessionSpan> spans;
    forEachElement(v, "sessions", [&](od::value& element, int index) {
        m_path.push_back({ "session", index });
        if (expectObject(element, "session")) {
            od::object object;
            check(element.get_object(), object);
            std::string_view json;
            check(object.raw_json(), json);
            spans.push_back({ trimmed(json), index });
        }
        m_path.pop_back();
    });
    out.clear();
    out.resize(spans.size());

    constexpr size_t kParallelThreshold = 64;
    if (spans.size() < kParallelThreshold || std::thread::hardware_concurrency() < 2) {
        parseSessionSpans(spans, out, true);
        return;
    }
    // Split by bytes, not by count: sessions differ in size.
    const auto* first = spans.front().json.data();
    const auto* last = spans.back().json.data() + spans.back().json.size();
    const auto* middle = first + (last - first) / 2;
    size_t split = 1;
    while (split < spans.size() - 1 && spans[split].json.data() < middle)
        ++split;

    StringArena helperArena;
    QStringList helperWarnings;
    int helperSuppressed = 0;
    std::exception_ptr helperError;
    const std::vector<PathElement> outerPath = m_path; // copied before this thread changes it
    std::thread helper([&] {
        try {
            Parser parser(m_buffer, helperArena, m_options);
            parser.m_path = outerPath;
            parser.m_warnings = m_warnings ? &helperWarnings : nullptr;
            parser.parseSessionSpans(std::span(spans).subspan(split), std::span(out).subspan(split), false);
            helperSuppressed = parser.m_suppressedWarnings;
        } catch (...) {
            helperError = std::current_exception();
        }
    });
    std::exception_ptr ownError;
    try {
        parseSessionSpans(std::span(spans).first(split), std::span(out).first(split), true);
    } catch (...) {
        ownError = std::current_exception();
    }
    helper.join();
    m_arena.absorb(std::move(helperArena));
    if (ownError)
        std::rethrow_exception(ownError);
    if (helperError)
        std::rethrow_exception(helperError);
    if (m_warnings) {
        for (const auto& warning : std::as_const(helperWarnings)) {
            if (m_warnings->size() < kMaxWarningsPerRecord)
                m_warnings->append(warning);
            else
                ++m_suppressedWarnings;
        }
    }
    m_suppressedWarnings += helperSuppressed;
}

void Parser::parseSessionSpans(std::span<const SessionSpan> spans, std::span<Session> out, bool reportProgress)
{
    if (!m_sessionParser)
        m_sessionParser = std::make_unique<od::parser>();
    od::document* const outerDocument = m_doc;
    const char* const outerEnd = m_docEnd;
    const char* const bufferEnd = m_buffer.bytes.data() + m_buffer.bytes.capacity();
    for (size_t i = 0; i < spans.size(); ++i) {
        const SessionSpan& span = spans[i];
        // The bytes after the span are the rest of the file and its padding, so the span
        // is a valid padded input.
        const simdjson::padded_string_view input(
            span.json.data(), span.json.size(), size_t(bufferEnd - span.json.data()));
        od::document document;
        if (auto error = m_sessionParser->iterate(input).get(document))
            failAt(error, span.json.data());
        m_doc = &document;
        m_docEnd = span.json.data() + span.json.size();
        od::value root;
        check(document.get_value(), root);
        m_path.push_back({ "session", span.index });
        parseSessionInto(root, out[i]);
        m_path.pop_back();
        if ((i & 31) == 31) {
            if (reportProgress)
                checkCancel(m_docEnd);
            else if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                throw Cancelled {};
        }
    }
    m_doc = outerDocument;
    m_docEnd = outerEnd;
}

void Parser::parseErrorBody(od::value& v, Entity& entity)
{
    if (typeOf(v) != od::json_type::object) {
        (void)rawValue(v);
        return;
    }
    entity.isErrorBody = true;
    forEachField(v, [&](JsonKey, Text key, od::value& value) {
        Text text;
        if (key.equalsIgnoreCase("code")) {
            readText(value, "code", text);
            entity.errorCode = text.toQString();
        } else if (key.equalsIgnoreCase("message")) {
            readText(value, "message", text);
            entity.errorMessage = text.toQString();
        } else if (key.equalsIgnoreCase("innerError") && typeOf(value) == od::json_type::object) {
            forEachField(value, [&](JsonKey, Text innerKey, od::value& innerValue) {
                if (innerKey.equalsIgnoreCase("request-id")) {
                    Text id;
                    readText(innerValue, "request-id", id);
                    entity.errorRequestId = id.toQString();
                }
            });
        }
    });
}

void Parser::parseEntity(od::value& v, Entity& e, bool topLevel)
{
    const char* begin = v.raw_json_token().data();
    CallRecord& r = e.record;
    Session& s = e.session;
    forEachField(v, [&](JsonKey key, Text name, od::value& value) {
        switch (key) {
        // Shared by callRecord and session.
        case JsonKey::Id:
            readText(value, "id", r.id);
            s.id = r.id;
            e.anyKnownKey = true;
            return;
        case JsonKey::StartDateTime:
            readDateTime(value, "startDateTime", r.startDateTime);
            s.startDateTime = r.startDateTime;
            e.anyKnownKey = true;
            return;
        case JsonKey::EndDateTime:
            readDateTime(value, "endDateTime", r.endDateTime);
            s.endDateTime = r.endDateTime;
            e.anyKnownKey = true;
            return;
        case JsonKey::Modalities:
            readEnumList(value, "modalities", EnumType::Modality, r.modalities);
            s.modalities = r.modalities;
            e.anyKnownKey = true;
            return;
        // callRecord only.
        case JsonKey::Version:
            readInt(value, "version", r.version);
            break;
        case JsonKey::Type:
            readEnum(value, "type", EnumType::CallType, r.type);
            break;
        case JsonKey::LastModifiedDateTime:
            readDateTime(value, "lastModifiedDateTime", r.lastModifiedDateTime);
            break;
        case JsonKey::JoinWebUrl:
            readText(value, "joinWebUrl", r.joinWebUrl);
            break;
        case JsonKey::Organizer:
            m_path.push_back({ "organizer", -1 });
            parseIdentitySet(value, "organizer", r.organizer);
            m_path.pop_back();
            break;
        case JsonKey::Participants: {
            std::vector<IdentitySet> participants;
            forEachElement(value, "participants", [&](od::value& element, int index) {
                m_path.push_back({ "participant", index });
                std::optional<IdentitySet> set;
                parseIdentitySet(element, "participants", set);
                if (set)
                    participants.push_back(std::move(*set));
                m_path.pop_back();
            });
            r.participants = std::move(participants);
            break;
        }
        case JsonKey::OrganizerV2:
            m_path.push_back({ "organizer_v2", -1 });
            parseParticipant(value, "organizer_v2", r.organizerV2);
            m_path.pop_back();
            break;
        case JsonKey::ParticipantsV2: {
            std::vector<Participant> participants;
            forEachElement(value, "participants_v2", [&](od::value& element, int index) {
                m_path.push_back({ "participant", index });
                std::optional<Participant> participant;
                parseParticipant(element, "participants_v2", participant);
                if (participant)
                    participants.push_back(std::move(*participant));
                m_path.pop_back();
            });
            r.participantsV2 = std::move(participants);
            break;
        }
        case JsonKey::Sessions:
            parseSessions(value, r.sessions);
            break;
        case JsonKey::SessionsNextLink:
            readText(value, "sessions@odata.nextLink", r.sessionsNextLink);
            break;
        case JsonKey::ParticipantsV2NextLink:
            readText(value, "participants_v2@odata.nextLink", r.participantsNextLink);
            break;
        // Document level.
        case JsonKey::OdataContext:
            readText(value, "@odata.context", e.context);
            return;
        case JsonKey::OdataNextLink:
            readText(value, "@odata.nextLink", e.nextLink);
            return;
        case JsonKey::Value:
            // OData puts @odata.context first, so it is known here when there is one.
            if (topLevel && typeOf(value) == od::json_type::array
                && (m_hintKind == DocumentKind::ParticipantsPage || contextIsParticipants(e.context))) {
                e.hasValueArray = true;
                e.participantsPage = true;
                e.participantValues.clear();
                forEachElement(value, "value", [&](od::value& element, int index) {
                    m_path.push_back({ "participant", index });
                    std::optional<Participant> participant;
                    parseParticipant(element, "participants_v2", participant);
                    if (participant)
                        e.participantValues.push_back(std::move(*participant));
                    m_path.pop_back();
                });
                return;
            }
            if (topLevel && typeOf(value) == od::json_type::array) {
                e.hasValueArray = true;
                e.values.clear();
                forEachElement(value, "value", [&](od::value& element, int index) {
                    e.valueCount = index + 1;
                    if (!expectObject(element, "value"))
                        return;
                    m_path.push_back({ "item", index });
                    e.values.emplace_back();
                    QStringList* outer = m_warnings;
                    m_warnings = &e.values.back().record.warnings;
                    parseEntity(element, e.values.back(), false);
                    m_warnings = outer;
                    m_path.pop_back();
                    if ((index & 31) == 31)
                        checkCancel(endOfContainer());
                });
                return;
            }
            addExtra(r.extra, name, value);
            return;
        case JsonKey::Error:
            if (topLevel) {
                parseErrorBody(value, e);
                return;
            }
            addExtra(r.extra, name, value);
            return;
        case JsonKey::Annotation:
        case JsonKey::OdataType:
            return;
        default:
            if (key == JsonKey::Identity || key == JsonKey::AdministrativeUnitInfos)
                e.participantKeys = true;
            if (sessionField(key, name, value, s)) {
                e.sessionKeys = true;
                e.anyKnownKey = true;
                return;
            }
            if (topLevel && e.unknownKeys.size() < 8)
                e.unknownKeys.append(name.toQString());
            addExtra(r.extra, name, value);
            return;
        }
        e.recordKeys = true;
        e.anyKnownKey = true;
    });
    s.extra = r.extra;
    const Text json(std::string_view(begin, size_t(endOfContainer() - begin)));
    r.source.json = json;
    s.source.json = json;
}

QString recordIdFromLink(const Text& link)
{
    if (link.isNull())
        return {};
    static const QRegularExpression quoted(
        QStringLiteral("callRecords\\('([^']+)'\\)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression path(QStringLiteral("callRecords/([^/?('$]+)/(?:sessions|participants_v2)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = link.toQString();
    if (auto match = quoted.match(text); match.hasMatch())
        return match.captured(1);
    if (auto match = path.match(text); match.hasMatch())
        return match.captured(1);
    return {};
}

bool contextIsParticipants(const Text& context)
{
    const auto text = context.view();
    const auto hash = text.find('#');
    const auto tail = hash == std::string_view::npos ? text : text.substr(hash);
    // Case-insensitive search for "/participants_v2".
    constexpr std::string_view needle = "/participants_v2";
    const auto it = std::search(tail.begin(), tail.end(), needle.begin(), needle.end(),
        [](char a, char b) { return std::tolower(uchar(a)) == b; });
    return it != tail.end();
}

bool contextIsSessions(const Text& context)
{
    const auto text = context.view();
    const auto hash = text.find('#');
    const auto tail = hash == std::string_view::npos ? text : text.substr(hash);
    return tail.find("/sessions") != std::string_view::npos;
}

std::vector<ParsedItem> Parser::itemsFrom(Entity&& entity, const char* where)
{
    std::vector<ParsedItem> items;
    if (entity.isErrorBody && !entity.anyKnownKey) {
        //: %1 the error code sent by Microsoft Graph, e.g. "InvalidAuthenticationToken", or "(no code)"
        QString message = Tr::tr("this is a Microsoft Graph error response, not a call record: %1")
                              .arg(entity.errorCode.isEmpty() ? Tr::tr("(no code)") : entity.errorCode);
        if (!entity.errorMessage.isEmpty())
            message += u" — " + entity.errorMessage;
        if (!entity.errorRequestId.isEmpty())
            //: %1 is the request id of a failed Microsoft Graph request
            message += u' ' + Tr::tr("(request-id %1)").arg(entity.errorRequestId);
        throw FatalError { message, nullptr };
    }
    auto makeRecordId = [&](const Text& context, const Text& link) -> Text {
        QString id = recordIdFromLink(context);
        if (id.isEmpty())
            id = recordIdFromLink(link);
        // A page fetched for a record belongs to that record, whatever its context says; a
        // context naming another record means the service mixed things up.
        if (!m_hintRecordId.isEmpty()) {
            if (!id.isEmpty() && id.compare(m_hintRecordId, Qt::CaseInsensitive) != 0)
                //: %1 the call record id the page was fetched for, %2 the id the page names (both GUIDs)
                throw FatalError { Tr::tr("this page was fetched for call record %1 but says it belongs to %2")
                                       .arg(m_hintRecordId, id),
                    nullptr };
            id = m_hintRecordId;
        }
        if (id.isEmpty())
            return Text();
        return m_arena.store(id.toStdString());
    };
    if (entity.participantsPage) {
        ParsedItem page;
        page.kind = ParsedItem::ParticipantsPage;
        page.record.id = makeRecordId(entity.context, entity.nextLink);
        page.record.participantsNextLink = entity.nextLink;
        page.record.odataContext = entity.context;
        page.record.warnings = entity.record.warnings;
        page.record.participantsV2 = std::move(entity.participantValues);
        items.push_back(std::move(page));
        return items;
    }
    if (entity.hasValueArray) {
        const bool sessionsContext = contextIsSessions(entity.context) || m_hintKind == DocumentKind::SessionsPage;
        ParsedItem page;
        page.kind = ParsedItem::SessionsPage;
        page.record.id = makeRecordId(entity.context, entity.nextLink);
        page.record.sessionsNextLink = entity.nextLink;
        page.record.odataContext = entity.context;
        page.record.warnings = entity.record.warnings;
        bool anySession = false;
        const bool allParticipants = !entity.values.empty()
            && std::all_of(entity.values.begin(), entity.values.end(), [](const Entity& element) {
                   return element.participantKeys && !element.recordKeys && !element.sessionKeys;
               });
        if (allParticipants && !sessionsContext)
            throw FatalError { Tr::tr("this is a page of participants (participants_v2) without the call record it "
                                      "belongs to; open it together with its record"),
                nullptr };
        for (auto& element : entity.values) {
            const bool isSession = element.sessionKeys || (sessionsContext && !element.recordKeys);
            if (isSession) {
                anySession = true;
                page.record.sessions.push_back(std::move(element.session));
                page.record.warnings += element.record.warnings;
            } else if (element.anyKnownKey) {
                ParsedItem item;
                item.record = std::move(element.record);
                items.push_back(std::move(item));
            }
        }
        if (anySession || (sessionsContext && items.empty()))
            items.push_back(std::move(page));
        if (items.empty()) {
            if (entity.valueCount == 0)
                throw FatalError { Tr::tr("the list in \"value\" is empty: there is no call record to open"), where };
            throw FatalError { Tr::tr("the list in \"value\" holds no call records or sessions"), where };
        }
        return items;
    }
    if (!entity.anyKnownKey) {
        QString message = Tr::tr("this JSON is not a call record: none of its properties (id, sessions, "
                                 "startDateTime, ...) is a call-record property");
        if (!entity.unknownKeys.isEmpty())
            //: %1 is a list of JSON property names
            message += u' ' + Tr::tr("(it has: %1)").arg(entity.unknownKeys.join(u", "));
        throw FatalError { message, where };
    }
    ParsedItem item;
    if (entity.sessionKeys && !entity.recordKeys) {
        // A single session saved on its own.
        item.kind = ParsedItem::SessionsPage;
        item.record.id = makeRecordId(entity.context, entity.nextLink);
        item.record.odataContext = entity.context;
        item.record.warnings = entity.record.warnings;
        item.record.sessions.push_back(std::move(entity.session));
    } else {
        item.record = std::move(entity.record);
        item.record.odataContext = entity.context;
    }
    items.push_back(std::move(item));
    return items;
}

std::vector<ParsedItem> Parser::parse()
{
    od::parser parser;
    od::document doc;
    const simdjson::padded_string_view input(m_text.data(), m_text.size(), m_buffer.bytes.capacity() - m_buffer.offset);
    if (auto error = parser.iterate(input).get(doc)) {
        if (error == simdjson::UTF8_ERROR) {
            if (const auto bad = firstInvalidUtf8(m_text); bad != std::string_view::npos)
                //: %1 the first invalid byte as two hex digits, e.g. "e9"
                throw FatalError { Tr::tr("the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                                       .arg(uchar(m_text[bad]), 2, 16, QLatin1Char('0')),
                    m_text.data() + bad };
        }
        if (error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || error == simdjson::UNESCAPED_CHARS) {
            // simdjson only counts brackets here and does not say where a control character
            // is: find the first byte that breaks the grammar. None before the end: truncated.
            if (const size_t at = invalidJsonAt(m_text); at < m_text.size())
                throw FatalError { describeInvalidAt(m_text, at), m_text.data() + at };
        }
        const char* where = error == simdjson::UTF8_ERROR || error == simdjson::UNCLOSED_STRING
                || error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT
            ? m_text.data() + m_text.size()
            : nullptr;
        throw FatalError { describeJsonError(error), where };
    }
    m_doc = &doc;

    std::vector<ParsedItem> items;
    QStringList documentWarnings;
    m_warnings = &documentWarnings;

    od::json_type rootType {};
    if (auto error = doc.type().get(rootType))
        fail(error);
    od::value root;
    if (rootType == od::json_type::object || rootType == od::json_type::array) {
        if (auto error = doc.get_value().get(root))
            fail(error);
    }
    if (rootType == od::json_type::object) {
        Entity entity;
        m_warnings = &entity.record.warnings;
        parseEntity(root, entity, true);
        items = itemsFrom(std::move(entity), m_text.data());
    } else if (rootType == od::json_type::array) {
        // A JSON array of documents: records, sessions pages, or sessions.
        od::array array;
        check(root.get_array(), array);
        int index = 0;
        for (auto result : array) {
            od::value element;
            check(std::move(result), element);
            m_path.clear();
            m_path.push_back({ "item", index++ });
            if (typeOf(element) != od::json_type::object) {
                // Not part of any record (the previous element's entity is gone): kept for the
                // first record of the document.
                m_warnings = &documentWarnings;
                warn(element, "item", Tr::tr("is not an object; ignored"));
                (void)rawValue(element);
                continue;
            }
            Entity entity;
            m_warnings = &entity.record.warnings;
            const char* where = element.raw_json_token().data();
            parseEntity(element, entity, true);
            for (auto& item : itemsFrom(std::move(entity), where))
                items.push_back(std::move(item));
        }
        m_path.clear();
        m_warnings = &documentWarnings;
        if (!items.empty())
            items.front().record.warnings += documentWarnings;
        if (items.empty() && index == 0)
            throw FatalError { Tr::tr("the JSON array is empty: there is no call record to open"), m_text.data() };
        if (items.empty())
            throw FatalError { Tr::tr("the JSON array holds no call records"), m_text.data() };
    } else {
        throw FatalError { Tr::tr("this JSON is a single value, not a call record object"), m_text.data() };
    }

    // Anything after the value is an error ("{...} garbage").
    const char* trailing = nullptr;
    if (!doc.current_location().get(trailing) && trailing && trailing < m_text.data() + m_text.size())
        throw FatalError { Tr::tr("unexpected text after the end of the JSON value"), trailing };

    if (m_suppressedWarnings > 0 && !items.empty()) {
        items.front().record.warnings.append(
            //: %1 is a number of warnings not listed
            Tr::tr("… and %1 more warnings not listed").arg(m_suppressedWarnings));
    }
    return items;
}

// ---------------------------------------------------------------------------------------------
// Files and bytes

bool isJsonStart(char c)
{
    return c == '{' || c == '[' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

QString fileMessage(const QString& name, const QString& what)
{
    //: %1 a file name, %2 what is wrong with it, e.g. "no such file"
    return Tr::tr("%1: %2").arg(name, what);
}

/// Makes `buffer.bytes` UTF-8 JSON: skips a UTF-8 BOM, converts UTF-16 (BOM or zero-byte
/// pattern), and refuses content that is plainly something else.
QString prepareText(SourceBuffer& buffer)
{
    ByteBuffer& bytes = buffer.bytes;
    const auto starts = [&](std::string_view prefix) { return bytes.view().starts_with(prefix); };
    if (bytes.empty())
        return Tr::tr("the file is empty");
    if (starts("\xFF\xFE\x00\x00"sv) || starts("\x00\x00\xFE\xFF"sv))
        return Tr::tr("the file is UTF-32 text; save it as UTF-8");
    if (starts("\xEF\xBB\xBF")) {
        buffer.offset = 3;
    } else if (starts("\xFF\xFE") || starts("\xFE\xFF")
        || (bytes.size() >= 4 && isJsonStart(bytes[0]) && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
        || (bytes.size() >= 4 && bytes[0] == 0 && isJsonStart(bytes[1]) && bytes[2] == 0 && bytes[3] != 0)) {
        // Windows PowerShell 5 (Out-File, ">") writes UTF-16 with a BOM.
        const bool bigEndian = starts("\xFE\xFF") || bytes[0] == 0;
        const size_t skip = (starts("\xFF\xFE") || starts("\xFE\xFF")) ? 2 : 0;
        if ((bytes.size() - skip) % 2 != 0)
            return Tr::tr("the file looks like UTF-16 text but has an odd number of bytes (truncated?)");
        QString text;
        text.resize(qsizetype((bytes.size() - skip) / 2));
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto hi = uchar(bytes[skip + size_t(i) * 2 + (bigEndian ? 0 : 1)]);
            const auto lo = uchar(bytes[skip + size_t(i) * 2 + (bigEndian ? 1 : 0)]);
            text[i] = QChar(char16_t((hi << 8) | lo));
        }
        bool valid = true;
        for (qsizetype i = 0; i < text.size() && valid; ++i) {
            if (text[i].isHighSurrogate())
                valid = i + 1 < text.size() && text[++i].isLowSurrogate();
            else if (text[i].isLowSurrogate())
                valid = false;
        }
        if (!valid)
            return Tr::tr("the file looks like UTF-16 text but contains invalid characters");
        const QByteArray utf8 = text.toUtf8();
        ByteBuffer converted(size_t(utf8.size()), simdjson::SIMDJSON_PADDING);
        std::memcpy(converted.data(), utf8.constData(), size_t(utf8.size()));
        bytes = std::move(converted);
        buffer.offset = 0;
    }
    const std::string_view text(bytes.data() + buffer.offset, bytes.size() - buffer.offset);
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return Tr::tr("the file contains only white space");
    if (text.starts_with("PK\x03\x04"))
        return Tr::tr("this is a ZIP archive, not JSON; extract the call record's .json file first");
    if (text.starts_with("\x1F\x8B"sv))
        return Tr::tr("this is a gzip-compressed file, not JSON; decompress it first");
    if (text.substr(first).starts_with('<'))
        return Tr::tr("this is an HTML or XML page, not JSON (was an error page or a sign-in page saved instead?)");
    // Only the start is checked for binary content; simdjson validates UTF-8 and the rest of
    // the text itself (a whole-file scan here cost 15 % of a big load).
    if (text.substr(0, 4096).find('\0') != std::string_view::npos)
        return Tr::tr("this is binary data, not JSON text");
    return {};
}

struct ParsedDocument {
    std::shared_ptr<SourceBuffer> buffer;
    std::vector<ParsedItem> items;
    DocumentKind hintKind = DocumentKind::Auto;
    QString hintRecordId;
};

/// Parses one document. Returns an error message naming `buffer->name`, or empty.
QString parseDocument(ParsedDocument& document, const LoadOptions& options, bool& cancelled)
{
    SourceBuffer& buffer = *document.buffer;
    if (const QString problem = prepareText(buffer); !problem.isEmpty())
        return fileMessage(buffer.name, problem);
    Parser parser(buffer, options);
    parser.setHint(document.hintKind, document.hintRecordId);
    try {
        document.items = parser.parse();
    } catch (const FatalError& error) {
        QString message = error.message;
        if (error.where) {
            const std::string_view text(buffer.bytes.data() + buffer.offset, buffer.bytes.size() - buffer.offset);
            LineCounter lines(text);
            const auto offset = size_t(std::max<std::ptrdiff_t>(0, error.where - text.data()));
            const auto [line, column] = lines.at(offset);
            //: %1 line, %2 column, %3 what is wrong
            message = Tr::tr("line %1, column %2: %3").arg(line).arg(column).arg(error.message);
        }
        return fileMessage(buffer.name, message);
    } catch (const Cancelled&) {
        cancelled = true;
        return {};
    }
    return {};
}

QString idKey(const Text& id)
{
    return id.toQString().toLower();
}

/// Puts records and sessions pages together: pages merge into the record with the same id
/// (in the order given) and otherwise become a record of their own, marked sessions-only.
std::vector<CallRecordPtr> assemble(std::vector<ParsedDocument>& documents)
{
    std::vector<std::shared_ptr<CallRecord>> records;
    std::unordered_map<QString, size_t> byId;
    for (auto& document : documents) {
        for (auto& item : document.items) {
            if (item.kind != ParsedItem::Record)
                continue;
            auto record = std::make_shared<CallRecord>(std::move(item.record));
            record->buffers.push_back(document.buffer);
            record->sourceNames.append(document.buffer->name);
            if (!record->id.isNull())
                byId.emplace(idKey(record->id), records.size());
            records.push_back(std::move(record));
        }
    }
    for (auto& document : documents) {
        for (auto& item : document.items) {
            if (item.kind == ParsedItem::Record)
                continue;
            CallRecord& page = item.record;
            std::shared_ptr<CallRecord> target;
            if (!page.id.isNull()) {
                if (auto it = byId.find(idKey(page.id)); it != byId.end())
                    target = records[it->second];
            } else if (records.size() == 1) {
                target = records.front(); // a page without an id next to a single record
            }
            if (!target) {
                target = std::make_shared<CallRecord>();
                target->id = page.id;
                target->sessionsOnly = true;
                target->odataContext = page.odataContext;
                if (!page.id.isNull())
                    byId.emplace(idKey(page.id), records.size());
                records.push_back(target);
            }
            if (std::find(target->buffers.begin(), target->buffers.end(), document.buffer) == target->buffers.end())
                target->buffers.push_back(document.buffer);
            if (!target->sourceNames.contains(document.buffer->name))
                target->sourceNames.append(document.buffer->name);
            target->warnings += page.warnings;
            if (item.kind == ParsedItem::ParticipantsPage) {
                if (!target->participantsV2)
                    target->participantsV2.emplace();
                for (auto& participant : *page.participantsV2)
                    target->participantsV2->push_back(std::move(participant));
                target->participantsNextLink = page.participantsNextLink;
                continue;
            }
            for (auto& session : page.sessions)
                target->sessions.push_back(std::move(session));
            target->sessionsNextLink = page.sessionsNextLink;
        }
    }
    std::vector<CallRecordPtr> result;
    result.reserve(records.size());
    for (auto& record : records) {
        // Graph may list one session several times (one per service identity); say so.
        std::unordered_map<std::string_view, int> seen;
        int duplicates = 0;
        for (const auto& session : record->sessions) {
            if (!session.id.isNull() && ++seen[session.id.view()] == 2)
                ++duplicates;
        }
        if (duplicates > 0)
            record->warnings.append(
                //: %1 the number of session ids that occur more than once
                Tr::tr("Session ids that occur more than once: %1 (all copies are shown)").arg(duplicates));
        result.push_back(std::move(record));
    }
    return result;
}

LoadResult finish(std::vector<ParsedDocument>& documents, const LoadOptions& options)
{
    LoadResult result;
    for (auto& document : documents) {
        bool cancelled = false;
        result.error = parseDocument(document, options, cancelled);
        if (cancelled) {
            result.cancelled = true;
            return result;
        }
        if (!result.error.isEmpty())
            return result;
    }
    result.records = assemble(documents);
    return result;
}

/// Reads `size` bytes from the start of `fd`. Big files are read by two threads, one half
/// each: most of the cost is the kernel filling fresh pages, which then runs on both cores.
/// Returns 0, an errno value, or -1 when the file ended early.
int readFully(int fd, char* data, qint64 size)
{
    const auto readRange = [fd, data](qint64 from, qint64 to) -> int {
        while (from < to) {
            const ssize_t n = ::pread(fd, data + from, size_t(to - from), off_t(from));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return errno;
            }
            if (n == 0)
                return -1;
            from += n;
        }
        return 0;
    };
    constexpr qint64 kParallelThreshold = qint64(16) << 20;
    if (size < kParallelThreshold || std::thread::hardware_concurrency() < 2)
        return readRange(0, size);
    const qint64 middle = (size / 2) & ~qint64(4095);
    int secondResult = 0;
    std::thread second([&] { secondResult = readRange(middle, size); });
    const int firstResult = readRange(0, middle);
    second.join();
    return firstResult ? firstResult : secondResult;
}

std::shared_ptr<SourceBuffer> bufferFrom(ByteBuffer&& bytes, const QString& name)
{
    auto buffer = std::make_shared<SourceBuffer>();
    buffer->name = name;
    buffer->bytes = std::move(bytes);
    return buffer;
}

std::shared_ptr<SourceBuffer> bufferFrom(const std::string& bytes, const QString& name)
{
    ByteBuffer copy(bytes.size(), simdjson::SIMDJSON_PADDING);
    if (!bytes.empty())
        std::memcpy(copy.data(), bytes.data(), bytes.size());
    return bufferFrom(std::move(copy), name);
}

} // namespace

LoadResult loadCallRecordFiles(const QStringList& paths, const LoadOptions& options)
{
    std::vector<ParsedDocument> documents;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString name = QDir::toNativeSeparators(path);
        LoadResult failed;
        if (!info.exists()) {
            failed.error = fileMessage(name, Tr::tr("no such file"));
            return failed;
        }
        if (info.isDir()) {
            failed.error = fileMessage(name, Tr::tr("this is a folder, not a file"));
            return failed;
        }
        if (info.size() > kMaxRecordFileSize) {
            failed.error = fileMessage(
                //: %1 the file size in MiB, e.g. 1500
                name, Tr::tr("the file is %1 MiB; files over 1 GiB are not opened").arg(info.size() / (1024 * 1024)));
            return failed;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            //: %1 why the file cannot be read, e.g. "Permission denied"
            failed.error = fileMessage(name, Tr::tr("cannot be read: %1").arg(file.errorString()));
            return failed;
        }
        const qint64 size = file.size();
        ByteBuffer bytes(size_t(size), simdjson::SIMDJSON_PADDING);
        if (const int error = readFully(file.handle(), bytes.data(), size)) {
            failed.error = fileMessage(name,
                error < 0 ? Tr::tr("the file became shorter while it was read")
                          //: %1 why the file cannot be read, e.g. "Permission denied"
                          : Tr::tr("cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
            return failed;
        }
        documents.push_back({ bufferFrom(std::move(bytes), name), {}, DocumentKind::Auto, {} });
    }
    return finish(documents, options);
}

LoadResult loadCallRecordFile(const QString& path, const LoadOptions& options)
{
    return loadCallRecordFiles(QStringList { path }, options);
}

LoadResult loadCallRecordBytes(std::string bytes, const QString& sourceName, const LoadOptions& options)
{
    std::vector<std::pair<std::string, QString>> documents;
    documents.emplace_back(std::move(bytes), sourceName);
    return loadCallRecordDocuments(std::move(documents), options);
}

LoadResult loadCallRecordDocuments(std::vector<std::pair<std::string, QString>> input, const LoadOptions& options)
{
    std::vector<InputDocument> documents;
    documents.reserve(input.size());
    for (auto& [bytes, name] : input)
        documents.push_back({ std::move(bytes), name, DocumentKind::Auto, {} });
    return loadCallRecordDocuments(std::move(documents), options);
}

LoadResult loadCallRecordDocuments(std::vector<InputDocument> input, const LoadOptions& options)
{
    std::vector<ParsedDocument> documents;
    for (auto& document : input) {
        documents.push_back({ bufferFrom(document.bytes, document.name), {}, document.kind, document.recordId });
        std::string().swap(document.bytes); // the buffer holds a copy now
    }
    return finish(documents, options);
}
