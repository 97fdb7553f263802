#include "people.h"

QStringList participantNames(const CallRecord& record)
{
    QStringList names;
    auto add = [&](const QString& name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    if (record.participantsV2 && !record.participantsV2->empty()) {
        for (const auto& participant : *record.participantsV2) {
            if (participant.identity)
                add(identitySetDisplayName(*participant.identity));
            else
                add(participant.id.toQString());
        }
    } else if (record.participants && !record.participants->empty()) {
        for (const auto& set : *record.participants)
            add(identitySetDisplayName(set));
    } else {
        for (const auto& session : record.sessions) {
            for (const auto* endpoint : { &session.caller, &session.callee }) {
                if (*endpoint && (*endpoint)->kind != EndpointKind::Service)
                    add(endpointDisplayName(**endpoint));
            }
        }
    }
    return names;
}

bool participantsListedAsNone(const CallRecord& record)
{
    const bool listedEmpty = (record.participantsV2 && record.participantsV2->empty())
        || (!record.participantsV2 && record.participants && record.participants->empty());
    return listedEmpty && participantNames(record).isEmpty();
}

QString organizerName(const CallRecord& record)
{
    if (record.organizerV2 && record.organizerV2->identity) {
        const QString name = identitySetDisplayName(*record.organizerV2->identity);
        if (!name.isEmpty())
            return name;
    }
    if (record.organizer)
        return identitySetDisplayName(*record.organizer);
    return {};
}
