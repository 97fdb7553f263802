#include "exportimage.h"

#include "quality/palette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTimeZone>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportImage)
};

/// Height of `text` wrapped to `width` with `font`.
qreal wrappedHeight(const QString& text, const QFont& font, qreal width)
{
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}
} // namespace

QString ExportHeader::callStartText() const
{
    if (!callStart.isValid())
        return Tr::tr("Call start not reported");
    //: %1 the call's start in UTC, %2 the same in local time
    return Tr::tr("Call start %1 UTC (%2 local time)")
        .arg(callStart.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            QLocale().toString(callStart.toLocalTime(), QLocale::ShortFormat));
}

QString ExportHeader::exportText() const
{
    //: %1 export time in UTC, %2 the viewer's version, %3 threshold profile name
    return Tr::tr("Exported %1 UTC · Call Record Viewer %2 · Profile: %3")
        .arg(exportTime.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")), viewerVersion, profile);
}

ExportHeader exportHeader(const CallRecord& record, const QString& profile, const QString& paneTitle, bool redacted)
{
    ExportHeader header;
    header.callId = record.id.isNull() ? Tr::tr("(no call id)") : record.id.toQString();
    if (!record.startDateTime.isNull())
        header.callStart = QDateTime::fromMSecsSinceEpoch(*record.startDateTime.msecsSinceEpoch, QTimeZone::utc());
    header.exportTime = QDateTime::currentDateTimeUtc();
    header.viewerVersion = QStringLiteral(CRV_VERSION);
    header.profile = profile;
    header.paneTitle = paneTitle;
    header.redacted = redacted;
    return header;
}

QImage withHeaderBand(const QImage& content, const ExportHeader& header)
{
    const qreal ratio = content.devicePixelRatio() > 0 ? content.devicePixelRatio() : 1.0;
    const qreal width = content.width() / ratio;
    const qreal contentHeight = content.height() / ratio;
    constexpr qreal margin = 10;

    QFont titleFont;
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    QFont textFont;
    //: %1 call id, %2 name of the pane, e.g. "Charts"
    const QString title = Tr::tr("Call %1 · %2").arg(header.callId, header.paneTitle);
    const QString details = header.callStartText() + u"\n" + header.exportText();
    const QString badge = header.redacted ? Tr::tr("Redacted: personal data replaced") : QString();
    const QFontMetricsF badgeMetrics(textFont);
    const qreal badgeWidth = badge.isEmpty() ? 0 : badgeMetrics.horizontalAdvance(badge) + 16;
    // On narrow panes the badge goes below the text instead of beside it.
    const bool badgeBeside = badgeWidth > 0 && width - 2 * margin - badgeWidth > 360;
    const qreal textWidth = std::max<qreal>(80, width - 2 * margin - (badgeBeside ? badgeWidth + margin : 0));
    const qreal titleHeight = wrappedHeight(title, titleFont, textWidth);
    const qreal detailsHeight = wrappedHeight(details, textFont, textWidth);
    const qreal badgeHeight = badgeMetrics.height() + 6;
    qreal bandHeight = margin + titleHeight + 4 + detailsHeight + margin;
    if (badgeWidth > 0 && !badgeBeside)
        bandHeight += badgeHeight + 4;

    QImage result(QSizeF(width, bandHeight + contentHeight).toSize() * ratio, QImage::Format_ARGB32_Premultiplied);
    result.setDevicePixelRatio(ratio);
    result.fill(Qt::white);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(0, 0, width, bandHeight), QColor(0x1f, 0x29, 0x37));
    painter.setPen(Qt::white);
    painter.setFont(titleFont);
    painter.drawText(QRectF(margin, margin, textWidth, titleHeight), Qt::TextWordWrap, title);
    painter.setFont(textFont);
    painter.setPen(QColor(0xd1, 0xd5, 0xdb));
    painter.drawText(QRectF(margin, margin + titleHeight + 4, textWidth, detailsHeight), Qt::TextWordWrap, details);
    if (badgeWidth > 0) {
        const QRectF badgeRect = badgeBeside
            ? QRectF(width - margin - badgeWidth, margin, badgeWidth, badgeHeight)
            : QRectF(margin, bandHeight - margin - badgeHeight, badgeWidth, badgeHeight);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Palette::redactedMark());
        painter.drawRoundedRect(badgeRect, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter.drawImage(QPointF(0, bandHeight), content);
    painter.end();
    return result;
}
