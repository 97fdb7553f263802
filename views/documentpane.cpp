#include "documentpane.h"

DocumentPane::DocumentPane(QObject* self)
    : m_self(self)
{
}

DocumentPane::~DocumentPane()
{
    for (const auto& connection : std::as_const(m_connections))
        QObject::disconnect(connection);
}

void DocumentPane::setDocument(RecordDocument* document, Redaction redaction)
{
    if (document == m_document && redaction == m_redaction && (!document || m_view == document->view(redaction)))
        return;
    for (const auto& connection : std::as_const(m_connections))
        QObject::disconnect(connection);
    m_connections.clear();
    m_document = document;
    m_redaction = redaction;
    if (document) {
        m_connections.append(QObject::connect(document, &RecordDocument::changed, m_self, [this] { refresh(); }));
        m_connections.append(QObject::connect(
            document->selection(), &NodeSelection::currentChanged, m_self, [this] { currentChanged(); }));
        m_connections.append(QObject::connect(document, &QObject::destroyed, m_self, [this] {
            m_document = nullptr;
            refresh();
        }));
    }
    refresh();
}

void DocumentPane::refresh()
{
    m_view = m_document ? m_document->view(m_redaction) : nullptr;
    documentChanged();
}

NodeRef DocumentPane::current() const
{
    if (!m_view || !m_document)
        return {};
    return resolve(*m_view->record, m_document->selection()->current());
}

void DocumentPane::select(const NodePath& path) const
{
    if (m_document)
        m_document->selection()->setCurrent(path);
}
