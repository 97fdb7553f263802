#include "recordfilterproxy.h"

#include "calltreemodel.h"

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CallTreeModel::SortRole);
    setRecursiveFilteringEnabled(true);
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // The search text is already lower case; a plain contains() is the fast path.
    return sourceModel()->data(index, CallTreeModel::SearchTextRole).toString().contains(m_needle);
}

bool RecordFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aMissing = !a.isValid();
    const bool bMissing = !b.isValid();
    if (aMissing || bMissing) {
        // Qt sorts descending by swapping the arguments; "missing" must end up last either way.
        if (aMissing && bMissing)
            return false;
        return sortOrder() == Qt::AscendingOrder ? bMissing : aMissing;
    }
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
