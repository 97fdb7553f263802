#include "recordpage.h"

#include "banner.h"
#include "copyshortcut.h"
#include "tree/recordfilterproxy.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// Below this many sessions the whole tree is expanded when a record opens.
constexpr int kExpandAllLimit = 20;
// Pause after typing before the filter runs; short enough that results appear within
// 200 ms of the last key on a 10,000-session record.
constexpr int kFilterDelayMs = 120;
} // namespace

RecordPage::RecordPage(QWidget* parent)
    : QWidget(parent)
    , DocumentPane(this)
    , m_banner(new Banner(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new CallTreeModel(this))
    , m_proxy(new RecordFilterProxy(this))
    , m_filterTimer(new QTimer(this))
{
    m_filter->setPlaceholderText(tr("Filter by name, UPN, id, IP address or device (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAcceptDrops(false); // a dropped file opens; it is not text for the filter

    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // keeps 100,000-row trees fast
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // file order until the user sorts
    m_tree->setSortingEnabled(true);
    m_tree->header()->setStretchLastSection(true);
    // Fixed widths (resizing to contents would read every row of a big record).
    const int widths[CallTreeModel::ColumnCount] = { 330, 150, 85, 140, 140, 110, 70, 70, 70, 80 };
    for (int column = 0; column < CallTreeModel::ColumnCount; ++column)
        m_tree->header()->resizeSection(column, widths[column]);
    // What triage looks at first comes first: the metrics and the verdict right after the name.
    // (Visual order only; the model's column numbers stay as they are.)
    int visual = 1;
    for (int column : { CallTreeModel::JitterColumn, CallTreeModel::RoundTripColumn, CallTreeModel::PacketLossColumn,
             CallTreeModel::QualityColumn })
        m_tree->header()->moveSection(m_tree->header()->visualIndex(column), visual++);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &RecordPage::applyFilterNow);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (index.isValid())
            DocumentPane::select(currentNode().path());
    });

    // Ctrl+C copies whole rows (every column), not just the current cell as QTreeView would.
    new CopyShortcut(m_tree, [this] { return selectedRowsText(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_banner);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
}

void RecordPage::setRedacted(bool redacted)
{
    setDocument(document(), redacted ? Redaction::ForPeople : Redaction::None);
}

void RecordPage::setNewerVersionNote(const QString& note)
{
    m_newerVersion = note;
    updateBanner();
}

void RecordPage::documentChanged()
{
    // The same record judged again, or its redacted copy, keeps the tree's rows: selection and
    // expansion stay (CallTreeModel::setView).
    m_model->setView(view());
    if (m_proxy->poorOnly()) {
        m_proxy->setPoorOnly(false); // verdicts may have changed: filter again
        m_proxy->setPoorOnly(true);
    }
    const CallRecordPtr original = originalRecord();
    if (original != m_expandedFor) {
        m_expandedFor = original;
        const QModelIndex root = m_proxy->index(0, 0);
        if (root.isValid()) {
            if (m_model->record()->sessions.size() <= size_t(kExpandAllLimit))
                m_tree->expandAll();
            else
                m_tree->expand(root);
        }
    }
    showSelection(false);
    updateBanner();
}

void RecordPage::currentChanged()
{
    showSelection(true);
}

void RecordPage::showSelection(bool sayWhenHidden)
{
    if (!document())
        return;
    const NodePath path = document()->selection()->current();
    if (currentNode().path() == path && m_tree->selectionModel()->currentIndex().isValid())
        return;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(path));
    if (!shown.isValid()) {
        if (sayWhenHidden)
            emit selectionHidden();
        return;
    }
    m_tree->scrollTo(shown);
    select(shown);
}

void RecordPage::updateBanner()
{
    const CallRecordPtr record = m_model->record();
    if (!record) {
        m_banner->hide();
        return;
    }
    QStringList notes;
    Banner::Kind kind = Banner::Kind::Information;
    if (isSample())
        notes.append(tr("This is the bundled sample record (an example from the Microsoft Graph documentation), "
                        "not a real call."));
    if (record->sessionsOnly) {
        kind = Banner::Kind::Warning;
        notes.append(tr("Only sessions pages were loaded: the call's own properties (type, organizer, "
                        "participants) are not in these files."));
    }
    if (!record->sessionsNextLink.isNull()) {
        kind = Banner::Kind::Warning;
        notes.append(tr("Partial record: more sessions exist than these files hold (the next page was not "
                        "fetched). Verdicts and counts cover only the sessions shown."));
    }
    if (!record->participantsNextLink.isNull()) {
        kind = Banner::Kind::Warning;
        notes.append(tr("More participants exist than listed (the next participants page was not fetched)."));
    }
    if (!record->sessionsOnly && !record->endDateTime.isNull() && !record->lastModifiedDateTime.isNull()
        && *record->lastModifiedDateTime.msecsSinceEpoch >= *record->endDateTime.msecsSinceEpoch
        && *record->lastModifiedDateTime.msecsSinceEpoch - *record->endDateTime.msecsSinceEpoch < 60 * 60 * 1000) {
        // Microsoft: the first version comes within 15-60 minutes of the call's end, and later
        // versions with more data can follow.
        //: %1 the version number of the call record, e.g. "2", or "unknown"
        notes.append(tr("This version (%1) was written less than an hour after the call ended; Microsoft Graph "
                        "may add data in newer versions. Fetch the record again later to be sure it is complete.")
                         .arg(record->version ? QString::number(*record->version) : tr("unknown")));
    }
    if (!m_newerVersion.isEmpty()) {
        kind = Banner::Kind::Warning;
        notes.append(m_newerVersion);
    }
    if (!record->warnings.isEmpty()) {
        kind = Banner::Kind::Warning;
        // Not only unreadable values: impossible ones, merged copies and partial lists too.
        //: %1 is the number of warnings the loader gave for this record
        notes.append(tr("Warnings while reading this record: %1 (unreadable values are shown as not reported). "
                        "The record's properties list them under Warnings.")
                         .arg(record->warnings.size()));
    }
    if (notes.isEmpty())
        m_banner->hide();
    else
        m_banner->showMessage(kind, notes.join(u' '));
}

NodeRef RecordPage::currentNode() const
{
    const QModelIndex current = m_tree->selectionModel()->currentIndex();
    return m_model->node(m_proxy->mapToSource(current));
}

void RecordPage::selectFirstStream()
{
    const NodeRef stream = m_model->node(m_model->firstStreamIndex());
    if (stream.kind == NodeRef::Kind::Stream)
        DocumentPane::select(stream.path());
}

void RecordPage::setPoorOnly(bool poorOnly)
{
    m_proxy->setPoorOnly(poorOnly);
    if (poorOnly && m_proxy->rowCount() > 0 && m_model->classification().poorStreamCount() <= 500)
        m_tree->expandAll();
}

bool RecordPage::goToProblem(bool backwards)
{
    const QModelIndex current = m_proxy->mapToSource(m_tree->selectionModel()->currentIndex());
    QModelIndex next = m_model->nextProblem(current, backwards);
    // Skip problems the filter hides.
    const QModelIndex first = next;
    while (next.isValid() && !m_proxy->mapFromSource(next).isValid()) {
        next = m_model->nextProblem(next, backwards);
        if (next == first)
            return false;
    }
    if (!next.isValid())
        return false;
    const QModelIndex shown = m_proxy->mapFromSource(next);
    m_tree->scrollTo(shown);
    select(shown);
    return true;
}

void RecordPage::select(const QModelIndex& index)
{
    // Explicit command: QTreeView::setCurrentIndex() would read the keyboard modifiers and
    // extend the selection while Ctrl or Shift happens to be down.
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordPage::applyFilterNow()
{
    m_filterTimer->stop();
    m_proxy->setFilterText(m_filter->text());
    if (!m_filter->text().trimmed().isEmpty() && m_proxy->rowCount() > 0) {
        // Show where the matches are, unless that means expanding a huge tree.
        if (m_model->nodeCount() <= 5000)
            m_tree->expandAll();
        else
            m_tree->expand(m_proxy->index(0, 0));
    }
}

QString RecordPage::selectedRowsText() const
{
    QStringList lines;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int column = 0; column < CallTreeModel::ColumnCount; ++column)
            cells.append(row.siblingAtColumn(column).data().toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}
