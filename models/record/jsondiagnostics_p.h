#pragma once

// What is wrong with a JSON text, for the loader's messages: where its grammar breaks, what
// simdjson's error codes mean to a reader, and line:column positions. Internal to the loader.

#include <QCoreApplication>
#include <QString>

#include <simdjson.h>

#include <string_view>

namespace loading {

/// The loader's messages are translated in one context, whichever file they are in.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Loader)
};

/// Offset of the first byte that breaks the JSON grammar in `text` (one complete value), or
/// npos. Iterative: nesting depth does not use the stack.
size_t invalidJsonAt(std::string_view text);
/// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view s);
/// NaN, INF, Infinity and their negatives, as some serializers write them.
bool isNonFiniteName(std::string_view s);
/// A simdjson error in words.
QString describeJsonError(simdjson::error_code code);
/// What is wrong at `at`, the first byte that breaks the JSON grammar (see invalidJsonAt).
QString describeInvalidAt(std::string_view text, size_t at);
/// Offset of the first byte that breaks UTF-8, or npos.
size_t firstInvalidUtf8(std::string_view s);

/// Line and column (1-based, column in bytes) of a position; remembers the last answer so
/// that warnings, which come in file order, cost one pass over the file in total.
class LineCounter {
public:
    explicit LineCounter(std::string_view text)
        : m_text(text)
    {
    }
    std::pair<qint64, qint64> at(size_t offset)
    {
        offset = std::min(offset, m_text.size());
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
            m_lineStart = 0;
        }
        for (size_t i = m_offset; i < offset; ++i) {
            if (m_text[i] == '\n') {
                ++m_line;
                m_lineStart = i + 1;
            }
        }
        m_offset = offset;
        return { m_line, qint64(offset - m_lineStart) + 1 };
    }

private:
    std::string_view m_text;
    size_t m_offset = 0;
    qint64 m_line = 1;
    size_t m_lineStart = 0;
};

} // namespace loading
