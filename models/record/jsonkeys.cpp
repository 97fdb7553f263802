#include "jsonkeys.h"

#include <array>
#include <string>
#include <unordered_map>

namespace {
constexpr std::array kNames {
#define CRV_KEY_NAME(id, name) std::string_view(name),
    CRV_JSON_KEYS(CRV_KEY_NAME)
#undef CRV_KEY_NAME
};

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

struct KeyTable {
    std::unordered_map<std::string, JsonKey> byLowerName;
    KeyTable()
    {
        for (size_t i = 0; i < kNames.size(); ++i) {
            std::string lowered(kNames[i]);
            for (auto& c : lowered)
                c = lower(c);
            byLowerName.emplace(std::move(lowered), JsonKey(i));
        }
        byLowerName.emplace("organizerv2", JsonKey::OrganizerV2);
        byLowerName.emplace("participantsv2", JsonKey::ParticipantsV2);
        byLowerName.emplace("participantsv2@odata.nextlink", JsonKey::ParticipantsV2NextLink);
    }
};
} // namespace

JsonKey lookupJsonKey(std::string_view name)
{
    static const KeyTable table;
    char buffer[64];
    if (name.size() <= sizeof buffer) {
        for (size_t i = 0; i < name.size(); ++i)
            buffer[i] = lower(name[i]);
        // A reused buffer: no allocation per key on the hot path.
        thread_local std::string key;
        key.assign(buffer, name.size());
        if (auto it = table.byLowerName.find(key); it != table.byLowerName.end())
            return it->second;
    }
    if (name.find('@') != std::string_view::npos)
        return JsonKey::Annotation;
    return JsonKey::Unknown;
}

std::string_view jsonKeyName(JsonKey key)
{
    const auto index = size_t(key);
    return index < kNames.size() ? kNames[index] : std::string_view();
}
