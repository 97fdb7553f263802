#include "jsonkeys.h"

#include "schema.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <set>
#include <string>

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

/// Open-addressing table of property names. Two of them: one keyed by the exact spelling
/// (files nearly always use the schema's camelCase, and that lookup hashes two 8-byte loads),
/// and one keyed by the lower-cased spelling for the rest (PowerShell's "Id", "Sessions").
/// This is the loader's hottest path: a big record has tens of millions of keys.
class KeyTable {
public:
    explicit KeyTable(bool folded)
        : m_folded(folded)
    {
        for (size_t i = 0; i < kNames.size(); ++i)
            insert(kNames[i], JsonKey(i));
        // The schema tables' names that are not listed: keys of their own.
        auto next = uint16_t(JsonKey::FirstDynamic);
        for (const std::string_view name : schemaPropertyNames()) {
            if (std::find(kNames.begin(), kNames.end(), name) == kNames.end() && !m_dynamic.contains(name)) {
                m_dynamic.insert(name);
                insert(name, JsonKey(next++));
            }
        }
        insert("organizerV2", JsonKey::OrganizerV2);
        insert("participantsV2", JsonKey::ParticipantsV2);
        insert("participantsV2@odata.nextLink", JsonKey::ParticipantsV2NextLink);
    }

    /// `name` must be already lower-cased for the folded table.
    JsonKey find(std::string_view name) const
    {
        for (uint32_t slot = hash(name);; slot = (slot + 1) & kMask) {
            const Entry& entry = m_entries[slot];
            if (entry.name.empty())
                return JsonKey::Unknown;
            if (entry.name.size() == name.size() && sameBytes(entry.name.data(), name.data(), name.size()))
                return entry.key;
        }
    }

private:
    static constexpr uint32_t kBits = 10;
    static constexpr uint32_t kMask = (1u << kBits) - 1;
    struct Entry {
        std::string_view name;
        JsonKey key = JsonKey::Unknown;
    };

    static uint64_t load(const char* p, size_t n)
    {
        uint64_t value = 0;
        if (n >= 8) {
            std::memcpy(&value, p, 8);
        } else {
            for (size_t i = 0; i < n; ++i)
                value |= uint64_t(uint8_t(p[i])) << (8 * i);
        }
        return value;
    }
    /// Equal-length comparison eight bytes at a time; a call to memcmp costs more for keys
    /// of 10-40 bytes.
    static bool sameBytes(const char* a, const char* b, size_t n)
    {
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            uint64_t x, y;
            std::memcpy(&x, a + i, 8);
            std::memcpy(&y, b + i, 8);
            if (x != y)
                return false;
        }
        for (; i < n; ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    static uint32_t hash(std::string_view name)
    {
        const size_t n = name.size();
        const uint64_t head = load(name.data(), n);
        const uint64_t tail = n > 8 ? load(name.data() + n - 8, 8) : 0;
        const uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ (uint64_t(n) << 32);
        return uint32_t((h ^ (h >> 29)) * 0x94D049BB133111EBull >> (64 - kBits));
    }
    void insert(std::string_view name, JsonKey key)
    {
        if (m_folded) {
            m_storage.emplace_back(name);
            for (auto& c : m_storage.back())
                c = lower(c);
            name = m_storage.back();
        }
        uint32_t slot = hash(name);
        while (!m_entries[slot].name.empty())
            slot = (slot + 1) & kMask;
        m_entries[slot] = { name, key };
    }

    bool m_folded;
    std::set<std::string_view> m_dynamic;
    std::deque<std::string> m_storage; // stable addresses for the folded names
    std::array<Entry, 1u << kBits> m_entries {};
};

JsonKey findKey(std::string_view name)
{
    static const KeyTable exact(false);
    const JsonKey key = exact.find(name);
    if (key != JsonKey::Unknown || name.empty() || name.size() > 64)
        return key;
    static const KeyTable folded(true);
    char buffer[64];
    for (size_t i = 0; i < name.size(); ++i)
        buffer[i] = lower(name[i]);
    return folded.find(std::string_view(buffer, name.size()));
}
} // namespace

JsonKey lookupJsonKey(std::string_view name)
{
    const JsonKey key = findKey(name);
    if (key != JsonKey::Unknown)
        return key;
    if (name.find('@') != std::string_view::npos)
        return JsonKey::Annotation;
    return JsonKey::Unknown;
}
