#pragma once

#include "documentpane.h"
#include "tree/calltreemodel.h"

#include <QWidget>

class Banner;
class QLineEdit;
class QTimer;
class QTreeView;
class RecordFilterProxy;

/// One open record as a tab: a completeness banner, a filter box and the record tree. The
/// tree's current row is the document's selection, both ways: selecting a row selects the node
/// for every pane, and a node selected elsewhere (a finding, a bar, the timeline) is selected
/// here.
class RecordPage : public QWidget, public DocumentPane {
    Q_OBJECT
public:
    explicit RecordPage(QWidget* parent = nullptr);

    /// What the page shows: the record, or its redacted copy in redacted preview.
    CallRecordPtr record() const { return m_model->record(); }
    /// The record as loaded, whatever the preview.
    CallRecordPtr originalRecord() const { return document() ? document()->record() : nullptr; }
    /// Shows the document's redacted copy (personal data replaced): exactly what a redacted
    /// export holds.
    void setRedacted(bool redacted);
    bool isRedacted() const { return redaction() != Redaction::None; }
    bool isSample() const { return document() && document()->origin().kind == DocumentOrigin::Kind::Sample; }
    /// Files the record was loaded from (for reload); empty for the sample and fetched calls.
    QStringList sourceFiles() const { return document() ? document()->origin().files : QStringList(); }

    /// Notes that another tab holds a newer version of this call (empty to clear).
    void setNewerVersionNote(const QString& note);

    void setPoorOnly(bool poorOnly);
    /// Selects the next (or previous) poor stream or device problem; false when there is none.
    bool goToProblem(bool backwards);

    QTreeView* treeView() const { return m_tree; }
    CallTreeModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    Banner* banner() const { return m_banner; }

    /// The node of the tree's current row.
    NodeRef currentNode() const;
    /// Selects the first stream (for screenshots and a useful first look).
    void selectFirstStream();
    /// Applies the filter now instead of after the typing pause.
    void applyFilterNow();
    /// Tab-separated text of the selected rows, for the clipboard.
    QString selectedRowsText() const;

signals:
    /// A node selected elsewhere is hidden by the filter or "Poor only".
    void selectionHidden();

protected:
    void documentChanged() override;
    void currentChanged() override;

private:
    void updateBanner();
    /// Selects the document's selected node in the tree (when the filter shows it).
    void showSelection(bool sayWhenHidden);
    void select(const QModelIndex& index);

    Banner* m_banner;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    CallTreeModel* m_model;
    RecordFilterProxy* m_proxy;
    QTimer* m_filterTimer;
    QString m_newerVersion;
    CallRecordPtr m_expandedFor; // the record the tree was last expanded for (a new one is again)
};
