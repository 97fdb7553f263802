#pragma once

#include "document/recorddocument.h"
#include "panes.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;

/// The window's detail panes (paneTypes()), each in a dock, all following the current
/// document. On a new document they are filled one per event-loop turn: for a big record each
/// takes tens of milliseconds, and together they would freeze the window after a load.
class DetailPanes : public QObject {
    Q_OBJECT
public:
    explicit DetailPanes(QMainWindow* window);

    /// Shows `document` (null: none open) in every pane, one pane per event-loop turn.
    void setDocument(RecordDocument* document, Redaction redaction);
    /// The same, before returning (tests, benchmarks).
    void setDocumentNow(RecordDocument* document, Redaction redaction);
    QWidget* pane(const QString& id) const;
    template <typename Pane>
    Pane* pane(const QString& id) const
    {
        return qobject_cast<Pane*>(pane(id));
    }
    QDockWidget* dock(const QString& id) const;
    /// View → (pane) actions, in table order.
    QList<QAction*> toggleActions() const;
    /// The default arrangement: right-hand panes 420 px wide, bottom ones tabbed, 220 px high.
    void resetLayout();

private:
    void fillFrom(size_t first, quint64 generation);

    QMainWindow* m_window;
    std::vector<QDockWidget*> m_docks; // in paneTypes() order
    QPointer<RecordDocument> m_document;
    Redaction m_redaction = Redaction::None;
    quint64 m_generation = 0;
    QMetaObject::Connection m_pendingSelection; // while panes are being filled
};
