#pragma once

#include "quality/classifier.h"

#include <QAbstractScrollArea>

#include <vector>

/// The call as a timeline: one row per session, its segments as bars over the call's time
/// span, coloured by verdict (poor, good, unclassified), failures marked. Only visible rows are
/// painted, so a 10,000-session record scrolls like a small one. Clicking a bar selects it.
class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setRecord(CallRecordPtr record, std::shared_ptr<const RecordClassification> classification);
    /// Marks the session (of the selected node) with a frame and scrolls to it.
    void setCurrentSession(const Session* session);
    int rowCount() const { return int(m_rows.size()); }
    /// The item (segment, or session without segments) at a viewport position, or null.
    const void* itemAt(const QPoint& position) const;

signals:
    void itemActivated(const void* item);

protected:
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
    void updateScrollBars();
    int rowHeight() const;
    int labelWidth() const;
    QRectF barRect(const DateTime& start, const DateTime& end, int row) const;

    CallRecordPtr m_record;
    std::shared_ptr<const RecordClassification> m_classification;
    std::vector<Row> m_rows;
    qint64 m_start = 0;
    qint64 m_end = 0;
    const Session* m_current = nullptr;
};
