#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

/// A flat hash index from object addresses to small integers (open addressing, linear
/// probing). The classification keeps one entry per node of a record — 100,000 for a big
/// one — and std::unordered_map spent a tenth of a --summary run allocating and freeing them.
class PointerIndex {
public:
    void reserve(size_t count)
    {
        size_t capacity = 16;
        while (capacity < count * 2)
            capacity *= 2;
        m_keys.assign(capacity, nullptr);
        m_values.assign(capacity, 0);
        m_mask = capacity - 1;
    }
    void insert(const void* key, uint32_t value)
    {
        if (m_keys.empty() || (m_size + 1) * 2 > m_keys.size())
            grow();
        size_t slot = hash(key) & m_mask;
        while (m_keys[slot] && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        if (!m_keys[slot])
            ++m_size;
        m_keys[slot] = key;
        m_values[slot] = value;
    }
    /// The value for `key`, or -1.
    int64_t find(const void* key) const
    {
        if (m_keys.empty() || !key)
            return -1;
        for (size_t slot = hash(key) & m_mask;; slot = (slot + 1) & m_mask) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (!m_keys[slot])
                return -1;
        }
    }

private:
    static size_t hash(const void* key)
    {
        const auto bits = reinterpret_cast<uintptr_t>(key) >> 3;
        return size_t((bits * 0x9E3779B97F4A7C15ull) >> 17);
    }
    void grow()
    {
        std::vector<const void*> keys = std::move(m_keys);
        std::vector<uint32_t> values = std::move(m_values);
        reserve(keys.empty() ? 16 : keys.size());
        m_size = 0;
        for (size_t i = 0; i < keys.size(); ++i) {
            if (keys[i])
                insert(keys[i], values[i]);
        }
    }

    std::vector<const void*> m_keys;
    std::vector<uint32_t> m_values;
    size_t m_mask = 0;
    size_t m_size = 0;
};
