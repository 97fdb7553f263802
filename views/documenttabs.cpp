#include "documenttabs.h"

#include "recordpage.h"

#include <QHeaderView>
#include <QTreeView>

DocumentTabs::DocumentTabs(QWidget* parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = widget(index);
        removeTab(index);
        delete page;
    });
    connect(this, &QTabWidget::currentChanged, this, [this] { emit currentDocumentChanged(currentDocument()); });
}

RecordPage* DocumentTabs::page(int index) const
{
    return qobject_cast<RecordPage*>(widget(index));
}

RecordPage* DocumentTabs::currentPage() const
{
    return qobject_cast<RecordPage*>(currentWidget());
}

RecordDocument* DocumentTabs::currentDocument() const
{
    RecordPage* page = currentPage();
    return page ? page->document() : nullptr;
}

std::vector<RecordDocument*> DocumentTabs::documents() const
{
    std::vector<RecordDocument*> all;
    for (int i = 0; i < count(); ++i) {
        if (RecordPage* p = page(i); p && p->document())
            all.push_back(p->document());
    }
    return all;
}

RecordPage* DocumentTabs::pageOf(const RecordDocument* document) const
{
    for (int i = 0; i < count(); ++i) {
        if (RecordPage* p = page(i); p && document && p->document() == document)
            return p;
    }
    return nullptr;
}

RecordPage* DocumentTabs::addDocument(RecordDocument* document)
{
    auto* page = new RecordPage(this);
    document->setParent(page);
    if (!m_headerState.isEmpty())
        page->treeView()->header()->restoreState(m_headerState);
    page->setPoorOnly(m_poorOnly);
    page->setDocument(document, m_redacted ? Redaction::ForPeople : Redaction::None);
    connect(page, &RecordPage::selectionHidden, this, &DocumentTabs::selectionHidden);
    for (const auto signal : { &QHeaderView::sectionResized, &QHeaderView::sectionMoved })
        connect(page->treeView()->header(), signal, this,
            [this, page] { m_headerState = page->treeView()->header()->saveState(); });
    connect(page->treeView()->header(), &QHeaderView::sortIndicatorChanged, this,
        [this, page] { m_headerState = page->treeView()->header()->saveState(); });
    noteNewerVersions(page);
    const int before = currentIndex();
    const int index = addTab(page, QString());
    updateTitle(page);
    setCurrentIndex(index);
    if (currentIndex() == before) // no currentChanged signal: say so by hand
        emit currentDocumentChanged(currentDocument());
    return page;
}

void DocumentTabs::updateTitle(RecordPage* page)
{
    const int index = indexOf(page);
    const CallRecordPtr record = page ? page->originalRecord() : nullptr;
    if (index < 0 || !record)
        return;
    QString title = record->id.isNull() ? tr("Unknown call") : record->id.toQString().left(8) + u'…';
    if (page->isSample())
        title = tr("Sample");
    else if (!record->isComplete())
        //: tab title of a record that is incomplete
        title += tr(" (partial)");
    setTabText(index, title);
    const DocumentOrigin& origin = page->document()->origin();
    //: where a tab's record came from; %1 the Graph service's address, e.g. https://graph.microsoft.com
    const QString source = origin.kind == DocumentOrigin::Kind::Graph
        ? tr("Fetched from Microsoft Graph (%1)").arg(origin.graphService)
        : record->sourceNames.join(u'\n');
    setTabToolTip(index, (record->id.isNull() ? tr("Unknown call id") : record->id.toQString()) + u'\n' + source);
}

RecordPage* DocumentTabs::pageOfCall(const QString& callId) const
{
    for (int i = 0; i < count(); ++i) {
        RecordPage* p = page(i);
        const CallRecordPtr record = p ? p->originalRecord() : nullptr;
        if (record && !record->id.isNull() && record->id.toQString().compare(callId, Qt::CaseInsensitive) == 0)
            return p;
    }
    return nullptr;
}

void DocumentTabs::noteNewerVersions(RecordPage* added)
{
    // The same call opened twice: say which tab is older.
    const CallRecordPtr record = added->originalRecord();
    for (int i = 0; i < count(); ++i) {
        RecordPage* other = page(i);
        const CallRecordPtr theirs = other ? other->originalRecord() : nullptr;
        if (!theirs || theirs->id.isNull() || theirs->id != record->id)
            continue;
        const qint64 mine = record->version.value_or(-1);
        const qint64 their = theirs->version.value_or(-1);
        if (their < mine)
            //: %1 the newer record's version number, e.g. "4"
            other->setNewerVersionNote(tr("A newer version (%1) of this call is open in another tab.").arg(mine));
        else if (mine < their)
            //: %1 the newer record's version number, e.g. "4"
            added->setNewerVersionNote(tr("A newer version (%1) of this call is open in another tab.").arg(their));
    }
}

void DocumentTabs::setRedacted(bool redacted)
{
    m_redacted = redacted;
    for (int i = 0; i < count(); ++i) {
        if (RecordPage* p = page(i))
            p->setRedacted(redacted);
    }
}

void DocumentTabs::setPoorOnly(bool poorOnly)
{
    m_poorOnly = poorOnly;
    for (int i = 0; i < count(); ++i) {
        if (RecordPage* p = page(i))
            p->setPoorOnly(poorOnly);
    }
}

void DocumentTabs::setProfile(const QualityProfile& profile)
{
    for (RecordDocument* document : documents()) {
        if (!(document->profile() == profile))
            document->setProfile(profile);
    }
}

QByteArray DocumentTabs::headerState() const
{
    if (RecordPage* page = currentPage())
        return page->treeView()->header()->saveState();
    return m_headerState;
}

void DocumentTabs::setHeaderState(const QByteArray& state)
{
    m_headerState = state;
}
