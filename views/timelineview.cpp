#include "timelineview.h"

#include "format/displayformat.h"
#include "quality/palette.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace {
constexpr int kAxisHeight = 22;
QColor colourFor(Verdict verdict)
{
    return Palette::verdictFill(verdict);
}

/// The failure mark: a cross at the end of the bar.
void drawFailure(QPainter& painter, const QRectF& bar)
{
    painter.setPen(QPen(Palette::verdictText(Verdict::Poor), 2));
    const QPointF at(bar.right(), bar.center().y());
    painter.drawLine(at + QPointF(-4, -4), at + QPointF(4, 4));
    painter.drawLine(at + QPointF(-4, 4), at + QPointF(4, -4));
}
} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , DocumentPane(this)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

int TimelineView::rowHeight() const
{
    return fontMetrics().height() + 4;
}

int TimelineView::labelWidth() const
{
    return std::min(260, viewport()->width() / 3);
}

void TimelineView::documentChanged()
{
    showRecord();
    showCurrentSession();
}

void TimelineView::currentChanged()
{
    showCurrentSession();
}

void TimelineView::showRecord()
{
    const CallRecord* shown = view() ? view()->record.get() : nullptr;
    m_rows.clear();
    m_current = nullptr;
    m_start = m_end = 0;
    if (shown) {
        // The span: the call's start and end, widened to every session and segment reported.
        qint64 start = shown->startDateTime.msecsSinceEpoch.value_or(std::numeric_limits<qint64>::max());
        qint64 end = shown->endDateTime.msecsSinceEpoch.value_or(std::numeric_limits<qint64>::min());
        int number = 0;
        for (const Session& session : shown->sessions) {
            ++number;
            const QString caller = DisplayFormat::sideName(DisplayFormat::Side::Caller, session.caller);
            const QString callee = DisplayFormat::sideName(DisplayFormat::Side::Callee, session.callee);
            //: timeline row label; %1 the session number, e.g. "3", %2 the caller's name, %3 the callee's name
            m_rows.push_back({ &session, number, tr("%1 · %2 → %3").arg(number).arg(caller, callee) });
            for (const DateTime* t : { &session.startDateTime, &session.endDateTime }) {
                if (!t->isNull()) {
                    start = std::min(start, *t->msecsSinceEpoch);
                    end = std::max(end, *t->msecsSinceEpoch);
                }
            }
        }
        if (start < end) {
            m_start = start;
            m_end = end;
        }
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineView::prepareForPicture()
{
    m_picture = true;
    m_current = nullptr;
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void TimelineView::showCurrentSession()
{
    if (m_picture)
        return;
    const Session* session = current().session;
    m_current = session;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].session == session) {
            const int top = int(i) * rowHeight();
            QScrollBar* bar = verticalScrollBar();
            if (top < bar->value() || top + rowHeight() > bar->value() + viewport()->height() - kAxisHeight)
                bar->setValue(std::max(0, top - (viewport()->height() - kAxisHeight) / 2));
            break;
        }
    }
    viewport()->update();
}

void TimelineView::updateScrollBars()
{
    const int content = int(m_rows.size()) * rowHeight();
    const int visible = std::max(0, viewport()->height() - kAxisHeight);
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

QRectF TimelineView::barRect(const DateTime& start, const DateTime& end, int row) const
{
    if (start.isNull() || end.isNull() || m_end <= m_start)
        return {};
    const double left = labelWidth() + 4;
    const double width = std::max(1, viewport()->width() - labelWidth() - 12);
    const auto x = [&](qint64 t) { return left + width * double(t - m_start) / double(m_end - m_start); };
    const double top = kAxisHeight + row * rowHeight() - verticalScrollBar()->value() + 2;
    const double x0 = x(*start.msecsSinceEpoch);
    return QRectF(x0, top, std::max(2.0, x(*end.msecsSinceEpoch) - x0), rowHeight() - 4);
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QPalette& p = palette();
    const int height = rowHeight();
    if (m_rows.empty() || m_end <= m_start) {
        painter.setPen(p.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter,
            m_rows.empty() ? tr("No sessions to show.") : tr("The sessions' times were not reported."));
        return;
    }
    // Rows: only the visible ones.
    const int first = std::max(0, verticalScrollBar()->value() / height);
    const int last = std::min(int(m_rows.size()) - 1, (verticalScrollBar()->value() + viewport()->height()) / height);
    painter.setClipRect(QRect(0, kAxisHeight, viewport()->width(), viewport()->height() - kAxisHeight));
    for (int i = first; i <= last; ++i) {
        const Row& row = m_rows[size_t(i)];
        const int top = kAxisHeight + i * height - verticalScrollBar()->value();
        if (row.session == m_current)
            painter.fillRect(QRect(0, top, viewport()->width(), height), p.color(QPalette::Highlight).lighter(170));
        else if (i % 2)
            painter.fillRect(QRect(0, top, viewport()->width(), height), p.color(QPalette::AlternateBase));
        painter.setPen(p.color(QPalette::Text));
        painter.drawText(QRect(4, top, labelWidth() - 8, height), Qt::AlignVCenter | Qt::AlignLeft,
            fontMetrics().elidedText(row.label, Qt::ElideRight, labelWidth() - 8));
        const Session& session = *row.session;
        if (session.segments.empty()) {
            const QRectF bar = barRect(session.startDateTime, session.endDateTime, i);
            const Verdict verdict = view() ? view()->classification->verdict(&session) : Verdict::Unclassified;
            painter.fillRect(bar, colourFor(verdict));
        }
        for (const Segment& segment : session.segments) {
            const DateTime& start = segment.startDateTime.isNull() ? session.startDateTime : segment.startDateTime;
            const DateTime& end = segment.endDateTime.isNull() ? session.endDateTime : segment.endDateTime;
            const QRectF bar = barRect(start, end, i);
            if (bar.isNull())
                continue;
            const Verdict verdict = view() ? view()->classification->verdict(&segment) : Verdict::Unclassified;
            painter.fillRect(bar, colourFor(verdict));
            painter.setPen(p.color(QPalette::Base));
            painter.drawRect(bar); // separates consecutive segments
            if (failureReported(segment.failureInfo))
                drawFailure(painter, bar);
        }
        if (failureReported(session.failureInfo)) {
            const QRectF bar = barRect(session.startDateTime, session.endDateTime, i);
            if (!bar.isNull())
                drawFailure(painter, bar);
        }
    }
    // Time axis with local times.
    painter.setClipping(false);
    painter.fillRect(QRect(0, 0, viewport()->width(), kAxisHeight), p.color(QPalette::Window));
    painter.setPen(p.color(QPalette::WindowText));
    const double left = labelWidth() + 4;
    const double width = std::max(1, viewport()->width() - labelWidth() - 12);
    const int ticks = std::max(2, int(width / 110));
    for (int t = 0; t <= ticks; ++t) {
        const qint64 ms = m_start + (m_end - m_start) * t / ticks;
        const double x = left + width * t / ticks;
        painter.drawLine(QPointF(x, kAxisHeight - 5), QPointF(x, kAxisHeight));
        const QString text = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        const int textWidth = fontMetrics().horizontalAdvance(text);
        painter.drawText(
            QPointF(std::clamp(x - textWidth / 2.0, left, left + width - textWidth), kAxisHeight - 8), text);
    }
    const int sessions = int(m_rows.size());
    painter.drawText(QRect(4, 0, labelWidth(), kAxisHeight - 2), Qt::AlignVCenter | Qt::AlignLeft,
        //: the number of sessions in the timeline, e.g. "12 sessions"
        DisplayFormat::plural(tr("%Ln session(s)", nullptr, sessions), sessions));
}

NodePath TimelineView::pathAt(const QPoint& position) const
{
    if (position.y() < kAxisHeight || m_rows.empty())
        return {};
    const int row = (position.y() - kAxisHeight + verticalScrollBar()->value()) / rowHeight();
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    const Session& session = *m_rows[size_t(row)].session;
    const int sessionIndex = m_rows[size_t(row)].number - 1;
    for (size_t i = 0; i < session.segments.size(); ++i) {
        const Segment& segment = session.segments[i];
        const DateTime& start = segment.startDateTime.isNull() ? session.startDateTime : segment.startDateTime;
        const DateTime& end = segment.endDateTime.isNull() ? session.endDateTime : segment.endDateTime;
        if (barRect(start, end, row).adjusted(-2, 0, 2, 0).contains(position))
            return { NodePath::Kind::Segment, sessionIndex, int(i) };
    }
    return { NodePath::Kind::Session, sessionIndex }; // the row's label or free space: the session
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (const NodePath path = pathAt(event->position().toPoint()); !path.isNull())
        select(path);
    QAbstractScrollArea::mousePressEvent(event);
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const NodePath path = pathAt(help->pos());
        if (path.isNull() || !view()) {
            QToolTip::hideText();
            return true;
        }
        const int row = (help->pos().y() - kAxisHeight + verticalScrollBar()->value()) / rowHeight();
        const Session& session = *m_rows[size_t(row)].session;
        QString text = m_rows[size_t(row)].label + u'\n' + DisplayFormat::localDateTime(session.startDateTime) + u" · "
            + DisplayFormat::duration(session.startDateTime, session.endDateTime);
        text += u'\n' + view()->classification->explain(*view()->record, resolve(*view()->record, path).item());
        if (failureReported(session.failureInfo))
            text += u'\n' + DisplayFormat::failure(session.failureInfo);
        QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}
