#include "redactor_p.h"

#include <algorithm>
#include <string>

using namespace masking;
using namespace redaction;

// The second walk: replaces the personal values of the copy with what the first found.

namespace {

bool isTokenName(std::string_view name)
{
    if (name.empty() || name.size() > 64)
        return false;
    for (const char c : name) {
        if (!(isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
            return false;
    }
    return true;
}

} // namespace

namespace {

/// Replaces the personal values of the copy (the second walk).
class Replacer {
public:
    Replacer(const RedactorPrivate& data, const Redactor& textRedactor, StringArena& strings)
        : d(data)
        , redactor(textRedactor)
        , arena(strings)
    {
    }

    const RedactorPrivate& d;
    const Redactor& redactor;
    StringArena& arena;
    std::unordered_map<std::string, Text> interned;
    std::unordered_map<std::string_view, Text> freeTextCache;
    std::vector<Text> pseudonyms;
    std::vector<Text> audioDeviceLabels;
    std::vector<Text> deviceLabels;
    std::vector<Text> idLabels;
    Text redacted;

    Text intern(std::string value)
    {
        const auto it = interned.find(value);
        if (it != interned.end())
            return it->second;
        const Text stored = arena.store(value);
        interned.emplace(std::move(value), stored);
        return stored;
    }
    Text intern(const QString& value) { return intern(value.toStdString()); }
    Text redactedValue()
    {
        if (redacted.isNull())
            redacted = intern(redactedText(d.localized));
        return redacted;
    }
    Text pseudonymOf(int person)
    {
        const int number = person >= 0 ? d.persons[size_t(person)].number : 0;
        if (number <= 0)
            return redactedValue();
        if (pseudonyms.size() <= size_t(number))
            pseudonyms.resize(size_t(number) + 1);
        if (pseudonyms[size_t(number)].isNull())
            pseudonyms[size_t(number)] = intern(participantText(d.localized, QString::number(number)));
        return pseudonyms[size_t(number)];
    }

    void identity(const Text& kind, Identity& identity)
    {
        switch (partyOf(kind, identity)) {
        case Party::Person:
            if (!identity.displayName.isEmpty())
                identity.displayName = pseudonymOf(d.findPerson(RedactorPrivate::keysOf(identity)));
            break;
        case Party::Device:
            deviceName(identity.displayName);
            break;
        case Party::Application:
            freeText(identity.displayName);
            break;
        }
    }
    void id(Text& value)
    {
        const std::string_view original = view(value);
        if (original.empty())
            return;
        if (isPhoneNumber(original)) {
            value = intern(maskedPhoneNumber(original));
            return;
        }
        numbered(value, d.idNumbers, idText, idLabels);
    }
    void ip(Text& value)
    {
        if (value.isEmpty())
            return;
        const auto masked = maskedIpField(view(value));
        value = masked ? intern(*masked) : redactedValue();
    }
    void mac(Text& value)
    {
        if (value.isEmpty())
            return;
        const auto masked = maskedMacField(view(value));
        value = masked ? intern(*masked) : redactedValue();
    }
    /// The label of a numbered value ("Device 3"), made once per number.
    void numbered(Text& value, const std::unordered_map<std::string_view, int>& table, QString (*label)(bool, int),
        std::vector<Text>& labels)
    {
        if (value.isEmpty())
            return;
        const auto it = table.find(view(value));
        if (it == table.end()) {
            value = redactedValue();
            return;
        }
        const auto number = size_t(it->second);
        if (labels.size() <= number)
            labels.resize(number + 1);
        if (labels[number].isNull())
            labels[number] = intern(label(d.localized, it->second));
        value = labels[number];
    }
    void audioDevice(Text& value) { numbered(value, d.audioDevices, audioDeviceText, audioDeviceLabels); }
    void deviceName(Text& value) { numbered(value, d.devices, deviceText, deviceLabels); }
    void hidden(Text& value)
    {
        if (!value.isEmpty())
            value = redactedValue();
    }
    void freeText(Text& value)
    {
        if (value.isEmpty())
            return;
        auto [it, inserted] = freeTextCache.try_emplace(view(value));
        if (inserted) {
            const QString original = value.toQString();
            const QString replaced = redactor.text(original);
            it->second = replaced == original ? value : intern(replaced);
        }
        value = it->second;
    }
    void removed(Text& value) { hidden(value); }
    void tokens(std::optional<std::vector<FeedbackToken>>& tokens)
    {
        // Token names are Graph's ("NoSound", "Echo"); anything else could be typed text.
        if (tokens)
            std::erase_if(*tokens, [](const FeedbackToken& token) { return !isTokenName(view(token.name)); });
    }
    void extra(ExtraProperties& properties) { properties = {}; }
    void source(SourceJson& source) { source.json = Text(); }
    void sourceNames(QStringList& names)
    {
        for (qsizetype i = 0; i < names.size(); ++i)
            names[i] = sourceText(d.localized, int(i) + 1);
    }
    void warnings(QStringList& warnings)
    {
        for (QString& warning : warnings)
            warning = redactor.text(warning);
    }
};

} // namespace

CallRecordPtr redactRecord(const CallRecordPtr& record, const RedactionOptions& options)
{
    if (!record)
        return nullptr;
    const Redactor redactor(*record, options);
    auto copy = std::make_shared<CallRecord>(*record);
    auto strings = std::make_shared<SourceBuffer>();
    strings->name = redactedText(options.localized);
    Replacer replacer(*redactor.d, redactor, strings->arena);
    walkRecord(replacer, *copy);
    copy->buffers.push_back(std::move(strings));
    return copy;
}
