#pragma once

// Redaction's inside: the placeholders, who counts as a person, one walk over a record's
// personal values, and what a Redactor knows about a record. Internal to redaction.

#include "dictionary_p.h"
#include "masking_p.h"
#include "record/schema.h"
#include "redaction.h"

#include <QStringList>

#include <mutex>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace redaction {

// Placeholders are in the reader's language for pictures, reports and the window, and fixed
// (English) for data files, which must be the same in every locale (RedactionOptions).
QString redactedText(bool localized);
QString participantText(bool localized, const QString& numbers);
QString audioDeviceText(bool localized, int number);
QString deviceText(bool localized, int number);
QString idText(bool localized, int number);
QString sourceText(bool localized, int number);
QString severalParticipantsText(bool localized);

enum class Party { Person, Application, Device };
/// Who an identity is: its kind in an identity set ("user", "application", ...) or its type.
Party partyOf(const Text& kind, const Identity& identity);

// ---------------------------------------------------------------------------------------------
// One walk over every value of a record, for collecting (const record) and for replacing
// (the copy). The visitor's methods take `auto&` so the same walk serves both. The personal
// scalars of each type are those schema.h marks (Personal); the walk adds structure.

/// Calls the visitor's method for every personal text property of `object`.
template <class V, class T>
void walkPersonal(V& v, T& object)
{
    using Type = std::remove_const_t<T>;
    for (const Property<Type>& p : properties<Type>()) {
        if (p.kind != ValueKind::Text)
            continue;
        auto& value = object.*(p.text);
        switch (p.personal) {
        case Personal::None:
            break;
        case Personal::Id:
            v.id(value);
            break;
        case Personal::IpAddress:
            v.ip(value);
            break;
        case Personal::MacAddress:
            v.mac(value);
            break;
        case Personal::DeviceName:
            v.deviceName(value);
            break;
        case Personal::AudioDeviceName:
            v.audioDevice(value);
            break;
        case Personal::Hidden:
            v.hidden(value);
            break;
        case Personal::FreeText:
            v.freeText(value);
            break;
        case Personal::Removed:
            v.removed(value);
            break;
        }
    }
}

/// An identity: its display name by the kind of party (the visitor's identity()), the rest by
/// the table.
template <class V, class I>
void walkIdentity(V& v, const Text& kind, I& identity)
{
    v.identity(kind, identity);
    walkPersonal(v, identity);
    v.extra(identity.extra);
}

template <class V, class S>
void walkIdentitySet(V& v, S& set)
{
    for (auto& entry : set.entries) {
        if (entry.identity)
            walkIdentity(v, entry.kind, *entry.identity);
    }
    v.extra(set.extra);
}

template <class V, class P>
void walkParticipant(V& v, P& participant)
{
    if (participant.identity)
        walkIdentitySet(v, *participant.identity);
    walkPersonal(v, participant);
    for (auto& unit : participant.administrativeUnitInfos) {
        walkPersonal(v, unit);
        v.extra(unit.extra);
    }
    v.extra(participant.extra);
}

template <class V, class E>
void walkEndpoint(V& v, E& endpoint)
{
    if (!endpoint)
        return;
    if (endpoint->associatedIdentity)
        walkIdentity(v, Text(), *endpoint->associatedIdentity);
    if (endpoint->identity)
        walkIdentitySet(v, *endpoint->identity);
    if (endpoint->userAgent) {
        walkPersonal(v, *endpoint->userAgent);
        v.extra(endpoint->userAgent->extra);
    }
    if (endpoint->feedback) {
        walkPersonal(v, *endpoint->feedback);
        v.tokens(endpoint->feedback->tokens);
        v.extra(endpoint->feedback->extra);
    }
    walkPersonal(v, *endpoint);
    v.extra(endpoint->extra);
}

template <class V, class F>
void walkFailure(V& v, F& failure)
{
    if (!failure)
        return;
    walkPersonal(v, *failure);
    v.extra(failure->extra);
}

template <class V, class N>
void walkNetwork(V& v, N& network)
{
    if (!network)
        return;
    walkPersonal(v, *network);
    if (network->traceRouteHops) {
        for (auto& hop : *network->traceRouteHops) {
            walkPersonal(v, hop);
            v.extra(hop.extra);
        }
    }
    v.extra(network->extra);
}

template <class V, class D>
void walkDevice(V& v, D& device)
{
    if (!device)
        return;
    walkPersonal(v, *device);
    v.extra(device->extra);
}

template <class V, class R>
void walkRecord(V& v, R& record)
{
    walkPersonal(v, record);
    if (record.organizerV2)
        walkParticipant(v, *record.organizerV2);
    if (record.organizer)
        walkIdentitySet(v, *record.organizer);
    if (record.participantsV2) {
        for (auto& participant : *record.participantsV2)
            walkParticipant(v, participant);
    }
    if (record.participants) {
        for (auto& set : *record.participants)
            walkIdentitySet(v, set);
    }
    for (auto& session : record.sessions) {
        walkEndpoint(v, session.caller);
        walkEndpoint(v, session.callee);
        walkFailure(v, session.failureInfo);
        for (auto& segment : session.segments) {
            walkEndpoint(v, segment.caller);
            walkEndpoint(v, segment.callee);
            walkFailure(v, segment.failureInfo);
            for (auto& media : segment.media) {
                walkNetwork(v, media.callerNetwork);
                walkNetwork(v, media.calleeNetwork);
                walkDevice(v, media.callerDevice);
                walkDevice(v, media.calleeDevice);
                for (auto& stream : media.streams) {
                    v.extra(stream.extra);
                    v.source(stream.source);
                }
                v.extra(media.extra);
                v.source(media.source);
            }
            v.extra(segment.extra);
            v.source(segment.source);
        }
        v.extra(session.extra);
        v.source(session.source);
    }
    v.extra(record.extra);
    v.source(record.source);
    v.freeText(record.sessionsNextLink);
    v.freeText(record.participantsNextLink);
    v.freeText(record.odataContext);
    v.freeText(record.listNextLink);
    v.freeText(record.listContext);
    v.extra(record.listAnnotations);
    v.sourceNames(record.sourceNames);
    v.warnings(record.warnings);
}

} // namespace redaction

/// What a Redactor knows about its record: the people, ids, devices and other values found in
/// it, numbered in order of first appearance, and the dictionary for free text.
class RedactorPrivate {
public:
    bool localized = true; // RedactionOptions::localized
    struct Person {
        int number = 0; // pseudonym number; 0 until the person is seen with a display name
        bool hasId = false;
    };
    struct PersonKeys {
        std::string_view id;
        std::string_view name;
        std::string_view address;
    };
    enum class TermKind { Id, Phone, Redacted, AudioDevice, Device };
    struct Term {
        std::string_view value;
        TermKind kind;
        int number;
    };

    std::vector<std::shared_ptr<const SourceBuffer>> buffers; // keeps every string_view below valid
    std::vector<Person> persons;
    int namedPersons = 0;
    std::unordered_map<std::string_view, int> personById;
    std::unordered_map<std::string_view, std::vector<int>> personsByName;
    std::unordered_map<std::string_view, int> personByAddress;
    std::vector<std::pair<std::string_view, int>> personNames; // each (name, person) once, in order
    std::unordered_map<std::string_view, int> idNumbers;
    std::unordered_map<std::string_view, int> audioDevices;
    std::unordered_map<std::string_view, int> devices;
    std::vector<Term> terms; // other known values, in order of first appearance
    std::unordered_set<std::string_view> termValues; // phone numbers and "redacted" values in `terms`
    QStringList sourceNames;

    mutable std::once_flag dictionaryBuilt;
    mutable masking::Dictionary dictionary;

    static PersonKeys keysOf(const Identity& identity)
    {
        return { masking::view(identity.id), masking::view(identity.displayName),
            identity.userPrincipalName.isEmpty() ? masking::view(identity.email)
                                                 : masking::view(identity.userPrincipalName) };
    }

    int findPerson(const PersonKeys& keys) const
    {
        if (!keys.id.empty()) {
            const auto it = personById.find(keys.id);
            return it == personById.end() ? -1 : it->second;
        }
        if (!keys.name.empty()) {
            const auto it = personsByName.find(keys.name);
            if (it != personsByName.end())
                return it->second.front();
        }
        if (!keys.address.empty()) {
            const auto it = personByAddress.find(keys.address);
            if (it != personByAddress.end())
                return it->second;
        }
        return -1;
    }

    void registerPerson(const PersonKeys& keys)
    {
        if (keys.id.empty() && keys.name.empty() && keys.address.empty())
            return;
        int person = findPerson(keys);
        if (person < 0 && !keys.id.empty()) {
            // Seen before without an id (a session endpoint naming the same person)?
            if (const auto it = personsByName.find(keys.name); !keys.name.empty() && it != personsByName.end()) {
                for (const int candidate : it->second) {
                    if (!persons[size_t(candidate)].hasId) {
                        person = candidate;
                        break;
                    }
                }
            }
            if (const auto it = personByAddress.find(keys.address); person < 0 && !keys.address.empty()
                && it != personByAddress.end() && !persons[size_t(it->second)].hasId)
                person = it->second;
        }
        if (person < 0) {
            person = int(persons.size());
            persons.emplace_back();
        }
        if (!keys.id.empty()) {
            personById.try_emplace(keys.id, person);
            persons[size_t(person)].hasId = true;
        }
        if (!keys.name.empty()) {
            auto& list = personsByName[keys.name];
            if (std::find(list.begin(), list.end(), person) == list.end()) {
                list.push_back(person);
                personNames.emplace_back(keys.name, person);
            }
            if (persons[size_t(person)].number == 0)
                persons[size_t(person)].number = ++namedPersons;
        }
        if (!keys.address.empty())
            personByAddress.try_emplace(keys.address, person);
    }

    void registerId(const Text& id)
    {
        const std::string_view value = masking::view(id);
        if (value.empty())
            return;
        if (masking::isPhoneNumber(value)) {
            if (termValues.insert(value).second)
                terms.push_back({ value, TermKind::Phone, 0 });
            return;
        }
        const auto [it, inserted] = idNumbers.try_emplace(value, int(idNumbers.size()) + 1);
        if (inserted)
            terms.push_back({ value, TermKind::Id, it->second });
    }

    void registerNumbered(std::unordered_map<std::string_view, int>& table, const Text& name, TermKind kind)
    {
        const std::string_view value = masking::view(name);
        if (value.empty())
            return;
        const auto [it, inserted] = table.try_emplace(value, int(table.size()) + 1);
        if (inserted)
            terms.push_back({ value, kind, it->second });
    }

    void registerRedacted(const Text& value)
    {
        if (!value.isEmpty() && termValues.insert(masking::view(value)).second)
            terms.push_back({ masking::view(value), TermKind::Redacted, 0 });
    }

    QString pseudonym(const std::vector<int>& people) const
    {
        if (people.size() > 3)
            return redaction::severalParticipantsText(localized);
        QStringList numbers;
        for (const int person : people)
            numbers.append(QString::number(persons[size_t(person)].number));
        return redaction::participantText(localized, numbers.join(u'/'));
    }

    void buildDictionary() const;
};
