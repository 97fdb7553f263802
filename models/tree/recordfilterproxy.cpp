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
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const auto* model = qobject_cast<const CallTreeModel*>(sourceModel());
    if (!model)
        return true;
    return model->matches(
        model->index(sourceRow, 0, sourceParent), std::string_view(m_needle.constData(), size_t(m_needle.size())));
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
