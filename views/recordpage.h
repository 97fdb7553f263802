#pragma once

#include "record/callrecord.h"
#include "tree/calltreemodel.h"

#include <QWidget>

class Banner;
class CallTreeModel;
class QLineEdit;
class QTimer;
class QTreeView;
class RecordFilterProxy;

/// One open record: a completeness banner, a filter box and the record tree. The tree's
/// selection drives the detail panes (inspector) through currentNodeChanged().
class RecordPage : public QWidget {
    Q_OBJECT
public:
    explicit RecordPage(QWidget* parent = nullptr);

    /// `sample` marks the bundled sample (a banner says so).
    void setRecord(
        CallRecordPtr record, bool sample = false, std::shared_ptr<const RecordClassification> classification = {});
    /// What the page shows: the record, or its redacted copy in redacted preview.
    CallRecordPtr record() const;
    /// The record as loaded, whatever the preview.
    CallRecordPtr originalRecord() const { return m_original; }
    /// Shows the redacted copy (personal data replaced), exactly what a redacted export holds.
    void setRedacted(bool redacted);
    bool isRedacted() const { return m_redacted; }
    bool isSample() const { return m_sample; }
    /// Files the record was loaded from (for reload); empty for the sample.
    QStringList sourceFiles() const { return m_sourceFiles; }
    void setSourceFiles(const QStringList& files) { m_sourceFiles = files; }

    /// Notes that another tab holds a newer version of this call (empty to clear).
    void setNewerVersionNote(const QString& note)
    {
        m_newerVersion = note;
        updateBanner();
    }

    void setProfile(const QualityProfile& profile);
    void setPoorOnly(bool poorOnly);
    /// Selects the next (or previous) poor stream or device problem; false when there is none.
    bool goToProblem(bool backwards);
    /// Selects the node of a record object (from a finding or a chart); false if hidden.
    bool selectItem(const void* item);

    QTreeView* treeView() const { return m_tree; }
    CallTreeModel* model() const { return m_model; }
    RecordFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    Banner* banner() const { return m_banner; }

    NodeRef currentNode() const;
    /// Selects the first stream (for screenshots and a useful first look).
    void selectFirstStream();
    /// Applies the filter now instead of after the typing pause.
    void applyFilterNow();
    /// Tab-separated text of the selected rows, for the clipboard.
    QString selectedRowsText() const;

signals:
    void currentNodeChanged(const NodeRef& node);

private:
    void updateBanner();
    void select(const QModelIndex& index);
    void showRecord();

    Banner* m_banner;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    CallTreeModel* m_model;
    RecordFilterProxy* m_proxy;
    QTimer* m_filterTimer;
    QStringList m_sourceFiles;
    bool m_sample = false;
    bool m_redacted = false;
    CallRecordPtr m_original;
    std::shared_ptr<const RecordClassification> m_originalClassification;
    QString m_newerVersion;
};
