#pragma once

#include "quality/classifier.h"
#include "quality/qualityprofile.h"
#include "record/loader.h"

#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class Banner;
class GraphController;
class ChartsView;
class TimelineView;
class FindingsView;
class InspectorWidget;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTimer;
class QToolButton;
class RecordPage;

/// The main window: one tab per open record, the inspector dock following the current tab's
/// selection, and the plumbing for opening records (menus, recent files, drag and drop,
/// background loading with progress and cancel) and for remembering the layout.
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
    /// Synchronous variant for headless rendering; returns the loader's error or "".
    QString openFilesNow(const QStringList& paths);
    /// Opens records already loaded (fetched from Graph for headless rendering).
    void openRecordsNow(const std::vector<CallRecordPtr>& records);
    /// Fetches a call record from Microsoft Graph in the background (progress, Esc cancels).
    void openCallId(const QString& callId);
    /// Loads documents fetched from Graph like files; `reloadTarget` is the tab they replace.
    void openDocuments(
        std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId, QObject* reloadTarget = nullptr);
    GraphController* graph() const { return m_graph; }
    /// The application icon at every size it ships in (the window icon, the About box).
    static QIcon applicationIcon();
    /// Help → About: version, what the data is and where it comes from, Qt versions, licence.
    static QString aboutText();
    /// Writes the current record as Graph-shaped JSON (File → Save as JSON).
    QString saveCurrentAsJson(const QString& path);
    /// Every tab shows its redacted copy: what a redacted export holds.
    void setRedactedPreview(bool redacted);
    bool isRedactedPreview() const { return m_redactedPreview; }
    /// File → Export without the dialogs: writes `format` (and pane for png) to `path`.
    QString exportTo(const QString& path, const QString& format, const QString& view, bool redact);
    void reloadCurrent();
    void closeCurrentTab();
    void cancelLoading();
    /// Fills the inspector, charts, timeline and findings for the current tab now (they are
    /// otherwise filled one per event-loop turn); for headless rendering and tests.
    void updateDetailPanesNow();

    RecordPage* currentPage() const;
    const QualityProfile& profile() const;
    /// Makes the profile with this name active (built-in or loaded); false if unknown.
    bool setProfile(const QString& name);
    /// Adds the profiles of a JSON file to the list; returns the error or "".
    QString loadProfiles(const QString& path);
    QStringList profileNames() const;
    InspectorWidget* inspector() const { return m_inspector; }
    FindingsView* findingsView() const { return m_findings; }
    ChartsView* chartsView() const { return m_charts; }
    TimelineView* timelineView() const { return m_timeline; }
    Banner* banner() const { return m_banner; }
    QTabWidget* tabs() const { return m_tabs; }
    bool isLoading() const { return m_loading; }

signals:
    /// After every background load (also failed or cancelled ones).
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Progress {
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
    };

    void createActions();
    void startNextLoad();
    struct Loaded {
        LoadResult result;
        /// One per record, computed on the loading thread with the profile active at the start.
        std::vector<std::shared_ptr<const RecordClassification>> classifications;
    };
    struct PendingLoad {
        QStringList paths;
        QPointer<RecordPage> target; // reload into this page instead of a new tab
        // Instead of paths: documents fetched from Microsoft Graph for this call id.
        std::shared_ptr<std::vector<InputDocument>> documents;
        QString callId;
        bool reload = false; // a target was given: if its tab closes meanwhile, drop the result
    };
    void finishLoad(const PendingLoad& job, Loaded loaded);
    RecordPage* addRecord(const CallRecordPtr& record, const QStringList& sources, bool sample,
        std::shared_ptr<const RecordClassification> classification = {});
    void addRecentFiles(const QStringList& paths);
    void updateRecentMenu();
    void onCurrentTabChanged();
    void copySelection();
    void focusFilter();
    void showAbout();
    void addLanguageMenu(QMenu* parent);
    void showSaveJsonDialog();
    void showExportDialog();
    Q_INVOKABLE void copyImage();
    Q_INVOKABLE void copyMarkdown();
    void showBusy(const QString& text);
    void hideBusy();
    void showOpenDialog();
    void showLoadProfilesDialog();
    void applyProfile();
    void goToProblem(bool backwards);
    void updateFindings();
    void saveSettings();
    void restoreSettings();

    QTabWidget* m_tabs;
    Banner* m_banner;
    InspectorWidget* m_inspector;
    QDockWidget* m_inspectorDock;
    FindingsView* m_findings;
    QDockWidget* m_findingsDock;
    ChartsView* m_charts;
    QDockWidget* m_chartsDock;
    TimelineView* m_timeline;
    QDockWidget* m_timelineDock;
    QMenu* m_recentMenu = nullptr;
    QAction* m_reloadAction = nullptr;
    QAction* m_closeAction = nullptr;
    QProgressBar* m_progressBar;
    QToolButton* m_cancelButton;
    QTimer* m_progressTimer;
    QByteArray m_headerState;
    std::vector<QualityProfile> m_profiles = QualityProfile::builtIn();
    int m_profileIndex = 0;
    QComboBox* m_profileBox = nullptr;
    QAction* m_poorOnlyAction = nullptr;
    QLabel* m_profileLabel = nullptr;
    QString m_profileFile; // where user profiles came from, saved with the settings

    QList<PendingLoad> m_queue;
    GraphController* m_graph;
    bool m_redactedPreview = false;
    QAction* m_redactAction = nullptr;
    QLabel* m_redactedLabel = nullptr;
    bool m_loading = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Progress> m_progress;
};
