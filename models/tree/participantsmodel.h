#pragma once

#include "document/documentview.h"
#include "quality/participants.h"

#include <QAbstractTableModel>

/// The Participants pane's table: one row per person (ParticipantSummary), worst first.
/// Display texts are for people; SortRole gives numbers where a column is a measurement or a
/// verdict, so that a sort by it is by severity, not alphabetical.
class ParticipantsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AccountColumn, ///< UPN, e-mail or phone number
        RoleColumn,
        SessionsColumn,
        ReceivedColumn, ///< worst received verdict
        SentColumn, ///< worst sent verdict
        ReceivedJitterColumn,
        ReceivedRoundTripColumn,
        ReceivedLossColumn,
        SentJitterColumn,
        SentRoundTripColumn,
        SentLossColumn,
        DeviceColumn, ///< device problems
        ConnectionColumn,
        ClientColumn,
        FeedbackColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        RankRole, ///< position in the worst-first order (0 is the worst)
        WorstPathRole, ///< NodePath of the stream that decided, received first (QVariant::fromValue)
    };

    explicit ParticipantsModel(QObject* parent = nullptr);

    /// Shows the people of `view` (null: none). The view is kept: the rows point into it.
    void setView(DocumentViewPtr view);
    const DocumentViewPtr& view() const { return m_view; }
    const std::vector<ParticipantSummary>& participants() const { return m_people; }
    const ParticipantSummary* participant(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DocumentViewPtr m_view;
    std::vector<ParticipantSummary> m_people;
};

Q_DECLARE_METATYPE(NodePath)
