#include "mainwindow.h"

#include "translations.h"

#include "banner.h"
#include "chartsview.h"
#include "dropsupport.h"
#include "export/savefile.h"
#include "exportdialog.h"
#include "exporter.h"
#include "findingsview.h"
#include "graphcontroller.h"
#include "inspectorwidget.h"
#include "record/jsonwriter.h"
#include "recordpage.h"
#include "sample.h"
#include "timelineview.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kHeaderKey = QStringLiteral("tree/header");
const QString kProfileKey = QStringLiteral("quality/profile");
const QString kProfileFileKey = QStringLiteral("quality/profileFile");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_banner(new Banner(this))
    , m_inspector(new InspectorWidget(this))
    , m_inspectorDock(new QDockWidget(tr("Inspector"), this))
    , m_findings(new FindingsView(this))
    , m_findingsDock(new QDockWidget(tr("Findings"), this))
    , m_charts(new ChartsView(this))
    , m_chartsDock(new QDockWidget(tr("Charts"), this))
    , m_timeline(new TimelineView(this))
    , m_timelineDock(new QDockWidget(tr("Timeline"), this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
    , m_progressTimer(new QTimer(this))
    , m_graph(new GraphController(this))
{
    setWindowTitle(tr("Call Record Viewer"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        delete page;
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    tabifyDockWidget(m_findingsDock, m_chartsDock);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    tabifyDockWidget(m_chartsDock, m_timelineDock);
    connect(m_timeline, &TimelineView::itemActivated, this, [this](const void* item) {
        if (RecordPage* page = currentPage(); page && !page->selectItem(item))
            statusBar()->showMessage(tr("That node is hidden by the filter."), 4000);
    });
    m_findingsDock->raise();
    connect(m_charts, &ChartsView::streamActivated, this, [this](const void* stream) {
        if (RecordPage* page = currentPage())
            page->selectItem(stream);
    });
    connect(m_findings, &FindingsView::itemActivated, this, [this](const void* item) {
        if (RecordPage* page = currentPage(); page && !page->selectItem(item))
            statusBar()->showMessage(tr("That node is hidden by the filter."), 4000);
    });

    m_progressBar->setMaximumWidth(220);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop loading (Esc)"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    m_redactedLabel = new QLabel(tr("Redacted preview"), this);
    m_redactedLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #b45309; color: white; padding: 1px 6px; border-radius: 3px; }"));
    m_redactedLabel->setToolTip(tr("Personal data is replaced everywhere in the window (Ctrl+Shift+R to show it)"));
    m_redactedLabel->hide();
    statusBar()->addPermanentWidget(m_redactedLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_progress && m_progress->total > 0)
            m_progressBar->setValue(int(1000 * m_progress->done / m_progress->total));
    });

    connect(m_graph, &GraphController::busy, this, &MainWindow::showBusy);
    connect(m_graph, &GraphController::waiting, this, &MainWindow::showBusy);
    connect(m_graph, &GraphController::documentsReady, this,
        [this](std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId, QObject* target,
            const QStringList& notes) {
            hideBusy();
            if (!notes.isEmpty())
                statusBar()->showMessage(notes.join(u' '), 8000);
            openDocuments(std::move(documents), callId, target);
        });
    connect(m_graph, &GraphController::failed, this, [this](const QString& message) {
        hideBusy();
        m_banner->showMessage(Banner::Kind::Error, message);
        emit loadFinished(false);
    });
    connect(m_graph, &GraphController::cancelled, this, [this] {
        hideBusy();
        statusBar()->showMessage(tr("Fetch cancelled; nothing was changed."), 5000);
        emit loadFinished(false);
    });

    auto* drops = new DropSupport(this);
    connect(drops, &DropSupport::filesDropped, this, &MainWindow::openFiles);

    createActions();
    resize(1440, 900);
    restoreSettings();
    statusBar()->showMessage(tr("Open a saved call record (Ctrl+O), drop .json files here, or open a call by id from "
                                "Microsoft Graph (Ctrl+L)."));
}

MainWindow::~MainWindow()
{
    // A load still running stops at its next check; its result is dropped with this window.
    if (m_cancel)
        *m_cancel = true;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    file->addAction(
        tr("Open by Call &ID…"), QKeySequence(Qt::CTRL | Qt::Key_L), m_graph, &GraphController::showOpenDialog);
    file->addAction(
        tr("&Find Calls…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_graph, &GraphController::showFindDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    m_reloadAction = file->addAction(tr("&Reload"), QKeySequence::Refresh, this, &MainWindow::reloadCurrent);
    m_closeAction = file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeCurrentTab);
    file->addAction(
        tr("Save as &JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::showSaveJsonDialog);
    QAction* exportAction
        = file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::showExportDialog);
    exportAction->setToolTip(tr("Picture, PDF report, CSV, JSON or Markdown for a ticket (Ctrl+E)"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &MainWindow::copySelection);
    edit->addAction(tr("Copy &Image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, &MainWindow::copyImage);
    edit->addAction(
        tr("Copy &Markdown Summary"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), this, &MainWindow::copyMarkdown);
    edit->addAction(tr("&Filter…"), QKeySequence::Find, this, &MainWindow::focusFilter);
    auto* cancel = new QAction(tr("Cancel loading"), this);
    cancel->setShortcut(Qt::Key_Escape);
    connect(cancel, &QAction::triggered, this, &MainWindow::cancelLoading);
    addAction(cancel);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_redactAction = view->addAction(tr("&Redacted Preview"));
    m_redactAction->setCheckable(true);
    m_redactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_redactAction->setToolTip(tr("Show names as pseudonyms and hide ids, addresses and phone numbers, exactly as a "
                                  "redacted export (Ctrl+Shift+R)"));
    connect(m_redactAction, &QAction::toggled, this, &MainWindow::setRedactedPreview);
    view->addSeparator();
    view->addAction(m_inspectorDock->toggleViewAction());
    view->addAction(m_findingsDock->toggleViewAction());
    view->addAction(m_chartsDock->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());

    // Ticket: export, copy, and the redacted preview always at hand.
    QToolBar* ticket = addToolBar(tr("Ticket"));
    ticket->setObjectName(QStringLiteral("ticketToolBar"));
    ticket->addAction(exportAction);
    QAction* copyImageAction = ticket->addAction(tr("Copy image"), this, &MainWindow::copyImage);
    copyImageAction->setToolTip(tr("Copy a picture of the window with the call named on it (Ctrl+Shift+C)"));
    ticket->addAction(m_redactAction);

    // Quality: the active profile is always visible and switchable.
    QToolBar* quality = addToolBar(tr("Quality"));
    quality->setObjectName(QStringLiteral("qualityToolBar"));
    quality->addWidget(new QLabel(tr("Profile: "), quality));
    m_profileBox = new QComboBox(quality);
    m_profileBox->setToolTip(tr("Threshold profile used for the verdicts"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    quality->addWidget(m_profileBox);
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && size_t(index) < m_profiles.size() && index != m_profileIndex) {
            m_profileIndex = index;
            applyProfile();
        }
    });
    QAction* loadProfiles = quality->addAction(tr("Load profiles…"), this, &MainWindow::showLoadProfilesDialog);
    loadProfiles->setToolTip(tr("Add threshold profiles from a JSON file"));
    m_poorOnlyAction = quality->addAction(tr("Poor only"));
    m_poorOnlyAction->setCheckable(true);
    m_poorOnlyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_poorOnlyAction->setToolTip(tr("Show only poor streams and device problems (Ctrl+P)"));
    connect(m_poorOnlyAction, &QAction::toggled, this, [this](bool on) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto* page = qobject_cast<RecordPage*>(m_tabs->widget(i)))
                page->setPoorOnly(on);
        }
    });
    QAction* next = quality->addAction(tr("Next problem"), this, [this] { goToProblem(false); });
    next->setShortcut(Qt::Key_F8);
    next->setToolTip(tr("Select the next poor stream or device problem (F8)"));
    QAction* previous = quality->addAction(tr("Previous problem"), this, [this] { goToProblem(true); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previous->setToolTip(tr("Select the previous poor stream or device problem (Shift+F8)"));
    QMenu* qualityMenu = menuBar()->addMenu(tr("&Quality"));
    qualityMenu->addAction(m_poorOnlyAction);
    qualityMenu->addAction(next);
    qualityMenu->addAction(previous);
    qualityMenu->addSeparator();
    qualityMenu->addAction(loadProfiles);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    addLanguageMenu(settings);
    settings->addAction(tr("Microsoft &Graph…"), m_graph, &GraphController::showSettingsDialog);
    m_profileLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_profileLabel);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &sample"), this, &MainWindow::openSample);
    help->addAction(tr("&About Call Record Viewer"), this, &MainWindow::showAbout);
    onCurrentTabChanged();
}

const QualityProfile& MainWindow::profile() const
{
    return m_profiles[size_t(m_profileIndex)];
}

QStringList MainWindow::profileNames() const
{
    QStringList names;
    for (const auto& p : m_profiles)
        names.append(p.name);
    return names;
}

bool MainWindow::setProfile(const QString& name)
{
    const int index = int(profileNames().indexOf(name));
    if (index < 0)
        return false;
    m_profileIndex = index;
    applyProfile();
    return true;
}

QString MainWindow::loadProfiles(const QString& path)
{
    ProfileLoadResult result = loadQualityProfiles(path);
    if (!result.error.isEmpty())
        return result.error;
    for (auto& loaded : result.profiles) {
        // A profile with the name of one already listed replaces it (reloading an edited file).
        auto same = std::find_if(
            m_profiles.begin(), m_profiles.end(), [&](const QualityProfile& p) { return p.name == loaded.name; });
        if (same != m_profiles.end() && same - m_profiles.begin() >= 2)
            *same = std::move(loaded);
        else if (same == m_profiles.end())
            m_profiles.push_back(std::move(loaded));
    }
    m_profileFile = QFileInfo(path).absoluteFilePath();
    applyProfile();
    return {};
}

void MainWindow::showLoadProfilesDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load threshold profiles"), QString(), tr("Profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = loadProfiles(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot load profiles"), error);
}

void MainWindow::applyProfile()
{
    const QualityProfile& active = profile();
    if (m_profileBox) {
        const QSignalBlocker blocker(m_profileBox);
        m_profileBox->clear();
        for (const auto& p : m_profiles)
            m_profileBox->addItem(p.name);
        m_profileBox->setCurrentIndex(m_profileIndex);
        m_profileBox->setToolTip(active.description.isEmpty() ? active.name : active.description);
    }
    if (m_profileLabel)
        //: %1 the name of the quality profile in use, e.g. "CQD poor stream"
        m_profileLabel->setText(tr("Profile: %1").arg(active.name));
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* page = qobject_cast<RecordPage*>(m_tabs->widget(i)))
            page->setProfile(active);
    }
    updateFindings();
    if (RecordPage* page = currentPage())
        m_timeline->setRecord(page->record(), page->model()->sharedClassification());
}

void MainWindow::updateDetailPanesNow()
{
    RecordPage* page = currentPage();
    const NodeRef node = page ? page->currentNode() : NodeRef {};
    m_inspector->setNode(node, page ? &page->model()->classification() : nullptr);
    m_charts->setNode(node, page ? page->record() : nullptr, page ? page->model()->sharedClassification() : nullptr);
    m_timeline->setRecord(page ? page->record() : nullptr, page ? page->model()->sharedClassification() : nullptr);
    m_timeline->setCurrentSession(node.session);
    updateFindings();
}

void MainWindow::updateFindings()
{
    RecordPage* page = currentPage();
    if (!page || !page->record()) {
        m_findings->showNoRecord();
        return;
    }
    m_findings->setFindings(computeFindings(*page->record(), page->model()->classification()),
        page->model()->classification().profile().name);
}

void MainWindow::goToProblem(bool backwards)
{
    RecordPage* page = currentPage();
    if (page && !page->goToProblem(backwards))
        statusBar()->showMessage(
            //: %1 the name of the quality profile in use, e.g. "CQD poor stream"
            tr("No poor streams or device problems with the profile \"%1\".").arg(profile().name), 5000);
}

void MainWindow::showOpenDialog()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("lastFolder")).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open call records"), folder, tr("Call records (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    m_queue.append({ paths, nullptr, {}, {} });
    startNextLoad();
}

void MainWindow::reloadCurrent()
{
    RecordPage* page = currentPage();
    if (!page)
        return;
    if (page->isSample()) {
        const LoadResult sample = loadBundledSample();
        if (sample.ok())
            page->setRecord(sample.records.front(), true);
        return;
    }
    if (const QString callId = page->property("callId").toString(); !callId.isEmpty()) {
        m_graph->openCallId(callId, page);
        return;
    }
    if (page->sourceFiles().isEmpty())
        return;
    m_queue.append({ page->sourceFiles(), page, {}, {}, true });
    startNextLoad();
}

void MainWindow::closeCurrentTab()
{
    if (m_tabs->count() > 0)
        emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
}

void MainWindow::openCallId(const QString& callId)
{
    m_graph->openCallId(callId);
}

void MainWindow::openDocuments(
    std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId, QObject* reloadTarget)
{
    auto* page = qobject_cast<RecordPage*>(reloadTarget);
    m_queue.append({ {}, page, std::move(documents), callId, page != nullptr });
    startNextLoad();
}

void MainWindow::showBusy(const QString& text)
{
    m_progressBar->setRange(0, 0); // busy: the number of pages is not known in advance
    m_progressBar->show();
    m_cancelButton->show();
    statusBar()->showMessage(text);
}

void MainWindow::hideBusy()
{
    m_progressBar->setRange(0, 1000);
    if (!m_loading) {
        m_progressBar->hide();
        m_cancelButton->hide();
    }
    statusBar()->clearMessage();
}

void MainWindow::cancelLoading()
{
    m_graph->cancel();
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
}

void MainWindow::startNextLoad()
{
    if (m_loading || m_queue.isEmpty())
        return;
    const PendingLoad job = m_queue.takeFirst();
    m_loading = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = std::make_shared<Progress>();
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_cancelButton->show();
    m_progressTimer->start();
    if (job.documents) {
        //: %1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5
        statusBar()->showMessage(tr("Reading call %1…").arg(job.callId));
    } else if (job.paths.size() == 1) {
        //: %1 the path of the file being loaded, e.g. "/home/ana/call.json"
        statusBar()->showMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(job.paths.first())));
    } else {
        //: %1 the number of files being loaded (more than one), e.g. "4"
        statusBar()->showMessage(tr("Loading %1 files…").arg(job.paths.size()));
    }

    // The loader runs on a pool thread; the continuation runs here, and not at all once this
    // window is gone. Progress goes through atomics read by a timer: no cross-thread calls.
    auto cancel = m_cancel;
    auto progress = m_progress;
    const QStringList paths = job.paths;
    auto documents = job.documents;
    const QualityProfile activeProfile = profile();
    QtConcurrent::run([paths, documents, cancel, progress, activeProfile]() {
        const auto load = [&]() -> LoadResult {
            LoadOptions options;
            options.cancel = cancel.get();
            options.progress = [progress](qint64 done, qint64 total) {
                progress->done = done;
                progress->total = total;
            };
            if (documents)
                return loadCallRecordDocuments(std::move(*documents), options);
            LoadResult result = loadCallRecordFiles(paths, options);
            if (!result.ok() && !result.cancelled && paths.size() > 1) {
                // One bad file among several: open the others, and report every failure.
                LoadResult combined;
                QStringList errors;
                for (const QString& path : paths) {
                    if (*cancel) {
                        combined.cancelled = true;
                        break;
                    }
                    LoadResult single = loadCallRecordFile(path, options);
                    if (single.ok()) {
                        for (auto& record : single.records)
                            combined.records.push_back(std::move(record));
                    } else if (!single.cancelled) {
                        errors.append(single.error);
                    }
                }
                combined.error = errors.join(u'\n');
                return combined;
            }
            return result;
        };
        Loaded loaded;
        loaded.result = load();
        // Classify here too: for a big record it takes longer than the GUI may be blocked.
        for (const auto& record : loaded.result.records)
            loaded.classifications.push_back(std::make_shared<const RecordClassification>(*record, activeProfile));
        return loaded;
    }).then(this, [this, job](Loaded loaded) { finishLoad(job, std::move(loaded)); });
}

void MainWindow::finishLoad(const PendingLoad& job, Loaded loaded)
{
    const QStringList& paths = job.paths;
    RecordPage* target = job.target;
    LoadResult& result = loaded.result;
    m_loading = false;
    m_progressTimer->stop();
    m_progressBar->hide();
    m_cancelButton->hide();
    if (result.cancelled) {
        statusBar()->showMessage(tr("Loading cancelled; nothing was changed."), 5000);
        emit loadFinished(false);
        startNextLoad();
        return;
    }
    if (job.reload && (!target || m_tabs->indexOf(target) < 0)) {
        // The tab this was reloading was closed meanwhile: it stays closed.
        statusBar()->showMessage(tr("The tab was closed before it finished reloading; nothing was opened."), 5000);
        emit loadFinished(false);
        startNextLoad();
        return;
    }
    const bool ok = result.error.isEmpty();
    if (!ok && job.documents)
        //: %1 call id, %2 the loader's message
        m_banner->showMessage(Banner::Kind::Error,
            tr("Microsoft Graph sent call %1 in a form that cannot be read: %2").arg(job.callId, result.error));
    else if (!ok)
        m_banner->showMessage(Banner::Kind::Error, result.error);
    if (!result.records.empty()) {
        if (ok)
            m_banner->hide();
        if (target && m_tabs->indexOf(target) >= 0 && result.records.size() == 1) {
            target->setRecord(result.records.front(), false, loaded.classifications.front());
            if (target == currentPage())
                onCurrentTabChanged();
        } else if (job.documents) {
            for (size_t i = 0; i < result.records.size(); ++i) {
                RecordPage* page = addRecord(result.records[i], {}, false,
                    i < loaded.classifications.size() ? loaded.classifications[i] : nullptr);
                page->setProperty("callId", job.callId);
            }
        } else {
            for (size_t i = 0; i < result.records.size(); ++i) {
                const CallRecordPtr& record = result.records[i];
                QStringList sources;
                for (const QString& name : std::as_const(record->sourceNames)) {
                    if (paths.contains(name) || paths.contains(QDir::fromNativeSeparators(name)))
                        sources.append(QDir::fromNativeSeparators(name));
                }
                addRecord(record, sources.isEmpty() ? paths : sources, false,
                    i < loaded.classifications.size() ? loaded.classifications[i] : nullptr);
            }
        }
        if (!paths.isEmpty())
            addRecentFiles(paths);
        //: %1 is the number of records opened
        statusBar()->showMessage(tr("Records opened: %1.").arg(result.records.size()), 5000);
    } else {
        statusBar()->clearMessage();
    }
    emit loadFinished(ok);
    startNextLoad();
}

QString MainWindow::openFilesNow(const QStringList& paths)
{
    const LoadResult result = loadCallRecordFiles(paths);
    if (!result.ok())
        return result.error;
    for (const auto& record : result.records)
        addRecord(record, paths, false);
    return {};
}

void MainWindow::openRecordsNow(const std::vector<CallRecordPtr>& records)
{
    for (const auto& record : records)
        addRecord(record, {}, false);
}

void MainWindow::showSaveJsonDialog()
{
    RecordPage* page = currentPage();
    if (!page || !page->record())
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("lastFolder")).toString();
    const QString name
        = page->record()->id.isNull() ? QStringLiteral("call-record.json") : page->record()->id.toQString() + u".json";
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save call record as JSON"), QDir(folder).filePath(name), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    if (const QString error = saveCurrentAsJson(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save as JSON"), error);
    else
        //: %1 the path of the JSON file written, e.g. "/home/ana/call.json"
        statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), 5000);
}

QString MainWindow::saveCurrentAsJson(const QString& path)
{
    RecordPage* page = currentPage();
    if (!page || !page->record())
        return tr("There is no record to save.");
    const std::string json = writeCallRecordsJson({ page->record() });
    return writeFileAtomically(path, QByteArray(json.data(), qsizetype(json.size())));
}

void MainWindow::setRedactedPreview(bool redacted)
{
    if (redacted == m_redactedPreview)
        return;
    m_redactedPreview = redacted;
    if (m_redactAction && m_redactAction->isChecked() != redacted)
        m_redactAction->setChecked(redacted);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* page = qobject_cast<RecordPage*>(m_tabs->widget(i)))
            page->setRedacted(redacted);
    }
    m_redactedLabel->setVisible(redacted);
    onCurrentTabChanged();
}

QString MainWindow::exportTo(const QString& path, const QString& format, const QString& view, bool redact)
{
    QString error;
    ExportRequest request;
    request.format = format;
    request.view = view;
    request.redact = redact;
    const QByteArray bytes = exportFromWindow(*this, request, &error);
    if (bytes.isEmpty())
        return error.isEmpty() ? tr("Nothing was exported.") : error;
    return writeFileAtomically(path, bytes);
}

void MainWindow::showExportDialog()
{
    RecordPage* page = currentPage();
    if (!page || !page->record()) {
        statusBar()->showMessage(tr("Open a call record first."), 4000);
        return;
    }
    QSettings settings;
    ExportDialog dialog(this);
    const QString format = settings.value(QStringLiteral("export/format"), QStringLiteral("png")).toString();
    dialog.setFormat(exportFormats().contains(format) ? format : QStringLiteral("png"));
    dialog.setView(settings.value(QStringLiteral("export/view"), QStringLiteral("window")).toString());
    for (const QString& f : exportFormats())
        dialog.setRedactDefault(f, settings.value(u"export/redact/" + f, redactByDefault(f)).toBool());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.format();
    settings.setValue(QStringLiteral("export/format"), chosen);
    settings.setValue(QStringLiteral("export/view"), dialog.view());
    settings.setValue(u"export/redact/" + chosen, dialog.redact());

    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString id = page->record()->id.isNull() ? QStringLiteral("call") : page->record()->id.toQString();
    const QString name = chosen == u"png" ? QString(id + u'-' + dialog.view() + u".png")
                                          : QString(id + u'.' + exportFileSuffix(chosen));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), QDir(folder).filePath(name), ExportDialog::fileFilter(chosen));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(path, chosen, dialog.view(), dialog.redact());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        //: %1 the path of the file exported, e.g. "/home/ana/call.pdf"
        statusBar()->showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::copyImage()
{
    QString error;
    const QImage image = exportImage(*this, QStringLiteral("window"), m_redactedPreview, &error);
    if (image.isNull()) {
        statusBar()->showMessage(error, 5000);
        return;
    }
    QApplication::clipboard()->setImage(image);
    statusBar()->showMessage(
        m_redactedPreview ? tr("Redacted picture copied to the clipboard.") : tr("Picture copied to the clipboard."),
        5000);
}

void MainWindow::copyMarkdown()
{
    QString error;
    ExportRequest request;
    request.format = QStringLiteral("md");
    request.redact = m_redactedPreview;
    const QByteArray markdown = exportFromWindow(*this, request, &error);
    if (markdown.isEmpty()) {
        statusBar()->showMessage(error, 5000);
        return;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(markdown));
    statusBar()->showMessage(m_redactedPreview ? tr("Redacted Markdown summary copied to the clipboard.")
                                               : tr("Markdown summary copied to the clipboard."),
        5000);
}

void MainWindow::openSample()
{
    const LoadResult result = loadBundledSample();
    if (!result.ok()) {
        m_banner->showMessage(Banner::Kind::Error, result.error);
        return;
    }
    addRecord(result.records.front(), {}, true);
}

void MainWindow::openStartupFiles(const QStringList& files, bool sample)
{
    if (files.isEmpty() || sample)
        openSample();
    if (!files.isEmpty())
        openFiles(files);
}

RecordPage* MainWindow::addRecord(const CallRecordPtr& record, const QStringList& sources, bool sample,
    std::shared_ptr<const RecordClassification> classification)
{
    auto* page = new RecordPage(m_tabs);
    page->setSourceFiles(sources);
    page->setProfile(profile());
    page->setRedacted(m_redactedPreview);
    if (m_poorOnlyAction && m_poorOnlyAction->isChecked())
        page->setPoorOnly(true);
    if (!m_headerState.isEmpty())
        page->treeView()->header()->restoreState(m_headerState);
    page->setRecord(record, sample, std::move(classification));
    connect(page, &RecordPage::currentNodeChanged, this, [this, page](const NodeRef& node) {
        if (page == currentPage()) {
            m_inspector->setNode(node, &page->model()->classification());
            m_charts->setNode(node, page->record(), page->model()->sharedClassification());
            m_timeline->setCurrentSession(node.session);
        }
    });
    connect(page->treeView()->header(), &QHeaderView::sectionResized, this,
        [this, page] { m_headerState = page->treeView()->header()->saveState(); });
    connect(page->treeView()->header(), &QHeaderView::sortIndicatorChanged, this,
        [this, page] { m_headerState = page->treeView()->header()->saveState(); });

    QString title = record->id.isNull() ? tr("Unknown call") : record->id.toQString().left(8) + u'…';
    if (sample)
        title = tr("Sample");
    else if (!record->isComplete())
        //: tab title of a record that is incomplete
        title += tr(" (partial)");
    // Same call opened twice: say which tab is older.
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* other = qobject_cast<RecordPage*>(m_tabs->widget(i));
        if (!other || !other->record() || other->record()->id.isNull() || other->record()->id != record->id)
            continue;
        const qint64 mine = record->version.value_or(-1);
        const qint64 theirs = other->record()->version.value_or(-1);
        if (theirs < mine)
            //: %1 the newer record's version number, e.g. "4"
            other->setNewerVersionNote(tr("A newer version (%1) of this call is open in another tab.").arg(mine));
        else if (mine < theirs)
            //: %1 the newer record's version number, e.g. "4"
            page->setNewerVersionNote(tr("A newer version (%1) of this call is open in another tab.").arg(theirs));
    }
    const int before = m_tabs->currentIndex();
    const int index = m_tabs->addTab(page, title);
    m_tabs->setTabToolTip(index,
        (record->id.isNull() ? tr("Unknown call id") : record->id.toQString()) + u'\n'
            + record->sourceNames.join(u'\n'));
    m_tabs->setCurrentIndex(index);
    if (m_tabs->currentIndex() == before) // no currentChanged signal: update by hand
        onCurrentTabChanged();
    return page;
}

RecordPage* MainWindow::currentPage() const
{
    return qobject_cast<RecordPage*>(m_tabs->currentWidget());
}

void MainWindow::onCurrentTabChanged()
{
    RecordPage* page = currentPage();
    if (m_reloadAction)
        m_reloadAction->setEnabled(page != nullptr);
    if (m_closeAction)
        m_closeAction->setEnabled(page != nullptr);
    // The detail panes are filled one per event-loop turn: for a big record each takes tens of
    // milliseconds, and together they would freeze the window after a load.
    QPointer<RecordPage> target = page;
    const auto refresh = [this, target](auto step) {
        if (target != currentPage())
            return false;
        step(target ? target->currentNode() : NodeRef {}, target ? &target->model()->classification() : nullptr);
        return true;
    };
    QTimer::singleShot(0, this, [this, refresh, target] {
        if (!refresh([this](const NodeRef& node, const RecordClassification* c) { m_inspector->setNode(node, c); }))
            return;
        QTimer::singleShot(0, this, [this, refresh, target] {
            if (!refresh([this, target](const NodeRef& node, const RecordClassification*) {
                    m_charts->setNode(node, target ? target->record() : nullptr,
                        target ? target->model()->sharedClassification() : nullptr);
                    m_timeline->setRecord(target ? target->record() : nullptr,
                        target ? target->model()->sharedClassification() : nullptr);
                    m_timeline->setCurrentSession(node.session);
                }))
                return;
            QTimer::singleShot(0, this, [this, refresh] {
                refresh([this](const NodeRef&, const RecordClassification*) { updateFindings(); });
            });
        });
    });
    const QString id
        = page && page->record() && !page->record()->id.isNull() ? page->record()->id.toQString() : QString();
    //: window title; %1 the call id (a GUID)
    const QString titleWithId = tr("%1 — Call Record Viewer");
    setWindowTitle(id.isEmpty() ? tr("Call Record Viewer") : titleWithId.arg(id));
}

void MainWindow::copySelection()
{
    QString text;
    if (m_inspector->isAncestorOf(QApplication::focusWidget()))
        text = m_inspector->selectedText();
    else if (RecordPage* page = currentPage())
        text = page->selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void MainWindow::focusFilter()
{
    if (RecordPage* page = currentPage()) {
        page->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        page->filterEdit()->selectAll();
    }
}

void MainWindow::addRecentFiles(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QVariant stored = QSettings().value(kRecentKey);
    const QStringList recent = stored.canConvert<QStringList>() ? stored.toStringList() : QStringList();
    for (const QString& path : recent.mid(0, kMaxRecentFiles)) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFiles({ path }); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear list"), this, [this] {
        QSettings().remove(kRecentKey);
        updateRecentMenu();
    });
}

void MainWindow::addLanguageMenu(QMenu* parent)
{
    // Texts are translated once, at start: a new choice applies from the next start.
    QMenu* menu = parent->addMenu(tr("&Language"));
    auto* group = new QActionGroup(menu);
    const QString chosen = Translations::chosen();
    const auto nativeName = [](const QString& code) {
        const QLocale locale(code);
        QString name = code == u"en" ? QStringLiteral("English") : locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        if (code.contains(u'_'))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        return name;
    };
    const auto add = [&](const QString& code, const QString& name) {
        QAction* action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
    };
    //: %1 is the name of the language the environment (LANGUAGE, LC_ALL, LANG) selects
    add(QString(), tr("System language (%1)").arg(nativeName(Translations::fromEnvironment())));
    add(QStringLiteral("en"), nativeName(QStringLiteral("en")));
    const QStringList available = Translations::available();
    for (const QString& code : available)
        add(code, nativeName(code));
    connect(group, &QActionGroup::triggered, this, [this](QAction* action) {
        Translations::choose(action->data().toString());
        statusBar()->showMessage(tr("The language changes the next time Call Record Viewer starts."), 10000);
    });
}

QIcon MainWindow::applicationIcon()
{
    // Rendered from resources/icons/callrecord-viewer.svg by scripts/render-icons.
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/callrecord-viewer-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString MainWindow::aboutText()
{
    // Translations are escaped for HTML before the (HTML) arguments go in.
    const auto code = [](const char* text) -> QString {
        return QLatin1String("<code>") + QLatin1String(text) + QLatin1String("</code>");
    };
    //: %1 the viewer's version, e.g. 0.1.0
    const QString title = tr("Call Record Viewer %1").toHtmlEscaped().arg(QStringLiteral(CRV_VERSION));
    const QString what = tr("Shows Microsoft Teams call records: sessions, segments, media and streams with their "
                            "network, device and quality data, judged against call-quality thresholds.")
                             .toHtmlEscaped();
    //: %1 the Graph API's name and version, %2 the permission's name; both stay as they are
    const QString source = tr("The records come from the Microsoft Graph %1 API, read with the application "
                              "permission %2, or from JSON files saved from Graph.")
                               .toHtmlEscaped()
                               .arg(code("callRecords") + QLatin1String(" v1.0"), code("CallRecords.Read.All"));
    //: %1 and %2 command-line options, they stay as they are
    const QString privacy = tr("Nothing is sent anywhere except to the Microsoft Graph and sign-in addresses that are "
                               "configured (Settings → Microsoft Graph, or %1 and %2 on the command line).")
                                .toHtmlEscaped()
                                .arg(code("--graph-url"), code("--authority-url"));
    //: %1 the Qt version the viewer runs with, %2 the Qt version it was built with
    const QString qt = tr("Runs on Qt %1, built with Qt %2.")
                           .toHtmlEscaped()
                           .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    //: %1 the licence's name, "MIT"
    const QString licence = tr("Copyright © 2026 The Call Record Viewer authors. Free software under the %1 "
                               "licence: you may use, copy, change and share it; it comes without any warranty.")
                                .toHtmlEscaped()
                                .arg(QStringLiteral("MIT"));
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p><p><small>%6</small></p>")
        .arg(title, what, source, privacy, qt, licence);
}

void MainWindow::showAbout()
{
    // QMessageBox::about would take the window icon, which only main() sets.
    QMessageBox box(this);
    box.setWindowTitle(tr("About Call Record Viewer"));
    box.setIconPixmap(applicationIcon().pixmap(QSize(64, 64), devicePixelRatio()));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (RecordPage* page = currentPage())
        m_headerState = page->treeView()->header()->saveState();
    if (!m_headerState.isEmpty())
        settings.setValue(kHeaderKey, m_headerState);
    // Built-in profiles by their English key, so that the choice survives a change of language.
    settings.setValue(kProfileKey, profile().key.isEmpty() ? profile().name : profile().key);
    if (!m_profileFile.isEmpty())
        settings.setValue(kProfileFileKey, m_profileFile);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // Values of the wrong type (a hand-edited or corrupted file) are ignored.
    const QVariant geometry = settings.value(kGeometryKey);
    if (geometry.typeId() == QMetaType::QByteArray)
        restoreGeometry(geometry.toByteArray());
    const QVariant state = settings.value(kStateKey);
    if (state.typeId() != QMetaType::QByteArray || !restoreState(state.toByteArray())) {
        resizeDocks({ m_inspectorDock }, { 420 }, Qt::Horizontal);
        resizeDocks({ m_findingsDock }, { 220 }, Qt::Vertical);
    }
    const QVariant header = settings.value(kHeaderKey);
    if (header.typeId() == QMetaType::QByteArray)
        m_headerState = header.toByteArray();
    // User profiles come back from the file they were loaded from, if it still loads.
    const QString profileFile = settings.value(kProfileFileKey).toString();
    if (!profileFile.isEmpty() && QFileInfo::exists(profileFile)) {
        m_profileFile = profileFile;
        ProfileLoadResult loaded = loadQualityProfiles(profileFile);
        for (auto& p : loaded.profiles)
            m_profiles.push_back(std::move(p));
    }
    const QString savedProfile = settings.value(kProfileKey).toString();
    int index = int(profileNames().indexOf(savedProfile));
    for (size_t i = 0; index < 0 && i < m_profiles.size(); ++i) {
        if (!m_profiles[i].key.isEmpty() && m_profiles[i].key == savedProfile)
            index = int(i);
    }
    m_profileIndex = index >= 0 ? index : 0;
    applyProfile();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    cancelLoading();
    saveSettings();
    QMainWindow::closeEvent(event);
}
