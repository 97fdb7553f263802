#pragma once

#include "record/noderef.h"

#include <QObject>

/// The node a document's reader is looking at. One per document; every pane follows it
/// (the tree, the inspector, the charts, the timeline, the findings) and any of them can set
/// it, instead of relaying pointers through the window. Kept as a position, so that it means
/// the same node in the record and in its redacted copy.
class NodeSelection : public QObject {
    Q_OBJECT
public:
    explicit NodeSelection(QObject* parent = nullptr);

    NodePath current() const { return m_current; }
    /// Emits currentChanged() when `path` differs from the current node.
    void setCurrent(const NodePath& path);

signals:
    void currentChanged(const NodePath& path);

private:
    NodePath m_current = NodePath::record();
};
