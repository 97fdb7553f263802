#pragma once

#include "documentpane.h"

#include <QAbstractScrollArea>

#include <vector>

/// The call as a timeline: one row per session, its segments as bars over the call's time
/// span, coloured by verdict (poor, good, unclassified), failures marked. Only visible rows are
/// painted, so a 10,000-session record scrolls like a small one. Clicking a bar selects it.
class TimelineView : public QAbstractScrollArea, public DocumentPane {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    /// From now on, no selected session is marked (a picture shows the call as it is).
    void prepareForPicture() override;
    /// The node (a segment, or the session) at a viewport position, or a null path.
    NodePath pathAt(const QPoint& position) const;

protected:
    void documentChanged() override;
    void currentChanged() override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Row {
        const Session* session;
        int number;
        QString label;
    };
    void showRecord();
    /// Marks the session (of the selected node) with a frame and scrolls to it.
    void showCurrentSession();
    void updateScrollBars();
    int rowHeight() const;
    int labelWidth() const;
    QRectF barRect(const DateTime& start, const DateTime& end, int row) const;

    std::vector<Row> m_rows;
    qint64 m_start = 0;
    qint64 m_end = 0;
    const Session* m_current = nullptr;
    bool m_picture = false;
};
