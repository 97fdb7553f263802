#pragma once

#include <QString>

#include <string_view>

/// Re-indents JSON text for reading (two spaces a level) without parsing it into values:
/// key order, duplicate keys, unknown properties and number spellings stay exactly as they
/// were. At most `maxBytes` of input are formatted; longer input ends with a note.
QString prettyJson(std::string_view json, size_t maxBytes = 2 * 1024 * 1024);
