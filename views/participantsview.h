#pragma once

#include "documentpane.h"

#include <QWidget>

class ParticipantsModel;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

/// The Participants pane: one row per person over all their sessions, worst first (by what
/// they received, then sent), sortable by any column. Selecting a person selects the stream
/// that decided their verdict, so the tree, inspector and charts follow.
class ParticipantsView : public QWidget, public DocumentPane {
    Q_OBJECT
public:
    explicit ParticipantsView(QWidget* parent = nullptr);

    ParticipantsModel* model() const { return m_model; }
    QTreeView* table() const { return m_table; }
    /// Back to the worst-first order (sorting by a column changes it).
    void sortWorstFirst();

protected:
    void documentChanged() override;

private:
    void showPerson(const QModelIndex& proxyIndex);
    void updateSummary();

    ParticipantsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_table;
    QLabel* m_summary;
};
