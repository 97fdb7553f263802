#pragma once

#include "tree/calltreemodel.h"

#include <QTabWidget>

class PropertyModel;
class QPlainTextEdit;
class QTreeView;

/// Detail pane for the selected tree node: every property with units ("Properties") and the
/// node's original JSON from the file ("Raw JSON"), including properties the model does not
/// know.
class InspectorWidget : public QTabWidget {
    Q_OBJECT
public:
    explicit InspectorWidget(QWidget* parent = nullptr);

    void setNode(const NodeRef& node, const RecordClassification* classification = nullptr);
    PropertyModel* model() const { return m_model; }
    QTreeView* propertyView() const { return m_view; }
    QPlainTextEdit* rawView() const { return m_raw; }
    /// "Group: property = value" lines of the selection, or the selected raw JSON.
    QString selectedText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitPropertyColumn();

    PropertyModel* m_model;
    QTreeView* m_view;
    QPlainTextEdit* m_raw;
    bool m_fitting = false;
    bool m_userSizedPropertyColumn = false; // once the user drags the column, it stays theirs
};
