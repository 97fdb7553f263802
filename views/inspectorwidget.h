#pragma once

#include "documentpane.h"

#include <QTabWidget>

class PropertyModel;
class QPlainTextEdit;
class QTreeView;

/// Detail pane for the selected node: every property with units ("Properties") and the
/// node's original JSON from the file ("Raw JSON"), including properties the model does not
/// know.
class InspectorWidget : public QTabWidget, public DocumentPane {
    Q_OBJECT
public:
    explicit InspectorWidget(QWidget* parent = nullptr);
    PropertyModel* model() const { return m_model; }
    QTreeView* propertyView() const { return m_view; }
    QPlainTextEdit* rawView() const { return m_raw; }
    /// "Group: property = value" lines of the selection, or the selected raw JSON.
    QString selectedText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void documentChanged() override { showCurrent(); }
    void currentChanged() override { showCurrent(); }

private:
    void showCurrent();
    void fitPropertyColumn();

    PropertyModel* m_model;
    QTreeView* m_view;
    QPlainTextEdit* m_raw;
    bool m_fitting = false;
    bool m_userSizedPropertyColumn = false; // once the user drags the column, it stays theirs
};
