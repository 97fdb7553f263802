#include "callrecord.h"

#include <QCoreApplication>

#include <array>

using namespace std::string_view_literals;

namespace {
// Preference when naming a party: a person first, then how they joined, then software.
constexpr std::array kPreferredKinds { "user"sv, "guest"sv, "phone"sv, "onPremises"sv, "assertedIdentity"sv,
    "azureCommunicationServicesUser"sv, "acsUser"sv, "spoolUser"sv, "encrypted"sv, "applicationInstance"sv,
    "acsApplicationInstance"sv, "spoolApplicationInstance"sv, "application"sv, "device"sv };

QString serviceRoleText(const EnumValue& role, bool localized)
{
    static const std::array<const char*, 22> names {
        QT_TRANSLATE_NOOP("CallRecord", "Service"),
        QT_TRANSLATE_NOOP("CallRecord", "Bot"),
        QT_TRANSLATE_NOOP("CallRecord", "Teams gateway"),
        QT_TRANSLATE_NOOP("CallRecord", "Conferencing server"),
        QT_TRANSLATE_NOOP("CallRecord", "Application sharing server"),
        QT_TRANSLATE_NOOP("CallRecord", "Call queue"),
        QT_TRANSLATE_NOOP("CallRecord", "Auto attendant"),
        QT_TRANSLATE_NOOP("CallRecord", "Mediation server"),
        QT_TRANSLATE_NOOP("CallRecord", "Mediation server (Cloud Connector)"),
        QT_TRANSLATE_NOOP("CallRecord", "Exchange Unified Messaging"),
        QT_TRANSLATE_NOOP("CallRecord", "Media controller"),
        QT_TRANSLATE_NOOP("CallRecord", "Conference announcement service"),
        QT_TRANSLATE_NOOP("CallRecord", "Conferencing attendant"),
        QT_TRANSLATE_NOOP("CallRecord", "Audio conferencing controller"),
        QT_TRANSLATE_NOOP("CallRecord", "Unified Communications application"),
        QT_TRANSLATE_NOOP("CallRecord", "Response group announcement service"),
        QT_TRANSLATE_NOOP("CallRecord", "PSTN gateway"),
        QT_TRANSLATE_NOOP("CallRecord", "Skype Translator"),
        QT_TRANSLATE_NOOP("CallRecord", "Attendant"),
        QT_TRANSLATE_NOOP("CallRecord", "Response group service"),
        QT_TRANSLATE_NOOP("CallRecord", "Voicemail"),
        QT_TRANSLATE_NOOP("CallRecord", "Service"),
    };
    const auto text = [localized](const char* source) {
        return localized ? QCoreApplication::translate("CallRecord", source) : QString::fromUtf8(source);
    };
    if (role.index >= 0 && size_t(role.index) < names.size())
        return text(names[size_t(role.index)]);
    if (!role.name().isNull())
        //: %1 is a service role name sent by Microsoft Graph that this version does not know
        return text(QT_TRANSLATE_NOOP("CallRecord", "Service (%1)")).arg(role.name().toQString());
    return text(names[0]);
}

QString identityText(const Text& kind, const Identity& identity, bool localized)
{
    if (!identity.displayName.isEmpty())
        return identity.displayName.toQString();
    if (kind.equalsIgnoreCase("phone") && !identity.id.isEmpty())
        return identity.id.toQString();
    if (kind.equalsIgnoreCase("guest")) {
        if (!identity.email.isEmpty())
            return identity.email.toQString();
        return localized ? QCoreApplication::translate("CallRecord", "Guest") : QStringLiteral("Guest");
    }
    if (!identity.userPrincipalName.isEmpty())
        return identity.userPrincipalName.toQString();
    if (!identity.id.isEmpty())
        return identity.id.toQString();
    return {};
}
} // namespace

const Identity* IdentitySet::member(std::string_view kind) const
{
    for (const auto& entry : entries) {
        if (entry.identity && entry.kind.equalsIgnoreCase(kind))
            return &*entry.identity;
    }
    return nullptr;
}

std::string IdentitySet::graphKindName(std::string_view kind)
{
    const Text text(kind);
    for (auto known : kPreferredKinds) {
        if (text.equalsIgnoreCase(known))
            return std::string(known);
    }
    std::string name(kind);
    if (!name.empty() && name.front() >= 'A' && name.front() <= 'Z')
        name.front() = char(name.front() - 'A' + 'a');
    return name;
}

bool operator==(const IdentityEntry& a, const IdentityEntry& b)
{
    if (a.identity != b.identity || a.kind.isNull() != b.kind.isNull())
        return false;
    return a.kind == b.kind || IdentitySet::graphKindName(a.kind.view()) == IdentitySet::graphKindName(b.kind.view());
}

const IdentityEntry* IdentitySet::primary() const
{
    for (auto kind : kPreferredKinds) {
        for (const auto& entry : entries) {
            if (entry.identity && entry.kind.equalsIgnoreCase(kind))
                return &entry;
        }
    }
    for (const auto& entry : entries) {
        if (entry.identity)
            return &entry;
    }
    return nullptr;
}

static QString identitySetDisplayNameRaw(const IdentitySet& set, bool localized)
{
    // Prefer a member that has a display name, in preference order.
    for (auto kind : kPreferredKinds) {
        for (const auto& entry : set.entries) {
            if (entry.identity && entry.kind.equalsIgnoreCase(kind) && !entry.identity->displayName.isEmpty())
                return entry.identity->displayName.toQString();
        }
    }
    if (const auto* entry = set.primary())
        return identityText(entry->kind, *entry->identity, localized);
    return {};
}

static QString endpointDisplayNameRaw(const Endpoint& endpoint, bool localized)
{
    if (endpoint.associatedIdentity) {
        const auto name = identityText(Text("user"sv), *endpoint.associatedIdentity, localized);
        if (!name.isEmpty())
            return name;
    }
    if (endpoint.identity) {
        const auto name = identitySetDisplayName(*endpoint.identity, localized);
        if (!name.isEmpty())
            return name;
    }
    if (endpoint.kind == EndpointKind::Service
        || (endpoint.userAgent && endpoint.userAgent->kind == UserAgentKind::Service)) {
        return serviceRoleText(endpoint.userAgent ? endpoint.userAgent->role : EnumValue {}, localized);
    }
    if (!endpoint.name.isEmpty())
        return endpoint.name.toQString();
    return {};
}

namespace {
/// A name is one line: a line break in it (CR, LF, VT, FF, NEL, U+2028, U+2029) could forge
/// whole lines of a summary or a report, so it is shown as U+FFFD like other control characters.
QString oneLine(QString text)
{
    for (QChar& c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\v' || u == u'\f' || u == 0x85 || u == 0x2028 || u == 0x2029)
            c = QChar::ReplacementCharacter;
    }
    return text;
}
} // namespace

QString identitySetDisplayName(const IdentitySet& set, bool localized)
{
    return oneLine(identitySetDisplayNameRaw(set, localized));
}

QString endpointDisplayName(const Endpoint& endpoint, bool localized)
{
    return oneLine(endpointDisplayNameRaw(endpoint, localized));
}
