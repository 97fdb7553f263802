#include "parser_p.h"

#include "datetime.h"
#include "duration.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>

namespace loading {

QString notAnArrayText()
{
    return Tr::tr("is not an array; ignored");
}

void Parser::failAt(simdjson::error_code code, const char* where)
{
    if (code == simdjson::MEMALLOC)
        throw std::bad_alloc(); // reported as such by the loader, not as bad JSON
    // The first mistake in the file is the one to report: simdjson stops where its walk trips,
    // which can be after an earlier mistake inside a part it skipped or had not checked.
    if (const size_t first = invalidJsonAt(m_text); first < m_text.size() && first < offsetOf(where))
        throw FatalError { describeInvalidAt(m_text, first), m_text.data() + first };
    const char* tokenEnd = where;
    while (tokenEnd < m_docEnd && std::string_view(",:[]{}\"").find(*tokenEnd) == std::string_view::npos
        && !std::isspace(static_cast<unsigned char>(*tokenEnd)))
        ++tokenEnd;
    const std::string_view token(where, size_t(std::max(tokenEnd, where) - where));
    if (isNonFiniteName(token)) {
        //: %1 is NaN, Infinity or -Infinity as written in the file
        QString message = Tr::tr("%1 is not a JSON number (JSON has no NaN or infinities; null marks a missing value)");
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

QString Parser::location(const char* p)
{
    const auto [line, column] = m_lines.at(offsetOf(p));
    //: %1 line number, %2 column number in a file
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

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

void Parser::charge(size_t count, size_t bytes)
{
    const size_t budget = kNodeMemoryFloor + kNodeMemoryPerByte * m_text.size();
    const size_t cost = count * bytes;
    const size_t total = m_charge->fetch_add(cost, std::memory_order_relaxed) + cost;
    if (count > budget / std::max<size_t>(bytes, 1) || total > budget) {
        const char* where = nullptr;
        if (m_doc && m_doc->current_location().get(where) != simdjson::SUCCESS)
            where = nullptr;
        //: %1 megabytes of memory, %2 the multiple of the file's size, %3 megabytes
        throw FatalError { Tr::tr("the file holds too many objects for its size: reading them would take more "
                                  "than %1 MB of memory (the limit is %2 times the file's size plus %3 MB); "
                                  "Graph does not write records of empty objects")
                               .arg(budget >> 20)
                               .arg(kNodeMemoryPerByte)
                               .arg(kNodeMemoryFloor >> 20),
            where };
    }
}

void Parser::warnAt(const char* where, const QString& what)
{
    m_warned = true;
    if (!m_warnings)
        return;
    if (m_warnings->size() >= kMaxWarningsPerRecord) {
        ++m_suppressedWarnings;
        return;
    }
    QString message = location(where) + u": ";
    if (const QString place = path(); !place.isEmpty())
        message += place + u": ";
    m_warnings->append(message + what);
}

void Parser::checkTimes(const char* where, const DateTime& start, const DateTime& end)
{
    if (!start.isNull() && !end.isNull() && *end.msecsSinceEpoch < *start.msecsSinceEpoch)
        //: %1 the end time, %2 the start time, both as written in the file
        warnAt(where,
            Tr::tr("endDateTime %1 is before startDateTime %2; its duration is not shown")
                .arg(end.text.toQString(), start.text.toQString()));
}

void Parser::warn(od::value& v, std::string_view property, const QString& what)
{
    m_warned = true;
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
    // Unknown properties and instance annotations (@odata.*) alike: kept as written. The
    // first one allocates the list and, past a few, its index.
    charge(1, sizeof(RawProperty) * 2 + (extra.empty() ? 128 : 0));
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
    // Graph writes UTC ("Z") or an offset; a time without one is ambiguous.
    const auto view = text.view();
    const auto t = view.find_first_of("Tt ");
    if (t != std::string_view::npos && view.substr(t).find_first_of("Zz+-") == std::string_view::npos)
        //: follows a property name; %1 the date and time as written
        warn(v, property, Tr::tr("\"%1\" has no time zone; read as UTC").arg(text.toQString().left(40)));
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

void Parser::readEnumList(od::value& v, std::string_view property, EnumType type, List<EnumValue>& out)
{
    out.clear();
    if (typeOf(v) == od::json_type::string) {
        // A single value where a collection is expected (PowerShell unwraps one-element arrays).
        EnumValue value;
        readEnum(v, property, type, value);
        if (!value.isNull()) {
            charge(1, sizeof(EnumValue));
            out.push_back(value);
        }
        out.state = ListState::Array;
        return;
    }
    out.state = forEachElement(v, property, [&](od::value& element, int) {
        EnumValue value;
        readEnum(element, property, type, value);
        if (!value.isNull()) {
            charge(1, sizeof(EnumValue));
            out.push_back(value);
        }
    });
}

} // namespace loading
