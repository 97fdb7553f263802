#include "parser_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <exception>
#include <thread>

using namespace std::string_view_literals;

// What a document is (a record, a session, a sessions or participants page, a list of
// records, an error body) and the sessions, which are most of a record.

namespace loading {

void Parser::parseSessions(od::value& v, List<Session>& out)
{
    // Sessions are most of a record. They are located first (skipping is cheap), then parsed
    // as documents of their own, split between two threads when there are many: a
    // 10,000-session record loads in about two thirds of the single-threaded time.
    std::vector<SessionSpan> spans;
    const ListState state = forEachElement(v, "sessions", [&](od::value& element, int index) {
        m_path.push_back({ "session", index });
        if (expectObject(element, "session")) {
            od::object object;
            check(element.get_object(), object);
            std::string_view json;
            check(object.raw_json(), json);
            charge(1, sizeof(SessionSpan) + sizeof(Session));
            spans.push_back({ trimmed(json), index });
        }
        m_path.pop_back();
    });
    out.clear();
    out.resize(spans.size());
    out.state = state;

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
    bool helperWarned = false;
    std::exception_ptr helperError;
    const std::vector<PathElement> outerPath = m_path; // copied before this thread changes it
    std::thread helper([&] {
        try {
            Parser parser(m_buffer, helperArena, m_options);
            parser.m_path = outerPath;
            parser.m_charge = m_charge;
            parser.m_warnings = m_warnings ? &helperWarnings : nullptr;
            parser.parseSessionSpans(std::span(spans).subspan(split), std::span(out).subspan(split), false);
            helperSuppressed = parser.m_suppressedWarnings;
            helperWarned = parser.m_warned;
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
    m_warned = m_warned || helperWarned;
}

template <typename SpanOf, typename Handle>
void Parser::parseSpans(size_t count, SpanOf&& spanOf, Handle&& handle)
{
    if (!m_sessionParser)
        m_sessionParser = std::make_unique<od::parser>();
    od::document* const outerDocument = m_doc;
    const char* const outerEnd = m_docEnd;
    const char* const bufferEnd = m_buffer.bytes.data() + m_buffer.bytes.capacity();
    for (size_t i = 0; i < count; ++i) {
        const std::string_view json = spanOf(i);
        // The bytes after the span are the rest of the file and its padding, so the span
        // is a valid padded input.
        const simdjson::padded_string_view input(json.data(), json.size(), size_t(bufferEnd - json.data()));
        od::document document;
        if (auto error = m_sessionParser->iterate(input).get(document))
            failAt(error, json.data());
        m_doc = &document;
        m_docEnd = json.data() + json.size();
        od::value root;
        check(document.get_value(), root);
        handle(root, i);
    }
    m_doc = outerDocument;
    m_docEnd = outerEnd;
}

void Parser::parseSessionSpans(std::span<const SessionSpan> spans, std::span<Session> out, bool reportProgress)
{
    parseSpans(
        spans.size(), [&](size_t i) { return spans[i].json; },
        [&](od::value& root, size_t i) {
            m_path.push_back({ "session", spans[i].index });
            parseSessionInto(root, out[i]);
            m_path.pop_back();
            if ((i & 31) == 31) {
                if (reportProgress)
                    checkCancel(m_docEnd);
                else if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
                    throw Cancelled {};
            }
        });
}

void Parser::parseParticipantSpans(std::span<const Entity> elements, std::vector<Participant>& out)
{
    parseSpans(
        elements.size(), [&](size_t i) { return elements[i].record.source.json.view(); },
        [&](od::value& root, size_t i) {
            m_path.push_back({ "participant", int(i) });
            std::optional<Participant> participant;
            parseParticipant(root, "participants_v2", participant);
            charge(1, sizeof(Participant));
            if (participant)
                out.push_back(std::move(*participant));
            m_path.pop_back();
        });
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
        // callRecord only (its scalars come from the schema table, below).
        case JsonKey::Organizer:
            m_path.push_back({ "organizer", -1 });
            parseIdentitySet(value, "organizer", r.organizer);
            m_path.pop_back();
            break;
        case JsonKey::Participants: {
            std::vector<IdentitySet> participants;
            const ListState state = forEachElement(value, "participants", [&](od::value& element, int index) {
                m_path.push_back({ "participant", index });
                std::optional<IdentitySet> set;
                parseIdentitySet(element, "participants", set);
                charge(1, sizeof(IdentitySet));
                if (set)
                    participants.push_back(std::move(*set));
                m_path.pop_back();
            });
            // null and a value that is not a list leave it not reported; [] reports none.
            r.participantsNull = state == ListState::Null;
            if (state == ListState::Array)
                r.participants = std::move(participants);
            else
                r.participants.reset();
            break;
        }
        case JsonKey::OrganizerV2:
            m_path.push_back({ "organizer_v2", -1 });
            parseParticipant(value, "organizer_v2", r.organizerV2);
            m_path.pop_back();
            break;
        case JsonKey::ParticipantsV2: {
            std::vector<Participant> participants;
            const ListState state = forEachElement(value, "participants_v2", [&](od::value& element, int index) {
                m_path.push_back({ "participant", index });
                std::optional<Participant> participant;
                parseParticipant(element, "participants_v2", participant);
                charge(1, sizeof(Participant));
                if (participant)
                    participants.push_back(std::move(*participant));
                m_path.pop_back();
            });
            r.participantsV2Null = state == ListState::Null;
            if (state == ListState::Array)
                r.participantsV2 = std::move(participants);
            else
                r.participantsV2.reset();
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
                    charge(1, sizeof(Participant));
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
                    charge(1, sizeof(Entity));
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
            // Kept as read ("@odata.type", "sessions@odata.context", a list's "@odata.count"),
            // so that an export says what the file said; they do not make it a record.
            addExtra(r.extra, name, value);
            return;
        default:
            if (readProperty(key, value, r))
                break;
            if (key == JsonKey::Identity || key == JsonKey::AdministrativeUnitInfos)
                e.participantKeys = true;
            if (sessionField(key, name, value, s) || readProperty(key, value, s)) {
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
    checkTimes(begin, r.startDateTime, r.endDateTime);
    if (!r.startDateTime.isNull() && !r.lastModifiedDateTime.isNull()
        && *r.lastModifiedDateTime.msecsSinceEpoch < *r.startDateTime.msecsSinceEpoch)
        //: %1 the modification time, %2 the call's start time, as written in the file
        warnAt(begin,
            Tr::tr("lastModifiedDateTime %1 is before the call started (%2)")
                .arg(r.lastModifiedDateTime.text.toQString(), r.startDateTime.text.toQString()));
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
    refuseForeignDocument(entity, where == m_text.data() ? nullptr : where);
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
        if (allParticipants && !sessionsContext) {
            // A participants_v2 page saved without its @odata.context: its entries were read
            // as entities, so they are read again as participants. Which record it belongs to
            // is decided when the documents are put together (the only record opened with it).
            ParsedItem participants;
            participants.kind = ParsedItem::ParticipantsPage;
            participants.record.id = page.record.id;
            participants.record.participantsNextLink = entity.nextLink;
            participants.record.odataContext = entity.context;
            participants.record.warnings = std::move(page.record.warnings);
            participants.record.participantsV2.emplace();
            QStringList* const outerWarnings = m_warnings;
            m_warnings = &participants.record.warnings;
            parseParticipantSpans(entity.values, *participants.record.participantsV2);
            m_warnings = outerWarnings;
            items.push_back(std::move(participants));
            return items;
        }
        for (auto& element : entity.values) {
            const bool isSession = element.sessionKeys || (sessionsContext && !element.recordKeys);
            if (isSession) {
                anySession = true;
                charge(1, sizeof(Session));
                page.record.sessions.push_back(std::move(element.session));
                page.record.warnings += element.record.warnings;
            } else if (element.anyKnownKey) {
                ParsedItem item;
                item.record = std::move(element.record);
                item.record.fromList = true;
                item.record.listContext = entity.context;
                for (const RawProperty& p : entity.record.extra) {
                    if (p.name.view().starts_with('@'))
                        item.record.listAnnotations.set(p.name, p.json);
                }
                if (!entity.nextLink.isNull()) {
                    item.record.listNextLink = entity.nextLink;
                    item.record.warnings.append(
                        //: %1 the link to the rest of the list (a URL)
                        Tr::tr("The list of call records this came from is partial: it continues at %1")
                            .arg(entity.nextLink.toQString()));
                }
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
        if (error == simdjson::MEMALLOC)
            throw std::bad_alloc();
        // simdjson's first pass reports the kind of problem, not always the first one (an
        // unclosed string at the end, invalid UTF-8 further on, an unescaped control character
        // somewhere): the first byte that breaks the grammar is the one to report, unless
        // the text is not UTF-8 before that.
        const size_t grammar = invalidJsonAt(m_text); // size(): valid but ends early
        if (error == simdjson::UTF8_ERROR) {
            if (const auto bad = firstInvalidUtf8(m_text); bad != std::string_view::npos && bad <= grammar)
                //: %1 the first invalid byte as two hex digits, e.g. "e9"
                throw FatalError { Tr::tr("the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                                       .arg(uchar(m_text[bad]), 2, 16, QLatin1Char('0')),
                    m_text.data() + bad };
        }
        if (grammar < m_text.size())
            throw FatalError { describeInvalidAt(m_text, grammar), m_text.data() + grammar };
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
        int count = 0;
        forEachElement(root, "item", [&](od::value& element, int index) {
            count = index + 1;
            m_path.clear();
            m_path.push_back({ "item", index });
            if (typeOf(element) != od::json_type::object) {
                // Not part of any record (the previous element's entity is gone): kept for the
                // first record of the document.
                m_warnings = &documentWarnings;
                warn(element, "item", Tr::tr("is not an object; ignored"));
                (void)rawValue(element);
                return;
            }
            Entity entity;
            m_warnings = &entity.record.warnings;
            const char* where = element.raw_json_token().data();
            parseEntity(element, entity, true);
            for (auto& item : itemsFrom(std::move(entity), where))
                items.push_back(std::move(item));
        });
        m_path.clear();
        m_warnings = &documentWarnings;
        if (!items.empty())
            items.front().record.warnings += documentWarnings;
        if (items.empty() && count == 0)
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

    // A value that was ignored with a warning was skipped by simdjson without checking its
    // grammar (only its brackets): the document must still be valid JSON throughout.
    if (m_warned) {
        if (const size_t at = invalidJsonAt(m_text); at < m_text.size())
            throw FatalError { describeInvalidAt(m_text, at), m_text.data() + at };
    }

    if (m_suppressedWarnings > 0 && !items.empty()) {
        items.front().record.warnings.append(
            //: %1 is a number of warnings not listed
            Tr::tr("… and %1 more warnings not listed").arg(m_suppressedWarnings));
    }
    return items;
}

} // namespace loading
