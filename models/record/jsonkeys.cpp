#include "jsonkeys.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace {
constexpr std::array kNames {
#define CRV_KEY_NAME(id, name) std::string_view(name),
    CRV_JSON_KEYS(CRV_KEY_NAME)
#undef CRV_KEY_NAME
};

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

/// Equal-length comparison, eight bytes at a time (a call to memcmp costs more for keys
/// of 10-40 bytes).
inline bool sameBytes(std::string_view a, std::string_view b)
{
    const size_t n = a.size();
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x, y;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y)
            return false;
    }
    for (; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    for (size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

/// Open-addressing table keyed by a cheap hash (length and three characters, case folded).
/// A lookup compares against one or two candidates, first byte-for-byte (files usually use
/// the canonical spelling) and only then ignoring case. This is the loader's hot path: a big
/// record has tens of millions of keys, and std::unordered_map<std::string> took a fifth of
/// the load time.
class KeyTable {
public:
    KeyTable()
    {
        for (size_t i = 0; i < kNames.size(); ++i)
            insert(kNames[i], JsonKey(i));
        insert("organizerV2", JsonKey::OrganizerV2);
        insert("participantsV2", JsonKey::ParticipantsV2);
        insert("participantsV2@odata.nextLink", JsonKey::ParticipantsV2NextLink);
    }

    JsonKey find(std::string_view name) const
    {
        if (name.empty())
            return JsonKey::Unknown;
        for (uint32_t slot = hash(name) & kMask;; slot = (slot + 1) & kMask) {
            const Entry& entry = m_entries[slot];
            if (entry.name.empty())
                return JsonKey::Unknown;
            if (entry.name.size() == name.size() && (sameBytes(entry.name, name) || equalsIgnoreCase(entry.name, name)))
                return entry.key;
        }
    }

private:
    static constexpr uint32_t kSize = 1024;
    static constexpr uint32_t kMask = kSize - 1;
    struct Entry {
        std::string_view name;
        JsonKey key = JsonKey::Unknown;
    };

    static uint32_t hash(std::string_view name)
    {
        const size_t n = name.size();
        return uint32_t(n) * 31u + uint32_t(uint8_t(lower(name[0]))) * 7u + uint32_t(uint8_t(lower(name[n / 2]))) * 131u
            + uint32_t(uint8_t(lower(name[n - 1]))) * 17u + uint32_t(uint8_t(lower(name[n > 8 ? 7 : 0]))) * 3u;
    }
    void insert(std::string_view name, JsonKey key)
    {
        uint32_t slot = hash(name) & kMask;
        while (!m_entries[slot].name.empty())
            slot = (slot + 1) & kMask;
        m_entries[slot] = { name, key };
    }

    std::array<Entry, kSize> m_entries {};
};

const KeyTable& keyTable()
{
    static const KeyTable table;
    return table;
}
} // namespace

JsonKey lookupJsonKey(std::string_view name)
{
    const JsonKey key = keyTable().find(name);
    if (key != JsonKey::Unknown)
        return key;
    if (name.find('@') != std::string_view::npos)
        return JsonKey::Annotation;
    return JsonKey::Unknown;
}

std::string_view jsonKeyName(JsonKey key)
{
    const auto index = size_t(key);
    return index < kNames.size() ? kNames[index] : std::string_view();
}
