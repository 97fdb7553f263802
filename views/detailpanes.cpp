#include "detailpanes.h"

#include "documentpane.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QTimer>

DetailPanes::DetailPanes(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    QDockWidget* firstBottom = nullptr;
    QDockWidget* previousBottom = nullptr;
    for (const PaneType& type : paneTypes()) {
        auto* dock = new QDockWidget(type.titleText(), window);
        dock->setObjectName(type.idText() + u"Dock");
        dock->setWidget(type.create(dock));
        window->addDockWidget(type.area, dock);
        if (type.area == Qt::BottomDockWidgetArea) {
            if (previousBottom)
                window->tabifyDockWidget(previousBottom, dock);
            else
                firstBottom = dock;
            previousBottom = dock;
        }
        m_docks.push_back(dock);
    }
    if (firstBottom)
        firstBottom->raise();
}

void DetailPanes::setDocument(RecordDocument* document, Redaction redaction)
{
    m_document = document;
    m_redaction = redaction;
    const quint64 generation = ++m_generation;
    // Selecting a node before every pane is filled fills the rest at once: they must all
    // show the selection.
    disconnect(m_pendingSelection);
    if (document)
        m_pendingSelection = connect(document->selection(), &NodeSelection::currentChanged, this,
            [this, document, redaction] { setDocumentNow(document, redaction); });
    QTimer::singleShot(0, this, [this, generation] { fillFrom(0, generation); });
}

void DetailPanes::fillFrom(size_t first, quint64 generation)
{
    // A newer document (another tab, or none) supersedes this fill.
    if (generation != m_generation)
        return;
    if (first >= m_docks.size()) {
        disconnect(m_pendingSelection);
        return;
    }
    asDocumentPane(m_docks[first]->widget())->setDocument(m_document, m_redaction);
    QTimer::singleShot(0, this, [this, first, generation] { fillFrom(first + 1, generation); });
}

void DetailPanes::setDocumentNow(RecordDocument* document, Redaction redaction)
{
    m_document = document;
    m_redaction = redaction;
    ++m_generation;
    disconnect(m_pendingSelection);
    for (QDockWidget* dock : m_docks)
        asDocumentPane(dock->widget())->setDocument(document, redaction);
}

QWidget* DetailPanes::pane(const QString& id) const
{
    QDockWidget* d = dock(id);
    return d ? d->widget() : nullptr;
}

QDockWidget* DetailPanes::dock(const QString& id) const
{
    for (size_t i = 0; i < m_docks.size(); ++i) {
        if (id == QLatin1String(paneTypes()[i].id))
            return m_docks[i];
    }
    return nullptr;
}

QList<QAction*> DetailPanes::toggleActions() const
{
    QList<QAction*> actions;
    for (QDockWidget* dock : m_docks)
        actions.append(dock->toggleViewAction());
    return actions;
}

void DetailPanes::resetLayout()
{
    QList<QDockWidget*> right, bottom;
    for (size_t i = 0; i < m_docks.size(); ++i) {
        QDockWidget* dock = m_docks[i];
        dock->setFloating(false);
        dock->show();
        m_window->addDockWidget(paneTypes()[i].area, dock);
        (paneTypes()[i].area == Qt::BottomDockWidgetArea ? bottom : right).append(dock);
    }
    for (qsizetype i = 1; i < bottom.size(); ++i)
        m_window->tabifyDockWidget(bottom[i - 1], bottom[i]);
    if (!bottom.isEmpty())
        bottom.first()->raise();
    if (!right.isEmpty())
        m_window->resizeDocks({ right.first() }, { 420 }, Qt::Horizontal);
    if (!bottom.isEmpty())
        m_window->resizeDocks({ bottom.first() }, { 220 }, Qt::Vertical);
}
