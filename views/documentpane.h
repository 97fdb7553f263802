#pragma once

#include "document/recorddocument.h"

#include <QMetaObject>
#include <QPointer>

/// What every pane that shows a record has in common (the tree page, the inspector, the
/// findings, the charts, the timeline): it shows one document, as loaded or redacted, and
/// follows that document's selection and verdicts. A pane writes the pane-specific part —
/// documentChanged() and currentChanged() — and nothing else: the window hands it the current
/// document, exports hand a fresh offscreen pane the document to picture.
class DocumentPane {
public:
    /// `self` is the pane's widget: the context of its connections.
    explicit DocumentPane(QObject* self);
    virtual ~DocumentPane();
    DocumentPane(const DocumentPane&) = delete;
    DocumentPane& operator=(const DocumentPane&) = delete;

    /// Shows `document` (null: no record is open) with `redaction`, from now on following its
    /// selection and verdicts.
    void setDocument(RecordDocument* document, Redaction redaction = Redaction::None);
    RecordDocument* document() const { return m_document; }
    Redaction redaction() const { return m_redaction; }
    /// The view shown: the document's record (or its redacted copy) with its verdicts; null
    /// without a document.
    DocumentViewPtr view() const { return m_view; }
    /// The selected node in view().
    NodeRef current() const;
    /// Makes `path` the document's selected node (every pane of the document follows).
    void select(const NodePath& path) const;
    /// Before a picture for a ticket: show what the picture is of (the whole call, not the
    /// selection). Panes whose picture is what they show need nothing.
    virtual void prepareForPicture() { }

protected:
    /// Another document or redaction, or the document's record or verdicts changed: view()
    /// is new. The selection may have changed too.
    virtual void documentChanged() = 0;
    /// Only the selected node changed.
    virtual void currentChanged() { }

private:
    void refresh();

    QObject* m_self;
    QPointer<RecordDocument> m_document;
    Redaction m_redaction = Redaction::None;
    DocumentViewPtr m_view;
    QList<QMetaObject::Connection> m_connections;
};
