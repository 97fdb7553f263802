#include "participantsview.h"

#include "format/displayformat.h"
#include "tree/participantsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

ParticipantsView::ParticipantsView(QWidget* parent)
    : QWidget(parent)
    , DocumentPane(this)
    , m_model(new ParticipantsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ParticipantsModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->header()->setSortIndicatorShown(true);
    m_table->header()->setStretchLastSection(true);
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showPerson(current); });
    sortWorstFirst();
}

void ParticipantsView::sortWorstFirst()
{
    // The name column sorts by rank (see ParticipantsModel::SortRole): worst first.
    m_table->sortByColumn(ParticipantsModel::NameColumn, Qt::AscendingOrder);
}

void ParticipantsView::documentChanged()
{
    // A new table is not a choice of the user's: it must not move the document's selection.
    const QSignalBlocker blocker(m_table->selectionModel());
    m_model->setView(view());
    m_table->selectionModel()->clear();
    updateSummary();
    for (int column : { int(ParticipantsModel::NameColumn), int(ParticipantsModel::ReceivedColumn),
             int(ParticipantsModel::SentColumn), int(ParticipantsModel::RoleColumn) })
        m_table->resizeColumnToContents(column);
}

void ParticipantsView::showPerson(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const NodePath path = m_proxy->data(proxyIndex, ParticipantsModel::WorstPathRole).value<NodePath>();
    if (!path.isNull())
        select(path);
}

void ParticipantsView::updateSummary()
{
    int people = 0;
    int poor = 0;
    for (const ParticipantSummary& person : m_model->participants()) {
        if (person.role == ParticipantRole::Service)
            continue;
        ++people;
        if (person.worstVerdict() == Verdict::Poor)
            ++poor;
    }
    if (!view()) {
        m_summary->clear();
        return;
    }
    //: %Ln people in the call; followed by how many had poor audio or video
    QString text = DisplayFormat::plural(tr("%Ln participant(s)", nullptr, people), people);
    //: %Ln of the participants had a poor stream (sent or received)
    text += u" · " + DisplayFormat::plural(tr("%Ln with a poor stream", nullptr, poor), poor);
    m_summary->setText(text);
}
