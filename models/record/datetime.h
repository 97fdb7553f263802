#pragma once

#include <QtGlobal>

#include <optional>
#include <string_view>

/// Parses Edm.DateTimeOffset text to UTC milliseconds since the epoch: ISO 8601
/// ("2020-02-25T18:52:21.2169889Z", an offset such as "+02:00", no zone = UTC, or a bare date),
/// and the "/Date(1582656741216)/" form Windows PowerShell 5 writes. nullopt if not a date.
std::optional<qint64> parseDateTimeMs(std::string_view text);
