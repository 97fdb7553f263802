#pragma once

#include "document/recorddocument.h"

#include <QTabWidget>

class RecordPage;

/// The open records, one tab each. A tab owns its page, and the page its document: closing
/// the tab closes the record. Tabs show the call id, mark partial records and the sample, and
/// note when another tab holds a newer version of the same call.
class DocumentTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit DocumentTabs(QWidget* parent = nullptr);

    /// Adds a tab for `document` (taking it over) and makes it current.
    RecordPage* addDocument(RecordDocument* document);
    RecordPage* currentPage() const;
    RecordDocument* currentDocument() const;
    RecordPage* page(int index) const;
    std::vector<RecordDocument*> documents() const;
    /// The page showing `document`, or null (closed meanwhile).
    RecordPage* pageOf(const RecordDocument* document) const;
    /// The page showing the call with this id (letter case ignored), or null.
    RecordPage* pageOfCall(const QString& callId) const;

    /// Every tab shows its redacted copy, or the record as loaded.
    void setRedacted(bool redacted);
    void setPoorOnly(bool poorOnly);
    /// Every document is judged again with `profile` (in the background).
    void setProfile(const QualityProfile& profile);
    /// The tree header layout (column widths, order, sort) the user last left, for new tabs.
    QByteArray headerState() const;
    void setHeaderState(const QByteArray& state);
    /// Updates a tab's title and tooltip (after a reload).
    void updateTitle(RecordPage* page);

signals:
    /// The current tab changed (null when the last one closed).
    void currentDocumentChanged(RecordDocument* document);
    /// A node selected in a pane is hidden in the tree by the filter or "Poor only".
    void selectionHidden();

private:
    void noteNewerVersions(RecordPage* added);

    bool m_redacted = false;
    bool m_poorOnly = false;
    QByteArray m_headerState;
};
