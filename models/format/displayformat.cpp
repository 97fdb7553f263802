#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
// The duration texts were written for the summary first; their translations keep that context.
struct SummaryTr {
    Q_DECLARE_TR_FUNCTIONS(Summary)
};
} // namespace

QString formatDurationForPeople(double ms)
{
    const bool negative = ms < 0;
    ms = std::fabs(ms);
    QString text;
    if (ms < 1000) {
        //: %1 a duration in milliseconds, e.g. "16.5"
        text = SummaryTr::tr("%1 ms").arg(QLocale().toString(ms, 'g', 4));
    } else if (ms < 60000) {
        //: %1 a duration in seconds with one decimal, e.g. "12.3"
        text = SummaryTr::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    } else if (ms < 3600000) {
        const auto total = qint64(std::llround(ms / 1000.0));
        //: %1 minutes, %2 seconds, e.g. "4 min 5 s"
        text = SummaryTr::tr("%1 min %2 s").arg(total / 60).arg(total % 60);
    } else {
        const auto minutes = qint64(std::llround(ms / 60000.0));
        //: %1 hours, %2 minutes, e.g. "1 h 20 min"
        text = SummaryTr::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return negative ? u'-' + text : text;
}

namespace DisplayFormat {

QString missing()
{
    return QStringLiteral("—");
}

QString missingToolTip()
{
    return Tr::tr("not reported");
}

QString number(double value, int decimals)
{
    if (decimals < 0) {
        // Enough digits to be exact for typical values, no trailing zeros.
        QString text = QLocale().toString(value, 'f', 6);
        const QChar point = QLocale().decimalPoint().at(0);
        if (text.contains(point)) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(1);
        }
        return text;
    }
    return QLocale().toString(value, 'f', decimals);
}

QString milliseconds(double ms)
{
    //: a duration in milliseconds
    return Tr::tr("%1 ms").arg(number(ms, std::fabs(ms) < 10 && ms != std::floor(ms) ? 1 : 0));
}

QString plural(QString text, qint64 n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString percentFromFraction(double fraction)
{
    return percent(fraction * 100.0);
}

QString percent(double value)
{
    const int decimals = value == std::floor(value) ? 0 : (std::fabs(value) < 10 ? 2 : 1);
    //: a percentage
    return Tr::tr("%1 %").arg(number(value, decimals));
}

QString bitsPerSecond(qint64 bps)
{
    if (bps >= 1000000)
        //: %1 a bit rate in megabits per second, e.g. "2.50"
        return Tr::tr("%1 Mbps").arg(number(double(bps) / 1e6, 2));
    if (bps >= 1000)
        //: %1 a bit rate in kilobits per second, e.g. "640"
        return Tr::tr("%1 kbps").arg(number(double(bps) / 1e3, 0));
    //: %1 a bit rate in bits per second, e.g. 850
    return Tr::tr("%1 bps").arg(bps);
}

QString localDateTime(const DateTime& value)
{
    if (value.isNull())
        return missing();
    // The locale's short date and time, with seconds added to the time ("HH:mm" -> "HH:mm:ss",
    // "h:mm AP" -> "h:mm:ss AP"): call records are read to the second.
    static const QString format = []() -> QString {
        const QLocale locale;
        const QString shortTime = locale.timeFormat(QLocale::ShortFormat);
        const QString time = shortTime.contains(u's')
            ? shortTime
            : QString(shortTime).replace(QStringLiteral("mm"), QStringLiteral("mm:ss"));
        return locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
    }();
    return QLocale().toString(value.toQDateTime().toLocalTime(), format);
}

QString callType(const EnumValue& type)
{
    if (type.isNull())
        return {};
    switch (type.index) {
    case CallType::GroupCall:
        return Tr::tr("group call");
    case CallType::PeerToPeer:
        return Tr::tr("peer-to-peer");
    case CallType::Unknown:
        return Tr::tr("unknown");
    default:
        return enumValueText(EnumType::CallType, type);
    }
}

QString modality(const EnumValue& modality)
{
    if (modality.isNull())
        return {};
    switch (modality.index) {
    case Modality::Audio:
        return Tr::tr("audio");
    case Modality::Video:
        return Tr::tr("video");
    case Modality::VideoBasedScreenSharing:
        return Tr::tr("video-based screen sharing");
    case Modality::Data:
        return Tr::tr("data");
    case Modality::ScreenSharing:
        return Tr::tr("screen sharing");
    default:
        return enumValueText(EnumType::Modality, modality);
    }
}

QString duration(const DateTime& start, const DateTime& end)
{
    if (start.isNull() || end.isNull())
        return missing();
    if (*end.msecsSinceEpoch < *start.msecsSinceEpoch)
        return Tr::tr("invalid (ends before it starts)");
    return formatDurationForPeople(double(*end.msecsSinceEpoch - *start.msecsSinceEpoch));
}

QString failure(const std::optional<FailureInfo>& failure, QString (*quote)(const QString&))
{
    if (!failureReported(failure))
        return {};
    const auto quoted = [quote](const QString& text) { return quote ? quote(text) : text; };
    const QString reason = failure->reason.toQString().trimmed();
    FailureInfo stageOnly;
    stageOnly.stage = failure->stage;
    const bool hasStage = failureReported(stageOnly);
    const QString stageText = quoted(enumValueText(EnumType::FailureStage, failure->stage));
    if (hasStage && !reason.isEmpty())
        //: %1 the stage as Graph names it ("callSetup", "midcall"), %2 the reason Graph gives
        return Tr::tr("Failed at %1: %2").arg(stageText, quoted(reason));
    if (hasStage)
        //: %1 the stage as Graph names it ("callSetup", "midcall"); no reason was reported
        return Tr::tr("Failed at %1").arg(stageText);
    //: %1 the reason Graph gives; the stage was not reported
    return Tr::tr("Failed: %1").arg(quoted(reason));
}

QString endpointName(const std::optional<Endpoint>& primary, const std::optional<Endpoint>& fallback)
{
    QString name;
    if (primary)
        name = endpointDisplayName(*primary);
    if (name.isEmpty() && fallback)
        name = endpointDisplayName(*fallback);
    return name;
}

QString unnamed(Side side)
{
    return side == Side::Caller ? Tr::tr("unnamed caller") : Tr::tr("unnamed callee");
}

QString sideName(Side side, const std::optional<Endpoint>& primary, const std::optional<Endpoint>& fallback)
{
    const QString name = endpointName(primary, fallback);
    return name.isEmpty() ? unnamed(side) : name;
}

} // namespace DisplayFormat
