#include "parser_p.h"

#include <QRegularExpression>

#include <algorithm>
#include <span>

using namespace std::string_view_literals;

// Documents Graph and its tooling write next to call records (phone-call logs, change
// notifications, JSON Schema), recognised so that they are refused for what they are instead
// of loading as empty records.

namespace loading {

namespace {
    /// Documents that Graph or its tooling writes next to call records, recognised so that
    /// they are refused for what they are instead of loading as empty records.
    enum class Foreign {
        None,
        PstnLog,
        DirectRoutingLog,
        SmsLog,
        BlockedUsersLog,
        DialoutReport,
        ChangeNotification,
        JsonSchema,
    };

    bool containsIgnoreCase(std::string_view text, std::string_view needle)
    {
        const auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
            [](char a, char b) { return std::tolower(uchar(a)) == std::tolower(uchar(b)); });
        return it != text.end();
    }

    /// From @odata.context, e.g. "…/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)".
    Foreign foreignFromContext(const Text& context)
    {
        const auto text = context.view();
        if (containsIgnoreCase(text, "pstnCallLogRow"sv))
            return Foreign::PstnLog;
        if (containsIgnoreCase(text, "directRoutingLogRow"sv))
            return Foreign::DirectRoutingLog;
        if (containsIgnoreCase(text, "smsLogRow"sv))
            return Foreign::SmsLog;
        if (containsIgnoreCase(text, "pstnBlockedUsersLogRow"sv))
            return Foreign::BlockedUsersLog;
        if (containsIgnoreCase(text, "pstnOnlineMeetingDialoutReport"sv))
            return Foreign::DialoutReport;
        if (containsIgnoreCase(text, "#Collection(changeNotification)"sv)
            || containsIgnoreCase(text, "microsoft.graph.changeNotification"sv))
            return Foreign::ChangeNotification;
        return Foreign::None;
    }

    bool hasExtra(const ExtraProperties& extra, std::string_view name)
    {
        return std::any_of(
            extra.begin(), extra.end(), [name](const RawProperty& p) { return p.name.equalsIgnoreCase(name); });
    }

    int countExtras(const ExtraProperties& extra, std::initializer_list<std::string_view> names)
    {
        int n = 0;
        for (const auto name : names)
            n += hasExtra(extra, name) ? 1 : 0;
        return n;
    }

    /// From the properties of one object: two or more that only a log row of that kind has.
    /// A record that has sessions is a record whatever else it carries.
    Foreign foreignFromProperties(const Entity& e)
    {
        const CallRecord& r = e.record;
        const ExtraProperties& x = r.extra;
        if (x.empty() || !r.sessions.empty())
            return Foreign::None;
        if (hasExtra(x, "$schema"sv)
            || ((hasExtra(x, "properties"sv) || hasExtra(x, "$defs"sv) || hasExtra(x, "definitions"sv))
                && (r.type.name().equalsIgnoreCase("object") || r.type.name().equalsIgnoreCase("array"))))
            return Foreign::JsonSchema;
        if ((hasExtra(x, "resourceData"sv) || hasExtra(x, "resource"sv))
            && countExtras(x,
                   { "subscriptionId"sv, "changeType"sv, "clientState"sv, "subscriptionExpirationDateTime"sv,
                       "tenantId"sv, "lifecycleEvent"sv })
                >= 1)
            return Foreign::ChangeNotification;
        const std::pair<Foreign, int> scores[] = {
            { Foreign::DirectRoutingLog,
                countExtras(x,
                    { "finalSipCode"sv, "finalSipCodePhrase"sv, "callEndSubReason"sv, "trunkFullyQualifiedDomainName"sv,
                        "signalingLocation"sv, "mediaPathLocation"sv, "inviteDateTime"sv, "failureDateTime"sv,
                        "successfulCall"sv, "mediaBypassEnabled"sv }) },
            { Foreign::PstnLog,
                countExtras(x,
                    { "callDurationSource"sv, "licenseCapability"sv, "inventoryType"sv, "destinationName"sv,
                        "usageCountryCode"sv, "conferenceId"sv, "connectionCharge"sv, "charge"sv, "operator"sv }) },
            { Foreign::SmsLog,
                countExtras(x,
                    { "smsId"sv, "smsType"sv, "smsUnits"sv, "sentDateTime"sv, "sourceNumber"sv,
                        "destinationNumber"sv }) },
            { Foreign::BlockedUsersLog,
                countExtras(x,
                    { "blockDateTime"sv, "blockReason"sv, "remediationId"sv, "userBlockMode"sv,
                        "userTelephoneNumber"sv }) },
            { Foreign::DialoutReport,
                countExtras(x, { "totalCallCharge"sv, "totalCalls"sv, "totalCallSeconds"sv, "usageLocation"sv }) },
        };
        const auto best = std::max_element(
            std::begin(scores), std::end(scores), [](const auto& a, const auto& b) { return a.second < b.second; });
        return best->second >= 2 ? best->first : Foreign::None;
    }

    /// The call record ids a change notification names in "resource" or "resourceData"
    /// ("communications/callRecords/{id}", "communications/callRecords('{id}')").
    void collectAnnouncedIds(const ExtraProperties& extra, QStringList& ids)
    {
        static const QRegularExpression pattern(QStringLiteral("callRecords(?:/|\\('|\\(%27)([0-9A-Za-z._~-]+)"),
            QRegularExpression::CaseInsensitiveOption);
        for (const RawProperty& p : extra) {
            if (!p.name.equalsIgnoreCase("resource") && !p.name.equalsIgnoreCase("resourceData"))
                continue;
            auto matches = pattern.globalMatch(p.json.toQString());
            while (matches.hasNext()) {
                const QString id = matches.next().captured(1);
                if (!ids.contains(id, Qt::CaseInsensitive))
                    ids.append(id);
            }
        }
    }

    [[noreturn]] void refuseForeign(Foreign kind, const QStringList& announced, const char* where)
    {
        QString message;
        switch (kind) {
        case Foreign::PstnLog:
            message = Tr::tr("this is a PSTN call log (rows of getPstnCalls), not a call record; this version "
                             "does not open phone-call logs");
            break;
        case Foreign::DirectRoutingLog:
            message = Tr::tr("this is a Direct Routing call log (rows of getDirectRoutingCalls), not a call record; "
                             "this version does not open phone-call logs");
            break;
        case Foreign::SmsLog:
            message = Tr::tr("this is an SMS log (rows of getSmsLog), not a call record");
            break;
        case Foreign::BlockedUsersLog:
            message = Tr::tr("this is a log of users blocked from PSTN calling (getPstnBlockedUsersLog), not a "
                             "call record");
            break;
        case Foreign::DialoutReport:
            message = Tr::tr("this is a PSTN dial-out report (getPstnOnlineMeetingDialoutReport), not a call record");
            break;
        case Foreign::JsonSchema:
            message = Tr::tr("this is a JSON Schema document, not a call record");
            break;
        case Foreign::ChangeNotification:
            if (announced.isEmpty()) {
                message = Tr::tr("this is a Microsoft Graph change notification, not a call record, and it names no "
                                 "call record");
            } else {
                //: %1 one or more call record ids (GUIDs), separated by commas; %2 the first of them
                message = Tr::tr("this is a Microsoft Graph change notification, not a call record; it announces "
                                 "call record %1: open it from Graph (--call-id %2)")
                              .arg(announced.join(u", "), announced.front());
            }
            break;
        case Foreign::None:
            break;
        }
        throw FatalError { message, where, announced };
    }
} // namespace

void refuseForeignDocument(const Entity& entity, const char* where)
{
    // The call records a change notification names, wherever it is in the document.
    const auto announcedIn = [](const auto& entities) {
        QStringList announced;
        for (const Entity& element : entities)
            collectAnnouncedIds(element.record.extra, announced);
        return announced;
    };
    if (const Foreign kind = foreignFromContext(entity.context); kind != Foreign::None)
        refuseForeign(kind, announcedIn(entity.values), where);
    if (entity.hasValueArray && !entity.values.empty()) {
        // A list is foreign when every element is, and all are of one kind.
        const Foreign first = foreignFromProperties(entity.values.front());
        if (first != Foreign::None
            && std::all_of(entity.values.begin(), entity.values.end(),
                [first](const Entity& element) { return foreignFromProperties(element) == first; }))
            refuseForeign(first, announcedIn(entity.values), where);
    } else if (!entity.hasValueArray && !entity.participantsPage) {
        if (const Foreign kind = foreignFromProperties(entity); kind != Foreign::None)
            refuseForeign(kind, announcedIn(std::span(&entity, 1)), where);
    }
}

} // namespace loading
