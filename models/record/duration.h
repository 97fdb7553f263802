#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

/// ISO 8601 durations as Graph writes Edm.Duration: `[-]PnDTnHnMn.nS` (also weeks, a leading
/// '+', lower-case designators and ',' as decimal mark). Years and months have no fixed length
/// and are refused. Returns milliseconds, or nullopt for text that is not such a duration.
/// Seconds are converted exactly: "PT0.016S" is 16 ms, not 15.999999.
std::optional<double> parseIsoDurationMs(std::string_view text);

/// False for values parseIsoDurationMs() would refuse (beyond about 31,700 years, or not finite).
bool isPlausibleDurationMs(double ms);

/// The inverse: "PT0.016S"; parseIsoDurationMs(formatIsoDuration(x)) == x for plausible x.
std::string formatIsoDuration(double milliseconds);
