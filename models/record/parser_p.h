#pragma once

// The loader's parser: one pass of simdjson On-Demand over a document, building the record's
// values. Internal to the loader; split over
//   valuereader.cpp     plumbing and the typed value readers (misfits become warnings)
//   schemareader.cpp    the schema's structured types, their scalars from schema.h's tables
//   documentreader.cpp  sessions (on two threads), records, pages and lists: what a file is
//   loader.cpp          files and bytes, and putting records and pages together

#include "jsondiagnostics_p.h"
#include "jsonkeys.h"
#include "loader.h"
#include "schema.h"

#include <atomic>
#include <simdjson.h>

#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace loading {

namespace od = simdjson::ondemand;

/// "is not an array; ignored", the warning of forEachElement.
QString notAnArrayText();

/// Warnings kept per record; the rest are counted.
inline constexpr int kMaxWarningsPerRecord = 100;
/// What the parsed nodes of one document may take: a floor plus a multiple of its size.
/// Graph's records hold far more text than structure (a stream is about 1.5 KB of JSON for a
/// 320-byte node), so only files of near-empty objects ("sessions": [{}, {}, ...]) reach it.
inline constexpr size_t kNodeMemoryFloor = size_t(64) << 20;
inline constexpr size_t kNodeMemoryPerByte = 16;

/// A problem that stops the whole document (bad JSON syntax, cancellation). Internal only:
/// caught at the loader boundary and turned into a message.
struct FatalError {
    FatalError(QString message_, const char* where_ = nullptr, QStringList announced = {})
        : message(std::move(message_))
        , where(where_)
        , announcedCallIds(std::move(announced))
    {
    }
    QString message;
    const char* where = nullptr;
    QStringList announcedCallIds; ///< a change notification's call records
};
struct Cancelled { };

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

/// Throws a FatalError naming what `entity` is when it is a phone-call log, a change
/// notification or a JSON Schema document rather than call records (`where`: its position, or
/// null for a whole file).
void refuseForeignDocument(const Entity& entity, const char* where);

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
        if (code == simdjson::MEMALLOC)
            throw std::bad_alloc();
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
    [[noreturn]] void failAt(simdjson::error_code code, const char* where);
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
    QString location(const char* p);
    QString path() const;
    void warn(od::value& v, std::string_view property, const QString& what);
    /// A warning about the object that starts at `where` (its line and path).
    void warnAt(const char* where, const QString& what);
    /// Warns when an object ends before it starts.
    void checkTimes(const char* where, const DateTime& start, const DateTime& end);
    /// Counts `count` nodes of `bytes` each against the document's memory budget; refuses the
    /// document (before they are allocated) when they would not fit.
    void charge(size_t count, size_t bytes);
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
    /// Calls `handle` for each element of an array; says how the property was written.
    template <typename Handler>
    ListState forEachElement(od::value& v, std::string_view property, Handler&& handle);

    // --- typed readers: each leaves the target missing and warns when the value does not fit
    void readText(od::value& v, std::string_view property, Text& out);
    void readDouble(od::value& v, std::string_view property, OptionalDouble& out);
    void readInt(od::value& v, std::string_view property, OptionalInt& out);
    void readBool(od::value& v, std::string_view property, std::optional<bool>& out);
    void readDuration(od::value& v, std::string_view property, Milliseconds& out);
    void readDateTime(od::value& v, std::string_view property, DateTime& out);
    void readEnum(od::value& v, std::string_view property, EnumType type, EnumValue& out);
    void readEnumList(od::value& v, std::string_view property, EnumType type, List<EnumValue>& out);
    bool expectObject(od::value& v, std::string_view property);
    /// Reads `key` into `object` when its schema table (schema.h) lists it; false otherwise.
    template <typename T>
    bool readProperty(JsonKey key, od::value& value, T& object);
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
    void parseSessions(od::value& v, List<Session>& out);

    std::vector<ParsedItem> itemsFrom(Entity&& entity, const char* where);
    /// Parses `count` spans of the buffer (`spanOf(i)`), each as a document of its own, calling
    /// `handle(root, i)` for each.
    template <typename SpanOf, typename Handle>
    void parseSpans(size_t count, SpanOf&& spanOf, Handle&& handle);
    /// Reads the objects `elements` were parsed from again, as participants_v2 entries.
    void parseParticipantSpans(std::span<const Entity> elements, std::vector<Participant>& out);

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
    bool m_warned = false; // a warning was given: some value was skipped unchecked
    std::atomic<size_t> m_ownCharge { 0 };
    std::atomic<size_t>* m_charge = &m_ownCharge; // shared with a helper thread's parser
    struct PathElement {
        const char* kind;
        int index;
    };
    std::vector<PathElement> m_path;
};

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
ListState Parser::forEachElement(od::value& v, std::string_view property, Handler&& handle)
{
    const auto type = typeOf(v);
    if (type == od::json_type::null)
        return ListState::Null;
    if (type != od::json_type::array) {
        warn(v, property, notAnArrayText());
        return ListState::Absent;
    }
    od::array array;
    check(v.get_array(), array);
    int index = 0;
    for (auto result : array) {
        od::value element;
        check(std::move(result), element);
        handle(element, index++);
    }
    return ListState::Array;
}

template <typename T>
bool Parser::readProperty(JsonKey key, od::value& value, T& object)
{
    static const PropertyList<T>& list = properties<T>();
    const Property<T>* p = list.find(key);
    if (!p)
        return false;
    switch (p->kind) {
    case ValueKind::Text:
        readText(value, p->name, object.*(p->text));
        break;
    case ValueKind::Number:
        readDouble(value, p->name, object.*(p->number));
        if (const OptionalDouble& n = object.*(p->number); n && p->unit == Unit::Fraction && (*n < 0 || *n > 1))
            //: follows a property name; %1 the number as written, e.g. "7.5"
            warn(value, p->name, Tr::tr("is %1, outside 0 to 1 for a ratio; shown as read").arg(*n));
        else if (n && p->unit == Unit::Percent && (*n < 0 || *n > 100))
            //: follows a property name; %1 the number as written, e.g. "140"
            warn(value, p->name, Tr::tr("is %1, outside 0 to 100 for a percentage; shown as read").arg(*n));
        break;
    case ValueKind::Integer:
        readInt(value, p->name, object.*(p->integer));
        if (const OptionalInt& n = object.*(p->integer); n && p->unit == Unit::Percent && (*n < 0 || *n > 100))
            //: follows a property name; %1 the number as written, e.g. "140"
            warn(value, p->name, Tr::tr("is %1, outside 0 to 100 for a percentage; shown as read").arg(*n));
        break;
    case ValueKind::Boolean:
        readBool(value, p->name, object.*(p->boolean));
        break;
    case ValueKind::Duration:
        readDuration(value, p->name, object.*(p->number));
        break;
    case ValueKind::DateTime:
        readDateTime(value, p->name, object.*(p->dateTime));
        break;
    case ValueKind::Enum:
        readEnum(value, p->name, p->enumType, object.*(p->enumValue));
        break;
    case ValueKind::EnumList:
        readEnumList(value, p->name, p->enumType, object.*(p->enumList));
        break;
    }
    return true;
}

} // namespace loading
