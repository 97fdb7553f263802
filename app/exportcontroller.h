#pragma once

#include <QObject>

#include <functional>

class DocumentTabs;
class QMainWindow;

/// The window's ways for a record to leave it: File → Export (the dialog and the file), Save
/// as JSON, Copy Image and Copy Markdown Summary. Everything goes through exportDocumentsAs()
/// from the current tab's document; the open window is never changed for an export.
class ExportController : public QObject {
    Q_OBJECT
public:
    /// `redactedPreview` says whether the window shows redacted data (the clipboard follows it).
    ExportController(QMainWindow* window, DocumentTabs* tabs, std::function<bool()> redactedPreview);

    /// Writes `format` (and pane for png) of the current record to `path`; returns the error.
    QString exportTo(const QString& path, const QString& format, const QString& view, bool redact);
    /// Writes the current record as Graph-shaped JSON; returns the error.
    QString saveCurrentAsJson(const QString& path);

    void showExportDialog();
    void showSaveJsonDialog();
    void copyImage();
    void copyMarkdown();

private:
    QByteArray exportCurrent(const QString& format, const QString& view, bool redact, QString* error) const;
    void showMessage(const QString& text, int milliseconds = 5000) const;

    QMainWindow* m_window;
    DocumentTabs* m_tabs;
    std::function<bool()> m_redactedPreview;
};
