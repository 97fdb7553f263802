#include "displayformat.h"

#include "export/summary.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};
} // namespace

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
    return formatDurationForPeople(double(*end.msecsSinceEpoch - *start.msecsSinceEpoch));
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

} // namespace DisplayFormat
