#include "participantsmodel.h"

#include "format/displayformat.h"
#include "quality/palette.h"
#include "quality/worststreams.h"

#include <QCoreApplication>

#include <limits>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ParticipantsModel)
};

QString verdictCell(const DirectionSummary& direction)
{
    if (direction.streams == 0)
        return {};
    QString text = verdictText(direction.verdict);
    if (direction.verdict == Verdict::Poor && direction.decidingRule)
        text += u": " + metricLabel(direction.decidingRule->metric);
    return text;
}

QString verdictToolTip(const DirectionSummary& direction)
{
    if (direction.streams == 0)
        return Tr::tr("No streams in this direction.");
    //: %1 poor streams, %2 all streams in this direction
    QString text = Tr::tr("%1 of %2 streams poor").arg(direction.poorStreams).arg(direction.streams);
    if (direction.decidingRule)
        text += u'\n' + direction.decidingRule->text();
    return text;
}

QVariant millisecondsCell(const Milliseconds& value, int role)
{
    if (!value)
        return role == ParticipantsModel::SortRole ? QVariant(-1.0) : QVariant(DisplayFormat::missing());
    return role == ParticipantsModel::SortRole ? QVariant(*value) : QVariant(DisplayFormat::milliseconds(*value));
}

QVariant lossCell(const OptionalDouble& value, int role)
{
    if (!value)
        return role == ParticipantsModel::SortRole ? QVariant(-1.0) : QVariant(DisplayFormat::missing());
    return role == ParticipantsModel::SortRole ? QVariant(*value)
                                               : QVariant(DisplayFormat::percentFromFraction(*value));
}
} // namespace

ParticipantsModel::ParticipantsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ParticipantsModel::setView(DocumentViewPtr view)
{
    beginResetModel();
    m_view = std::move(view);
    m_people = m_view && m_view->record ? summarizeParticipants(*m_view->record, *m_view->classification)
                                        : std::vector<ParticipantSummary> {};
    endResetModel();
}

const ParticipantSummary* ParticipantsModel::participant(int row) const
{
    return row >= 0 && row < int(m_people.size()) ? &m_people[size_t(row)] : nullptr;
}

int ParticipantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int ParticipantsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantsModel::data(const QModelIndex& index, int role) const
{
    const ParticipantSummary* person = index.isValid() ? participant(index.row()) : nullptr;
    if (!person || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == RankRole)
        return index.row();
    if (role == WorstPathRole) {
        const NodePath& path = person->received.worstStream ? person->received.worstPath : person->sent.worstPath;
        return QVariant::fromValue(path);
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !sort && role != Qt::BackgroundRole
        && role != Qt::TextAlignmentRole)
        return {};
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case SessionsColumn:
        case ReceivedJitterColumn:
        case ReceivedRoundTripColumn:
        case ReceivedLossColumn:
        case SentJitterColumn:
        case SentRoundTripColumn:
        case SentLossColumn:
        case DeviceColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::BackgroundRole) {
        if (column == ReceivedColumn && person->received.streams > 0)
            return Palette::verdictFill(person->received.verdict);
        if (column == SentColumn && person->sent.streams > 0)
            return Palette::verdictFill(person->sent.verdict);
        return {};
    }
    switch (column) {
    case NameColumn:
        if (sort)
            return index.row(); // by name is alphabetical; the default order is worst first
        if (role == Qt::ToolTipRole && !person->id.isEmpty())
            //: %1 the person's id in Microsoft Entra (a GUID) or another directory
            return Tr::tr("id %1").arg(person->id);
        return person->name.isEmpty() ? Tr::tr("unnamed") : person->name;
    case AccountColumn:
        return person->upnOrNumber;
    case RoleColumn:
        return participantRoleText(person->role);
    case SessionsColumn:
        return sort ? QVariant(qlonglong(person->sessions.size())) : QVariant(QString::number(person->sessions.size()));
    case ReceivedColumn:
    case SentColumn: {
        const DirectionSummary& direction = column == ReceivedColumn ? person->received : person->sent;
        if (sort) {
            // Poor first, then the furthest past its threshold.
            const double closeness = direction.decidingRule ? ruleCloseness(*direction.decidingRule) : 0;
            return verdictOrder(direction.verdict) * 1e6 - std::min(closeness, 1e5);
        }
        return role == Qt::ToolTipRole ? verdictToolTip(direction) : verdictCell(direction);
    }
    case ReceivedJitterColumn:
        return millisecondsCell(person->received.worstJitter, role);
    case ReceivedRoundTripColumn:
        return millisecondsCell(person->received.worstRoundTrip, role);
    case ReceivedLossColumn:
        return lossCell(person->received.worstLoss, role);
    case SentJitterColumn:
        return millisecondsCell(person->sent.worstJitter, role);
    case SentRoundTripColumn:
        return millisecondsCell(person->sent.worstRoundTrip, role);
    case SentLossColumn:
        return lossCell(person->sent.worstLoss, role);
    case DeviceColumn:
        return sort ? QVariant(person->deviceProblems)
                    : QVariant(person->deviceProblems ? QString::number(person->deviceProblems) : QString());
    case ConnectionColumn:
        return person->connections.join(u", ");
    case ClientColumn:
        return person->clients.join(u", ");
    case FeedbackColumn:
        return person->feedbackRating;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ParticipantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (Column(section)) {
    case NameColumn:
        return Tr::tr("Name");
    case AccountColumn:
        return tip ? Tr::tr("User principal name, e-mail address or phone number") : Tr::tr("Account");
    case RoleColumn:
        return Tr::tr("Role");
    case SessionsColumn:
        return Tr::tr("Sessions");
    case ReceivedColumn:
        return tip ? Tr::tr("The worst stream this person received (their downlink): the verdict and the metric "
                            "that decided it")
                   : Tr::tr("Received");
    case SentColumn:
        return tip ? Tr::tr("The worst stream this person sent (their uplink)") : Tr::tr("Sent");
    case ReceivedJitterColumn:
        return tip ? Tr::tr("Highest average jitter received") : Tr::tr("Jitter in");
    case ReceivedRoundTripColumn:
        return tip ? Tr::tr("Highest average round-trip time received") : Tr::tr("RTT in");
    case ReceivedLossColumn:
        return tip ? Tr::tr("Highest average packet loss received") : Tr::tr("Loss in");
    case SentJitterColumn:
        return tip ? Tr::tr("Highest average jitter sent") : Tr::tr("Jitter out");
    case SentRoundTripColumn:
        return tip ? Tr::tr("Highest average round-trip time sent") : Tr::tr("RTT out");
    case SentLossColumn:
        return tip ? Tr::tr("Highest average packet loss sent") : Tr::tr("Loss out");
    case DeviceColumn:
        return tip ? Tr::tr("Device problems: microphone or speaker not working") : Tr::tr("Device");
    case ConnectionColumn:
        return Tr::tr("Connection");
    case ClientColumn:
        return Tr::tr("Client");
    case FeedbackColumn:
        return tip ? Tr::tr("The worst rating the person gave the call") : Tr::tr("Rating");
    case ColumnCount:
        break;
    }
    return {};
}
