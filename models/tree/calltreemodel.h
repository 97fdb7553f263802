#pragma once

#include "document/documentview.h"
#include "record/noderef.h"

#include <QAbstractItemModel>

#include <vector>

/// Read-only tree over one call record: record → session → segment → media → stream, one row
/// per node. A thin adapter: the record is immutable and shared; the model only keeps a
/// table of nodes (parent, row, first child) built once in setView().
class CallTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StartColumn,
        DurationColumn,
        CallerColumn,
        CalleeColumn,
        LabelColumn, // modalities, media label or codec
        JitterColumn, // average jitter, ms
        RoundTripColumn, // average round-trip time, ms
        PacketLossColumn, // average packet loss, %
        QualityColumn, // filled by the quality classification
        ColumnCount
    };
    enum Role {
        /// Numbers for numeric columns (invalid QVariant when not reported), text otherwise.
        SortRole = Qt::UserRole + 1,
        /// NodeRef::Kind as int.
        NodeKindRole,
        /// Verdict as int (Unclassified 0, Good 1, Poor 2) with the active profile.
        VerdictRole,
        RoleCount
    };

    explicit CallTreeModel(QObject* parent = nullptr);
    ~CallTreeModel() override;

    /// Shows a record with its verdicts. A view of the same record (a new profile) or of a
    /// record of the same shape (its redacted copy) keeps every index, so selection and
    /// expansion stay; anything else resets the model.
    void setView(DocumentViewPtr view);
    DocumentViewPtr view() const { return m_view; }
    CallRecordPtr record() const { return m_view ? m_view->record : nullptr; }
    const RecordClassification& classification() const;
    /// Shared, for panes that must keep it alive (it is replaced when the profile changes).
    std::shared_ptr<const RecordClassification> sharedClassification() const
    {
        return m_view ? m_view->classification : nullptr;
    }
    /// The next (or previous) stream or media with a poor verdict after `from` in tree order,
    /// wrapping around; invalid when there is none.
    QModelIndex nextProblem(const QModelIndex& from, bool backwards) const;

    /// Typed access for detail panes: the node behind an index of this model.
    NodeRef node(const QModelIndex& index) const;
    /// Index of the first stream (depth-first), for a sensible initial selection.
    QModelIndex firstStreamIndex() const;
    int nodeCount() const { return int(m_nodes.size()); }
    /// The index of the node at `path` (column 0), invalid when the record has none.
    QModelIndex index(const NodePath& path) const;
    /// True when the node's own names, UPNs, ids, IP addresses or device names contain
    /// `needle`, ignoring ASCII case (`needle` must be lower-case UTF-8). Allocation-free:
    /// the filter calls it for every node of a 100,000-node tree.
    bool matches(const QModelIndex& index, std::string_view needle) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeRef::Kind kind;
        int parent; // -1 for the record
        int row;
        int firstChild;
        int childCount;
        const void* item;
        // Worst (highest) averages over the streams below; NaN when none reported.
        float jitterMs;
        float roundTripMs;
        float packetLoss;
    };

    void build();
    void emitColumnChanged(int first, int last);
    NodeRef refFor(int node) const;
    QVariant display(const Node& node, int nodeIndex, int column) const;
    QVariant sortValue(const Node& node, int nodeIndex, int column) const;
    const Node* nodeAt(const QModelIndex& index) const;

    bool sameShape(const CallRecord& record) const;

    DocumentViewPtr m_view;
    std::vector<Node> m_nodes;
    std::vector<int> m_depthFirst; // node indexes in display order
    std::vector<int> m_depthFirstPosition; // node index -> position in m_depthFirst
};
