#pragma once

#include <QString>

#include <string_view>

/// A UTF-8 string inside a loaded document: a view into the file buffer (or into the
/// record's string arena for strings that had JSON escapes). It does not own its bytes;
/// the CallRecord that holds it keeps them alive. A null Text means "missing or null".
///
/// Views keep loading fast and memory close to the file size: a 100 MB record has
/// about a million strings, and most are never shown.
class Text {
public:
    constexpr Text() = default;
    constexpr explicit Text(std::string_view view)
        : m_data(view.data())
        , m_size(view.size())
    {
    }

    constexpr bool isNull() const { return m_data == nullptr; }
    constexpr bool isEmpty() const { return m_size == 0; }
    constexpr explicit operator bool() const { return !isNull(); }
    constexpr std::string_view view() const { return { m_data ? m_data : "", m_size }; }
    QString toQString() const { return m_data ? QString::fromUtf8(m_data, qsizetype(m_size)) : QString(); }

    /// Case-insensitive ASCII comparison (ids, enum names, annotations).
    bool equalsIgnoreCase(std::string_view other) const
    {
        if (other.size() != m_size)
            return false;
        for (size_t i = 0; i < m_size; ++i) {
            if (lower(m_data[i]) != lower(other[i]))
                return false;
        }
        return true;
    }

    friend bool operator==(const Text& a, const Text& b) { return a.isNull() == b.isNull() && a.view() == b.view(); }

private:
    static constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

    const char* m_data = nullptr;
    size_t m_size = 0;
};
