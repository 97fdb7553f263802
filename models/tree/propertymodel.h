#pragma once

#include "calltreemodel.h"

#include <QAbstractItemModel>

#include <vector>

/// Every property of one tree node, grouped (call, endpoint: user agent / identity / feedback,
/// network, device, stream metrics, failure), formatted for people with units. Two levels:
/// groups at the top, "property | value" rows below. Missing values show "—" with the tooltip
/// "not reported".
class PropertyModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { PropertyColumn, ValueColumn, ColumnCount };
    enum Role {
        /// True for a value that was not reported.
        MissingRole = Qt::UserRole + 1,
        RoleCount
    };

    explicit PropertyModel(QObject* parent = nullptr);

    /// With a classification, stream and media nodes get a "Quality" group first: the verdict
    /// and the rules that decided it.
    void setNode(const NodeRef& node, const RecordClassification* classification = nullptr);
    void clear();

    /// "Group: property = value" lines of the given rows (for the clipboard).
    QString text(const QModelIndexList& indexes) const;
    /// The index of the first row named `property` in group `group` (tests, navigation).
    QModelIndex find(const QString& group, const QString& property) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    struct Row {
        QString name;
        QString value;
        QString toolTip;
        bool missing = false;
    };
    struct Group {
        QString title;
        std::vector<Row> rows;
    };

private:
    std::vector<Group> m_groups;
};
