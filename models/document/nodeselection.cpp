#include "nodeselection.h"

NodeSelection::NodeSelection(QObject* parent)
    : QObject(parent)
{
}

void NodeSelection::setCurrent(const NodePath& path)
{
    if (path == m_current)
        return;
    m_current = path;
    emit currentChanged(m_current);
}
