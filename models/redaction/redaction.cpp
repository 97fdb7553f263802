#include "redactor_p.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace std::string_view_literals;
using namespace masking;
using namespace redaction;

namespace {
QString placeholder(bool localized, const char* source)
{
    return localized ? QCoreApplication::translate("Redaction", source) : QString::fromUtf8(source);
}
} // namespace

namespace redaction {

QString redactedText(bool localized)
{
    //: replaces a personal value (e-mail address, user principal name, host name, ...) in redacted data
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "redacted"));
}

QString participantText(bool localized, const QString& numbers)
{
    //: pseudonym of a person in redacted data; %1 is a number ("2"), or several when a name is ambiguous ("2/5")
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "Participant %1")).arg(numbers);
}

QString audioDeviceText(bool localized, int number)
{
    //: replaces a microphone or speaker name in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "Audio device %1")).arg(number);
}

QString deviceText(bool localized, int number)
{
    //: replaces a computer or phone name in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "Device %1")).arg(number);
}

QString idText(bool localized, int number)
{
    //: replaces a user, tenant or application id in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "redacted-id-%1")).arg(number);
}

QString sourceText(bool localized, int number)
{
    //: replaces a file name or address a record was read from in redacted data; %1 a number
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "source %1")).arg(number);
}

QString severalParticipantsText(bool localized)
{
    //: replaces a name shared by several people in redacted text
    return placeholder(localized, QT_TRANSLATE_NOOP("Redaction", "a participant"));
}

Party partyOf(const Text& kind, const Identity& identity)
{
    constexpr std::array kApplicationKinds { "application"sv, "applicationInstance"sv, "acsApplicationInstance"sv,
        "spoolApplicationInstance"sv };
    constexpr std::array kPersonKinds { "user"sv, "guest"sv, "phone"sv, "onPremises"sv, "assertedIdentity"sv,
        "azureCommunicationServicesUser"sv, "acsUser"sv, "spoolUser"sv, "encrypted"sv };
    for (const auto name : kApplicationKinds) {
        if (kind.equalsIgnoreCase(name))
            return Party::Application;
    }
    if (kind.equalsIgnoreCase("device"sv))
        return Party::Device;
    for (const auto name : kPersonKinds) {
        if (kind.equalsIgnoreCase(name))
            return Party::Person;
    }
    // An undeclared kind, or an endpoint's associatedIdentity: its type says what it is.
    const std::string_view type = identity.odataType.view();
    for (size_t i = 0; i + 11 <= type.size(); ++i) {
        if (Text(type.substr(i, 11)).equalsIgnoreCase("application"sv))
            return Party::Application;
    }
    if (kind.isNull() && !identity.applicationType.isNull() && type.empty())
        return Party::Application;
    return Party::Person;
}

} // namespace redaction

namespace {

/// Collects the personal values of a record (the first walk).
struct Collector {
    RedactorPrivate& d;

    /// The name of a party; its ids and addresses follow from the table (walkIdentity).
    void identity(const Text& kind, const Identity& identity)
    {
        const Party party = partyOf(kind, identity);
        if (party == Party::Person)
            d.registerPerson(RedactorPrivate::keysOf(identity));
        else if (party == Party::Device)
            d.registerNumbered(d.devices, identity.displayName, RedactorPrivate::TermKind::Device);
    }
    void id(const Text& value) { d.registerId(value); }
    void ip(const Text& value)
    {
        if (!splitIpv4(view(value)) && !maskedIpField(view(value)))
            d.registerRedacted(value);
    }
    void mac(const Text& value)
    {
        if (!maskedMacField(view(value)))
            d.registerRedacted(value);
    }
    void audioDevice(const Text& value)
    {
        d.registerNumbered(d.audioDevices, value, RedactorPrivate::TermKind::AudioDevice);
    }
    void deviceName(const Text& value) { d.registerNumbered(d.devices, value, RedactorPrivate::TermKind::Device); }
    void hidden(const Text& value) { d.registerRedacted(value); }
    void freeText(const Text&) { }
    void removed(const Text&) { }
    void tokens(const std::optional<std::vector<FeedbackToken>>&) { }
    void extra(const ExtraProperties&) { }
    void source(const SourceJson&) { }
    void sourceNames(const QStringList& names) { d.sourceNames = names; }
    void warnings(const QStringList&) { }
};

} // namespace

void RedactorPrivate::buildDictionary() const
{
    // Names first: a name shared by several people names them all.
    QHash<QString, qsizetype> nameIndex;
    std::vector<std::pair<QString, std::vector<int>>> names;
    QHash<QString, qsizetype> partIndex;
    std::vector<std::pair<QString, std::vector<int>>> parts;
    const auto addTo = [](QHash<QString, qsizetype>& index, std::vector<std::pair<QString, std::vector<int>>>& list,
                           const QString& value, int person) {
        const QString folded = value.toCaseFolded();
        auto it = index.find(folded);
        if (it == index.end()) {
            it = index.insert(folded, qsizetype(list.size()));
            list.emplace_back(value, std::vector<int> {});
        }
        auto& people = list[size_t(*it)].second;
        if (std::find(people.begin(), people.end(), person) == people.end())
            people.push_back(person);
    };
    // Words of a name that are not worth a pseudonym: particles, and the pseudonym's own words
    // (a record redacted twice).
    QStringList ignoredParts { u"das"_s, u"del"_s, u"della"_s, u"den"_s, u"der"_s, u"des"_s, u"dos"_s, u"van"_s,
        u"von"_s, u"bin"_s, u"ibn"_s, u"the"_s, u"and"_s };
    for (const QString& word : participantText(localized, QString()).split(u' ', Qt::SkipEmptyParts))
        ignoredParts.append(word.toCaseFolded());
    static const QRegularExpression separators(uR"([\s,;:()\[\]{}<>"/\\|]+)"_s);
    static const QRegularExpression hyphens(uR"([-.]+)"_s);
    for (const auto& [name, person] : personNames) {
        const QString text = fromUtf8(name);
        if (text.trimmed().size() < 2)
            continue;
        addTo(nameIndex, names, text.trimmed(), person);
        // Words, and the pieces of hyphenated ones ("Müller-Ñúñez": also "Müller", "Ñúñez").
        QStringList words;
        for (const QString& word : text.split(separators, Qt::SkipEmptyParts)) {
            words.append(word);
            if (word.contains(u'-') || word.contains(u'.'))
                words.append(word.split(hyphens, Qt::SkipEmptyParts));
        }
        for (const QString& part : std::as_const(words)) {
            if (part.size() < 3 || part.size() == text.size() || ignoredParts.contains(part.toCaseFolded())
                || !std::any_of(part.begin(), part.end(), [](QChar c) { return c.isLetter(); }))
                continue;
            addTo(partIndex, parts, part, person);
        }
    }
    for (const auto& [name, people] : names)
        dictionary.add(name, pseudonym(people));
    for (const auto& [part, people] : parts)
        dictionary.add(part, pseudonym(people));

    const QString redacted = redactedText(localized);
    for (const Term& term : terms) {
        const QString value = fromUtf8(term.value);
        if (value.size() < 2)
            continue;
        switch (term.kind) {
        case TermKind::Id:
            // A short id ("12") would replace numbers in any text; ids are GUIDs or longer.
            if (value.size() >= 6)
                dictionary.add(value, idText(localized, term.number));
            break;
        case TermKind::Phone:
            dictionary.add(value, fromUtf8(maskedPhoneNumber(term.value)));
            break;
        case TermKind::Redacted:
            dictionary.add(value, redacted);
            // The user name of an address may stand alone (a path, a log line).
            if (const qsizetype at = value.indexOf(u'@'); at >= 3)
                dictionary.add(QStringView(value).first(at), redacted);
            break;
        case TermKind::AudioDevice:
            dictionary.add(value, audioDeviceText(localized, term.number));
            break;
        case TermKind::Device:
            dictionary.add(value, deviceText(localized, term.number));
            break;
        }
    }
    for (qsizetype i = 0; i < sourceNames.size(); ++i) {
        const QString& name = sourceNames[i];
        dictionary.add(name, sourceText(localized, int(i) + 1));
        // A file's name may stand alone; an address's last part may be the call id, which stays.
        const QString fileName = name.contains(u"://"_s) ? QString() : QFileInfo(name).fileName();
        if (fileName.size() >= 3)
            dictionary.add(fileName, sourceText(localized, int(i) + 1));
    }
    dictionary.build();
}

Redactor::Redactor(const CallRecord& original, const RedactionOptions& options)
    : d(std::make_unique<RedactorPrivate>())
{
    d->buffers = original.buffers;
    d->localized = options.localized;
    Collector collector { *d };
    walkRecord(collector, original);
}

Redactor::~Redactor() = default;
Redactor::Redactor(Redactor&&) noexcept = default;
Redactor& Redactor::operator=(Redactor&&) noexcept = default;

namespace {

/// Masks one generic match; nullopt when the candidate is not what it looked like.
std::optional<QString> maskedMatch(const QRegularExpressionMatch& match, bool localized)
{
    if (match.hasCaptured(u"email"_s))
        return redactedText(localized);
    if (match.hasCaptured(u"mac"_s))
        return fromUtf8(maskedMacField(match.captured(u"mac"_s).toStdString()).value_or(std::string()));
    if (match.hasCaptured(u"ipv6"_s)) {
        if (const auto masked = maskedIpv6(match.captured(u"ipv6"_s).toStdString()))
            return fromUtf8(*masked);
        return std::nullopt;
    }
    if (match.hasCaptured(u"ipv4"_s)) {
        // splitIpv4 returns views: the text they point into must outlive them.
        const std::string address = match.captured(u"ipv4"_s).toStdString();
        if (const auto octets = splitIpv4(address); octets)
            return fromUtf8(maskedIpv4(*octets));
        return std::nullopt;
    }
    if (match.hasCaptured(u"phone"_s))
        return fromUtf8(maskedPhoneNumber(match.captured(u"phone"_s).toStdString()));
    return std::nullopt;
}

} // namespace

QString Redactor::text(const QString& input) const
{
    if (input.isEmpty())
        return input;
    std::call_once(d->dictionaryBuilt, [this] { d->buildDictionary(); });
    QString out;
    out.reserve(input.size());
    // Stretches between generic matches: IPv4 addresses inside a candidate that was not an
    // IPv6 address, then known values.
    const auto plain = [&](qsizetype from, qsizetype to, bool lookForIpv4) {
        if (!lookForIpv4) {
            d->dictionary.apply(input, from, to, out);
            return;
        }
        auto it = ipv4Pattern().globalMatch(QStringView(input).sliced(from, to - from));
        qsizetype position = from;
        while (it.hasNext()) {
            const auto match = it.next();
            const std::string address = match.captured().toStdString();
            const auto octets = splitIpv4(address);
            if (!octets)
                continue;
            d->dictionary.apply(input, position, from + match.capturedStart(), out);
            out += fromUtf8(maskedIpv4(*octets));
            position = from + match.capturedEnd();
        }
        d->dictionary.apply(input, position, to, out);
    };
    qsizetype position = 0;
    auto it = genericPattern().globalMatch(input);
    while (it.hasNext()) {
        const auto match = it.next();
        const auto masked = maskedMatch(match, d->localized);
        plain(position, match.capturedStart(), false);
        if (!masked) {
            plain(match.capturedStart(), match.capturedEnd(), match.hasCaptured(u"ipv6"_s));
        } else {
            out += *masked;
        }
        position = match.capturedEnd();
    }
    plain(position, input.size(), false);
    return out;
}
