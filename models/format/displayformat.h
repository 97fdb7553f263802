#pragma once

#include "record/callrecord.h"

#include <QString>

/// "16 ms", "25.5 s", "12 min 5 s": a duration for people.
QString formatDurationForPeople(double milliseconds);

/// Formatting of values for people, in the current locale (QLocale()): decimal marks, dates.
/// CSV and JSON never use these (they are locale-independent).
namespace DisplayFormat {
/// Text used for a value that was not reported, and its tooltip.
QString missing();
QString missingToolTip();

QString milliseconds(double ms); // "16 ms", "1,250 ms"
QString percentFromFraction(double fraction); // 0.0138 -> "1.38 %"
QString percent(double value); // 0-100 -> "45 %"
QString number(double value, int decimals = -1);
QString bitsPerSecond(qint64 bps); // "9.97 Mbps", "640 kbps"
QString localDateTime(const DateTime& value); // local time, with seconds
/// Counted texts are written tr("%Ln stream(s)", nullptr, n): a translation gives each plural
/// form of its language, and English, which has no catalogue, reads "1 stream" / "2 streams"
/// once this turns the "(s)" of the untranslated text into "" or "s".
QString plural(QString text, qint64 n);
/// Graph's enums in words: "peer-to-peer", "group call"; "audio", "screen sharing". Values this
/// version does not know stay as Graph names them; empty for a missing value.
QString callType(const EnumValue& type);
QString modality(const EnumValue& modality);
QString duration(const DateTime& start, const DateTime& end); // "25.5 s"
/// "Abbie Wilkins" or "" (segment endpoint first, then the session's).
QString endpointName(const std::optional<Endpoint>& primary, const std::optional<Endpoint>& fallback = {});
enum class Side { Caller, Callee };
/// What to write for one side of "caller → callee": the endpoint's name, or "unnamed caller" /
/// "unnamed callee" when it has none. One wording in every sentence and export, never an
/// empty side.
QString sideName(Side side, const std::optional<Endpoint>& primary, const std::optional<Endpoint>& fallback = {});
QString unnamed(Side side);
/// "Failed at callSetup: NetworkUnreachable", "Failed at midcall", "Failed: timeout": what a
/// reported failure says, never with an empty part. `quote` is applied to the stage and the
/// reason (Markdown escaping); empty for a failureInfo that reports nothing.
QString failure(const std::optional<FailureInfo>& failure, QString (*quote)(const QString&) = nullptr);
} // namespace DisplayFormat
