#include "jsonwriter.h"

#include "duration.h"
#include "schema.h"

#include <charconv>
#include <cmath>

namespace {

class JsonOut {
public:
    std::string out;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    void key(std::string_view name)
    {
        separator();
        quoted(name);
        out += ": ";
        m_afterKey = true;
    }
    void string(std::string_view s)
    {
        separator();
        quoted(s);
    }

private:
    void quoted(std::string_view s)
    {
        out += '"';
        for (const char c : s) {
            switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buffer[8];
                    std::snprintf(buffer, sizeof buffer, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                    out += buffer;
                } else {
                    out += c;
                }
            }
        }
        out += '"';
    }

public:
    void number(double value)
    {
        separator();
        if (!std::isfinite(value)) {
            out += "null";
            return;
        }
        char buffer[64];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, result.ptr);
    }
    void integer(qint64 value)
    {
        separator();
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out.append(buffer, result.ptr);
    }
    void boolean(bool value)
    {
        separator();
        out += value ? "true" : "false";
    }
    void null()
    {
        separator();
        out += "null";
    }
    void raw(std::string_view json)
    {
        separator();
        out += json;
    }

private:
    void open(char c)
    {
        separator();
        out += c;
        m_first.push_back(true);
    }
    void close(char c)
    {
        const bool empty = m_first.back();
        m_first.pop_back();
        if (!empty)
            newline();
        out += c;
    }
    void separator()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_first.empty())
            return;
        if (!m_first.back())
            out += ',';
        m_first.back() = false;
        newline();
    }
    void newline()
    {
        out += '\n';
        out.append(m_first.size() * 2, ' ');
    }

    std::vector<bool> m_first;
    bool m_afterKey = false;
};

class RecordWriter {
public:
    JsonOut json;

    void text(std::string_view name, const Text& value)
    {
        if (value.isNull())
            return;
        json.key(name);
        json.string(value.view());
    }
    void number(std::string_view name, const std::optional<double>& value)
    {
        if (!value)
            return;
        json.key(name);
        json.number(*value);
    }
    void integer(std::string_view name, const std::optional<qint64>& value)
    {
        if (!value)
            return;
        json.key(name);
        json.integer(*value);
    }
    void boolean(std::string_view name, const std::optional<bool>& value)
    {
        if (!value)
            return;
        json.key(name);
        json.boolean(*value);
    }
    void duration(std::string_view name, const Milliseconds& value)
    {
        if (!value)
            return;
        json.key(name);
        json.string(formatIsoDuration(*value));
    }
    void dateTime(std::string_view name, const DateTime& value)
    {
        if (value.isNull())
            return;
        json.key(name);
        json.string(value.text.view());
    }
    void enumValue(std::string_view name, EnumType type, const EnumValue& value)
    {
        if (value.isNull())
            return;
        json.key(name);
        json.string(enumValueName(type, value));
    }
    /// A list as it was read: absent (nothing written), null, or an array, empty or not.
    template <typename T, typename Write>
    void list(std::string_view name, const List<T>& values, Write&& write)
    {
        switch (values.written()) {
        case ListState::Absent:
            return;
        case ListState::Null:
            json.key(name);
            json.null();
            return;
        case ListState::Array:
            json.key(name);
            json.beginArray();
            for (const auto& value : values)
                write(value);
            json.endArray();
            return;
        }
    }
    void enumList(std::string_view name, EnumType type, const List<EnumValue>& values)
    {
        list(name, values, [&](const EnumValue& value) { json.string(enumValueName(type, value)); });
    }
    enum class Annotations { Included, Only, Skipped };
    /// Every scalar property of `object` that has a value, in the schema table's order; or only
    /// the annotations ("@odata.type"), which come first, or all but them.
    template <typename T>
    void scalars(const T& object, Annotations annotations = Annotations::Included)
    {
        for (const Property<T>& p : properties<T>()) {
            const bool annotation = p.name.starts_with('@');
            if ((annotations == Annotations::Only && !annotation)
                || (annotations == Annotations::Skipped && annotation))
                continue;
            switch (p.kind) {
            case ValueKind::Text:
                text(p.name, object.*(p.text));
                break;
            case ValueKind::Number:
                number(p.name, object.*(p.number));
                break;
            case ValueKind::Integer:
                integer(p.name, object.*(p.integer));
                break;
            case ValueKind::Boolean:
                boolean(p.name, object.*(p.boolean));
                break;
            case ValueKind::Duration:
                duration(p.name, object.*(p.number));
                break;
            case ValueKind::DateTime:
                dateTime(p.name, object.*(p.dateTime));
                break;
            case ValueKind::Enum:
                enumValue(p.name, p.enumType, object.*(p.enumValue));
                break;
            case ValueKind::EnumList:
                enumList(p.name, p.enumType, object.*(p.enumList));
                break;
            }
        }
    }
    void extra(const ExtraProperties& properties)
    {
        for (const auto& property : properties) {
            // The loader flattens one level of "AdditionalProperties" objects, so an unknown
            // one it kept (nested in another) is written inside one to load back unchanged.
            const bool wrapped
                = property.name.equalsIgnoreCase("additionalProperties") && property.json.view().starts_with('{');
            if (wrapped) {
                json.key("AdditionalProperties");
                json.beginObject();
            }
            json.key(property.name.view());
            json.raw(property.json.view());
            if (wrapped)
                json.endObject();
        }
    }

    void identity(const Identity& i)
    {
        json.beginObject();
        scalars(i);
        extra(i.extra);
        json.endObject();
    }
    void identitySet(const IdentitySet& set)
    {
        json.beginObject();
        scalars(set);
        for (const auto& entry : set.entries) {
            json.key(IdentitySet::graphKindName(entry.kind.view()));
            if (entry.identity)
                identity(*entry.identity);
            else
                json.null();
        }
        extra(set.extra);
        json.endObject();
    }
    void participant(const Participant& p)
    {
        json.beginObject();
        scalars(p);
        if (p.identity) {
            json.key("identity");
            identitySet(*p.identity);
        }
        list("administrativeUnitInfos", p.administrativeUnitInfos, [&](const AdministrativeUnitInfo& info) {
            json.beginObject();
            scalars(info);
            extra(info.extra);
            json.endObject();
        });
        extra(p.extra);
        json.endObject();
    }
    void userAgent(const UserAgent& a)
    {
        json.beginObject();
        scalars(a);
        extra(a.extra);
        json.endObject();
    }
    void endpoint(std::string_view name, const std::optional<Endpoint>& e)
    {
        if (!e)
            return;
        json.key(name);
        json.beginObject();
        scalars(*e, Annotations::Only);
        if (e->userAgent) {
            json.key("userAgent");
            userAgent(*e->userAgent);
        }
        if (e->associatedIdentity) {
            json.key("associatedIdentity");
            identity(*e->associatedIdentity);
        }
        if (e->identity) {
            json.key("identity");
            identitySet(*e->identity);
        }
        if (e->feedback) {
            const auto& f = *e->feedback;
            json.key("feedback");
            json.beginObject();
            scalars(f);
            if (f.tokens) {
                json.key("tokens");
                json.beginObject();
                for (const auto& token : *f.tokens) {
                    json.key(token.name.view());
                    if (token.value)
                        json.boolean(*token.value);
                    else
                        json.null();
                }
                json.endObject();
            }
            extra(f.extra);
            json.endObject();
        }
        scalars(*e, Annotations::Skipped);
        extra(e->extra);
        json.endObject();
    }
    void failure(const std::optional<FailureInfo>& f)
    {
        if (!f)
            return;
        json.key("failureInfo");
        json.beginObject();
        scalars(*f);
        extra(f->extra);
        json.endObject();
    }
    void network(std::string_view name, const std::optional<NetworkInfo>& n)
    {
        if (!n)
            return;
        json.key(name);
        json.beginObject();
        scalars(*n);
        if (n->traceRouteHops) {
            json.key("traceRouteHops");
            json.beginArray();
            for (const auto& hop : *n->traceRouteHops) {
                json.beginObject();
                scalars(hop);
                extra(hop.extra);
                json.endObject();
            }
            json.endArray();
        }
        extra(n->extra);
        json.endObject();
    }
    void device(std::string_view name, const std::optional<DeviceInfo>& d)
    {
        if (!d)
            return;
        json.key(name);
        json.beginObject();
        scalars(*d);
        extra(d->extra);
        json.endObject();
    }
    void stream(const MediaStream& s)
    {
        json.beginObject();
        scalars(s);
        extra(s.extra);
        json.endObject();
    }
    void media(const Media& m)
    {
        json.beginObject();
        scalars(m);
        network("callerNetwork", m.callerNetwork);
        network("calleeNetwork", m.calleeNetwork);
        device("callerDevice", m.callerDevice);
        device("calleeDevice", m.calleeDevice);
        list("streams", m.streams, [&](const MediaStream& s) { stream(s); });
        extra(m.extra);
        json.endObject();
    }
    void segment(const Segment& s)
    {
        json.beginObject();
        scalars(s);
        endpoint("caller", s.caller);
        endpoint("callee", s.callee);
        failure(s.failureInfo);
        list("media", s.media, [&](const Media& m) { media(m); });
        extra(s.extra);
        json.endObject();
    }
    void session(const Session& s)
    {
        json.beginObject();
        scalars(s);
        endpoint("caller", s.caller);
        endpoint("callee", s.callee);
        failure(s.failureInfo);
        list("segments", s.segments, [&](const Segment& segment) { this->segment(segment); });
        extra(s.extra);
        json.endObject();
    }
    void sessionsArray(const std::vector<Session>& sessions)
    {
        json.beginArray();
        for (const auto& s : sessions)
            session(s);
        json.endArray();
    }
    /// A record that only had pages is written as what the files held: a sessions page, a
    /// participants_v2 page, or both (two JSON values), so that it loads back the same way.
    static bool hasSessionsPage(const CallRecord& r)
    {
        return !r.participantsV2 || !r.sessions.empty() || !r.sessionsNextLink.isNull();
    }
    static bool isTwoPages(const CallRecord& r) { return r.sessionsOnly && r.participantsV2 && hasSessionsPage(r); }
    /// "https://graph.microsoft.com/v1.0/$metadata#" or what the context as read had instead
    /// (beta, a national cloud).
    static std::string metadataRoot(const Text& context)
    {
        const auto text = context.view();
        const auto hash = text.find("$metadata#");
        if (hash == std::string_view::npos)
            return "https://graph.microsoft.com/v1.0/$metadata#";
        return std::string(text.substr(0, hash + std::string_view("$metadata#").size()));
    }
    void sessionsPage(const CallRecord& r)
    {
        json.beginObject();
        const auto context = r.odataContext.view();
        if (context.find("$metadata#") != std::string_view::npos
            && context.find("/sessions", context.find("$metadata#")) != std::string_view::npos) {
            json.key("@odata.context");
            json.string(r.odataContext.view());
        } else if (!r.id.isNull()) {
            json.key("@odata.context");
            json.string(metadataRoot(r.odataContext) + "communications/callRecords('" + std::string(r.id.view())
                + "')/sessions(segments())");
        }
        json.key("value");
        sessionsArray(r.sessions);
        text("@odata.nextLink", r.sessionsNextLink);
        json.endObject();
    }
    void participantsPage(const CallRecord& r)
    {
        // The context comes first: it is what makes "value" a list of participants.
        json.beginObject();
        json.key("@odata.context");
        json.string(metadataRoot(r.odataContext) + "communications/callRecords"
            + (r.id.isNull() ? std::string() : "('" + std::string(r.id.view()) + "')") + "/participants_v2");
        json.key("value");
        json.beginArray();
        for (const auto& p : *r.participantsV2)
            participant(p);
        json.endArray();
        text("@odata.nextLink", r.participantsNextLink);
        json.endObject();
    }
    void record(const CallRecord& r)
    {
        if (r.sessionsOnly) {
            if (hasSessionsPage(r))
                sessionsPage(r);
            if (r.participantsV2)
                participantsPage(r);
            return;
        }
        json.beginObject();
        text("@odata.context", r.odataContext);
        scalars(r);
        if (r.organizer) {
            json.key("organizer");
            identitySet(*r.organizer);
        }
        if (r.participants) {
            json.key("participants");
            json.beginArray();
            for (const auto& p : *r.participants)
                identitySet(p);
            json.endArray();
        } else if (r.participantsNull) {
            json.key("participants");
            json.null();
        }
        if (r.organizerV2) {
            json.key("organizer_v2");
            participant(*r.organizerV2);
        }
        if (r.participantsV2) {
            json.key("participants_v2");
            json.beginArray();
            for (const auto& p : *r.participantsV2)
                participant(p);
            json.endArray();
        } else if (r.participantsV2Null) {
            json.key("participants_v2");
            json.null();
        }
        text("participants_v2@odata.nextLink", r.participantsNextLink);
        extra(r.extra);
        list("sessions", r.sessions, [&](const Session& s) { session(s); });
        text("sessions@odata.nextLink", r.sessionsNextLink);
        json.endObject();
    }
};

} // namespace

std::string writeCallRecordJson(const CallRecord& record)
{
    RecordWriter writer;
    if (RecordWriter::isTwoPages(record)) {
        writer.json.beginArray();
        writer.record(record);
        writer.json.endArray();
        writer.json.out += '\n';
        return std::move(writer.json.out);
    }
    writer.record(record);
    writer.json.out += '\n';
    return std::move(writer.json.out);
}

std::string writeCallRecordsJson(const std::vector<CallRecordPtr>& records)
{
    // A list that continues stays a list, with its link.
    Text listNextLink;
    for (const auto& record : records) {
        if (!record->listNextLink.isNull()) {
            listNextLink = record->listNextLink;
            break;
        }
    }
    if (records.size() == 1 && !records.front()->fromList)
        return writeCallRecordJson(*records.front());
    RecordWriter writer;
    const bool anySessionsOnly
        = std::any_of(records.begin(), records.end(), [](const CallRecordPtr& r) { return r->sessionsOnly; });
    if (anySessionsOnly) {
        writer.json.beginArray();
        for (const auto& record : records)
            writer.record(*record);
        writer.json.endArray();
    } else {
        // The list as read: its context (beta, national cloud) and annotations (@odata.count).
        const CallRecord* listed = nullptr;
        for (const auto& record : records) {
            if (record->fromList) {
                listed = record.get();
                break;
            }
        }
        writer.json.beginObject();
        writer.json.key("@odata.context");
        if (listed && !listed->listContext.isNull())
            writer.json.string(listed->listContext.view());
        else
            writer.json.string("https://graph.microsoft.com/v1.0/$metadata#communications/callRecords");
        if (listed)
            writer.extra(listed->listAnnotations);
        writer.json.key("value");
        writer.json.beginArray();
        for (const auto& record : records)
            writer.record(*record);
        writer.json.endArray();
        writer.text("@odata.nextLink", listNextLink);
        writer.json.endObject();
    }
    writer.json.out += '\n';
    return std::move(writer.json.out);
}
