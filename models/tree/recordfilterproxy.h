#pragma once

#include <QSortFilterProxyModel>

/// Sorting and filtering for CallTreeModel: numbers sort as numbers with "not reported" last
/// in either direction; the filter matches names, UPNs, ids, IP addresses and device names at
/// any depth and keeps the ancestors of a match visible.
class RecordFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);
    void setFilterText(const QString& text);
    /// Show only poor streams (and media with device problems) and their ancestors.
    void setPoorOnly(bool poorOnly);
    bool poorOnly() const { return m_poorOnly; }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QByteArray m_needle; // lower-case UTF-8
    bool m_poorOnly = false;
};
