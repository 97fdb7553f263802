#pragma once

#include "detailpanes.h"
#include "document/recorddocument.h"
#include "documenttabs.h"
#include "exportcontroller.h"
#include "loadqueue.h"
#include "profilechooser.h"
#include "record/loader.h"

#include <QMainWindow>

#include <vector>

class Banner;
class ChartsView;
class FindingsView;
class GraphController;
class InspectorWidget;
class ProgressIndicator;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class RecentFiles;
class RecordPage;
class TimelineView;

/// The main window: composes the document tabs, the detail panes, the load queue, the Graph
/// controller, the profile chooser and the export controller, builds the menus, and mediates
/// between them. What each part does lives in that part.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads the files in the background; each record opens in a new tab. Sessions pages
    /// given together with their record are merged into it.
    void openFiles(const QStringList& paths);
    void openSample();
    /// What a start without options opens: the files given, or else the bundled sample.
    void openStartupFiles(const QStringList& files, bool sample);
    /// Fetches a call record from Microsoft Graph in the background (progress, Esc cancels).
    void openCallId(const QString& callId);
    /// Loads documents fetched from Graph like files; `reloadTarget` is the document they replace.
    void openDocuments(
        std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId, QObject* reloadTarget = nullptr);
    void reloadCurrent();
    void closeCurrentTab();
    void cancelLoading();

    /// Every tab shows its redacted copy: what a redacted export holds.
    void setRedactedPreview(bool redacted);
    bool isRedactedPreview() const { return m_redactedPreview; }
    /// File → Export without the dialogs: writes `format` (and pane for png) to `path`.
    QString exportTo(const QString& path, const QString& format, const QString& view, bool redact)
    {
        return m_exports->exportTo(path, format, view, redact);
    }
    /// Writes the current record as Graph-shaped JSON (File → Save as JSON).
    QString saveCurrentAsJson(const QString& path) { return m_exports->saveCurrentAsJson(path); }
    /// Fills the detail panes for the current tab now (they are otherwise filled one per
    /// event-loop turn); for tests and benchmarks.
    void updateDetailPanesNow();

    const QualityProfile& profile() const { return m_profiles->profile(); }
    /// Makes the profile with this name active (built-in or loaded); false if unknown.
    bool setProfile(const QString& name) { return m_profiles->setProfile(name); }
    /// Adds the profiles of a JSON file to the list; returns the error or "".
    QString loadProfiles(const QString& path) { return m_profiles->loadProfiles(path); }
    QStringList profileNames() const { return m_profiles->names(); }

    GraphController* graph() const { return m_graph; }
    RecordPage* currentPage() const { return m_tabs->currentPage(); }
    QTabWidget* tabs() const;
    DocumentTabs* documentTabs() const { return m_tabs; }
    DetailPanes* panes() const { return m_panes; }
    InspectorWidget* inspector() const;
    FindingsView* findingsView() const;
    ChartsView* chartsView() const;
    TimelineView* timelineView() const;
    Banner* banner() const { return m_banner; }
    bool isLoading() const { return m_loads->isLoading(); }

signals:
    /// After every background load (also failed or cancelled ones).
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void onCurrentDocumentChanged();
    void finishLoad(const LoadJob& job, const std::vector<LoadedRecord>& records, const QString& error, bool cancelled,
        const QStringList& announcedCallIds);
    void openRecords(const LoadJob& job, const std::vector<LoadedRecord>& records);
    void showOpenDialog();
    void copySelection();
    void focusFilter();
    void goToProblem(bool backwards);
    Q_INVOKABLE void copyImage();
    Q_INVOKABLE void copyMarkdown();
    void saveSettings();
    void restoreSettings();

    DocumentTabs* m_tabs;
    Banner* m_banner;
    DetailPanes* m_panes;
    LoadQueue* m_loads;
    ProgressIndicator* m_progress;
    GraphController* m_graph;
    ProfileChooser* m_profiles;
    ExportController* m_exports;
    RecentFiles* m_recent = nullptr;
    QLabel* m_redactedLabel;
    bool m_redactedPreview = false;
    struct Actions {
        QAction* reload = nullptr;
        QAction* close = nullptr;
        QAction* redact = nullptr;
        QAction* poorOnly = nullptr;
    } m_actions;
};
