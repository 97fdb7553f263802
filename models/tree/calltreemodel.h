#pragma once

#include "quality/classifier.h"
#include "record/callrecord.h"
#include "record/noderef.h"

#include <QAbstractItemModel>

#include <vector>

/// Read-only tree over one call record: record → session → segment → media → stream, one row
/// per node. A thin adapter: the record is immutable and shared; the model only keeps a
/// table of nodes (parent, row, first child) built once in setRecord().
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

    /// `classification` may be computed beforehand (off the GUI thread) with the profile set
    /// here; without it, or with another profile, the model classifies the record itself.
    void setRecord(CallRecordPtr record, std::shared_ptr<const RecordClassification> classification = {});
    CallRecordPtr record() const { return m_record; }
    /// Classifies every stream with `profile` and fills the quality column.
    void setProfile(const QualityProfile& profile);
    const RecordClassification& classification() const { return *m_classification; }
    /// Shared, for panes that must keep it alive (it is replaced when the profile changes).
    std::shared_ptr<const RecordClassification> sharedClassification() const { return m_classification; }
    /// The next (or previous) stream or media with a poor verdict after `from` in tree order,
    /// wrapping around; invalid when there is none.
    QModelIndex nextProblem(const QModelIndex& from, bool backwards) const;

    /// Typed access for detail panes: the node behind an index of this model.
    NodeRef node(const QModelIndex& index) const;
    /// Index of the first stream (depth-first), for a sensible initial selection.
    QModelIndex firstStreamIndex() const;
    int nodeCount() const { return int(m_nodes.size()); }
    /// The index of the node for a record object (session, segment, media or stream).
    QModelIndex indexOf(const void* item) const;
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
    NodeRef refFor(int node) const;
    QVariant display(const Node& node, int nodeIndex, int column) const;
    QVariant sortValue(const Node& node, int nodeIndex, int column) const;
    const Node* nodeAt(const QModelIndex& index) const;

    CallRecordPtr m_record;
    std::vector<Node> m_nodes;
    std::vector<int> m_depthFirst; // node indexes in display order
    std::vector<int> m_depthFirstPosition; // node index -> position in m_depthFirst
    QualityProfile m_profile = QualityProfile::cqdPoorStream();
    std::shared_ptr<const RecordClassification> m_classification = std::make_shared<RecordClassification>();
};
