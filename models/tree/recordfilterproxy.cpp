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

void RecordFilterProxy::setPoorOnly(bool poorOnly)
{
    if (poorOnly == m_poorOnly)
        return;
    m_poorOnly = poorOnly;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const CallTreeModel*>(sourceModel());
    if (!model || (m_needle.isEmpty() && !m_poorOnly))
        return true;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_poorOnly) {
        // Recursive filtering keeps the ancestors; accept the nodes where a problem is.
        const NodeRef node = model->node(index);
        const bool problem
            = (node.kind == NodeRef::Kind::Stream && model->classification().verdict(node.stream) == Verdict::Poor)
            || (node.kind == NodeRef::Kind::Media && model->classification().deviceProblems(node.media));
        if (!problem)
            return false;
    }
    return m_needle.isEmpty() || model->matches(index, std::string_view(m_needle.constData(), size_t(m_needle.size())));
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
