#include "mainwindow.h"

#include "aboutbox.h"
#include "banner.h"
#include "chartsview.h"
#include "detailpanes.h"
#include "documenttabs.h"
#include "dropsupport.h"
#include "exportcontroller.h"
#include "findingsview.h"
#include "graphcontroller.h"
#include "inspectorwidget.h"
#include "languagemenu.h"
#include "loadqueue.h"
#include "profilechooser.h"
#include "progressindicator.h"
#include "recentfiles.h"
#include "recordpage.h"
#include "sample.h"
#include "timelineview.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "quality/palette.h"

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kHeaderKey = QStringLiteral("tree/header");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new DocumentTabs(this))
    , m_banner(new Banner(this))
    , m_panes(new DetailPanes(this))
    , m_loads(new LoadQueue(this))
    , m_progress(new ProgressIndicator(this))
    , m_graph(new GraphController(this))
    , m_profiles(new ProfileChooser(this))
    , m_exports(new ExportController(this, m_tabs, [this] { return m_redactedPreview; }))
    , m_redactedLabel(new QLabel(tr("Redacted preview"), this))
{
    setWindowTitle(tr("Call Record Viewer"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_redactedLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; padding: 1px 6px; "
                                                  "border-radius: 3px; }")
                                       .arg(Palette::html(Palette::redactedMark())));
    m_redactedLabel->setToolTip(tr("Personal data is replaced everywhere in the window (Ctrl+Shift+R to show it)"));
    m_redactedLabel->hide();
    statusBar()->addPermanentWidget(m_redactedLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_profiles->statusLabel());

    connect(m_tabs, &DocumentTabs::currentDocumentChanged, this, &MainWindow::onCurrentDocumentChanged);
    connect(m_tabs, &DocumentTabs::selectionHidden, this,
        [this] { statusBar()->showMessage(tr("That node is hidden by the filter."), 4000); });
    connect(m_profiles, &ProfileChooser::profileChanged, m_tabs, &DocumentTabs::setProfile);
    m_loads->setProfileSource([this] { return profile(); });
    connect(m_loads, &LoadQueue::started, this, [this](const QString& text) {
        m_progress->start([this] { return m_loads->progress(); });
        statusBar()->showMessage(text);
    });
    connect(m_loads, &LoadQueue::finished, this, &MainWindow::finishLoad);
    connect(m_progress, &ProgressIndicator::cancelRequested, this, &MainWindow::cancelLoading);

    const auto showBusy = [this](const QString& text) {
        m_progress->busy();
        statusBar()->showMessage(text);
    };
    const auto hideBusy = [this] {
        if (!m_loads->isLoading())
            m_progress->stop();
        statusBar()->clearMessage();
    };
    connect(m_graph, &GraphController::busy, this, showBusy);
    connect(m_graph, &GraphController::waiting, this, showBusy);
    connect(m_graph, &GraphController::documentsReady, this,
        [this, hideBusy](std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId, QObject* target,
            const QStringList& notes) {
            hideBusy();
            if (!notes.isEmpty())
                statusBar()->showMessage(notes.join(u' '), 8000);
            openDocuments(std::move(documents), callId, target);
        });
    connect(m_graph, &GraphController::failed, this, [this, hideBusy](const QString& message) {
        hideBusy();
        m_banner->showMessage(Banner::Kind::Error, message);
        emit loadFinished(false);
    });
    connect(m_graph, &GraphController::cancelled, this, [this, hideBusy] {
        hideBusy();
        statusBar()->showMessage(tr("Fetch cancelled; nothing was changed."), 5000);
        emit loadFinished(false);
    });

    auto* drops = new DropSupport(this);
    connect(drops, &DropSupport::filesDropped, this, &MainWindow::openFiles);

    createMenus();
    resize(1440, 900);
    restoreSettings();
    onCurrentDocumentChanged();
    statusBar()->showMessage(tr("Open a saved call record (Ctrl+O), drop .json files here, or open a call by id from "
                                "Microsoft Graph (Ctrl+L)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    file->addAction(
        tr("Open by Call &ID…"), QKeySequence(Qt::CTRL | Qt::Key_L), m_graph, &GraphController::showOpenDialog);
    file->addAction(
        tr("&Find Calls…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), m_graph, &GraphController::showFindDialog);
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")));
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openFiles);
    m_actions.reload = file->addAction(tr("&Reload"), QKeySequence::Refresh, this, &MainWindow::reloadCurrent);
    m_actions.close = file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeCurrentTab);
    file->addAction(tr("Save as &JSON…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_exports,
        &ExportController::showSaveJsonDialog);
    QAction* exportAction = file->addAction(
        tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), m_exports, &ExportController::showExportDialog);
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
    m_actions.redact = view->addAction(tr("&Redacted Preview"));
    m_actions.redact->setCheckable(true);
    m_actions.redact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_actions.redact->setToolTip(tr("Show names as pseudonyms and hide ids, addresses and phone numbers, exactly as "
                                    "a redacted export (Ctrl+Shift+R)"));
    connect(m_actions.redact, &QAction::toggled, this, &MainWindow::setRedactedPreview);
    view->addSeparator();
    view->addActions(m_panes->toggleActions());

    // Ticket: export, copy, and the redacted preview always at hand.
    QToolBar* ticket = addToolBar(tr("Ticket"));
    ticket->setObjectName(QStringLiteral("ticketToolBar"));
    ticket->addAction(exportAction);
    QAction* copyImageAction = ticket->addAction(tr("Copy image"), this, &MainWindow::copyImage);
    copyImageAction->setToolTip(tr("Copy a picture of the window with the call named on it (Ctrl+Shift+C)"));
    ticket->addAction(m_actions.redact);

    // Quality: the active profile is always visible and switchable.
    QToolBar* quality = addToolBar(tr("Quality"));
    quality->setObjectName(QStringLiteral("qualityToolBar"));
    m_profiles->addTo(quality);
    QAction* loadProfiles = quality->addAction(tr("Load profiles…"), m_profiles, &ProfileChooser::showLoadDialog);
    loadProfiles->setToolTip(tr("Add threshold profiles from a JSON file"));
    m_actions.poorOnly = quality->addAction(tr("Poor only"));
    m_actions.poorOnly->setCheckable(true);
    m_actions.poorOnly->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_actions.poorOnly->setToolTip(tr("Show only poor streams and device problems (Ctrl+P)"));
    connect(m_actions.poorOnly, &QAction::toggled, m_tabs, &DocumentTabs::setPoorOnly);
    QAction* next = quality->addAction(tr("Next problem"), this, [this] { goToProblem(false); });
    next->setShortcut(Qt::Key_F8);
    next->setToolTip(tr("Select the next poor stream or device problem (F8)"));
    QAction* previous = quality->addAction(tr("Previous problem"), this, [this] { goToProblem(true); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previous->setToolTip(tr("Select the previous poor stream or device problem (Shift+F8)"));
    QMenu* qualityMenu = menuBar()->addMenu(tr("&Quality"));
    qualityMenu->addActions({ m_actions.poorOnly, next, previous });
    qualityMenu->addSeparator();
    qualityMenu->addAction(loadProfiles);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    addLanguageMenu(settings, statusBar());
    settings->addAction(tr("Microsoft &Graph…"), m_graph, &GraphController::showSettingsDialog);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &sample"), this, &MainWindow::openSample);
    help->addAction(tr("&About Call Record Viewer"), this, [this] { AboutBox::show(this); });
}

void MainWindow::onCurrentDocumentChanged()
{
    RecordDocument* document = m_tabs->currentDocument();
    m_actions.reload->setEnabled(document != nullptr);
    m_actions.close->setEnabled(document != nullptr);
    m_panes->setDocument(document, m_redactedPreview ? Redaction::ForPeople : Redaction::None);
    const CallRecordPtr record = document ? document->record() : nullptr;
    const QString id = record && !record->id.isNull() ? record->id.toQString() : QString();
    //: window title; %1 the call id (a GUID)
    const QString titleWithId = tr("%1 — Call Record Viewer");
    setWindowTitle(id.isEmpty() ? tr("Call Record Viewer") : titleWithId.arg(id));
}

void MainWindow::updateDetailPanesNow()
{
    m_panes->setDocumentNow(m_tabs->currentDocument(), m_redactedPreview ? Redaction::ForPeople : Redaction::None);
}

void MainWindow::setRedactedPreview(bool redacted)
{
    if (redacted == m_redactedPreview)
        return;
    m_redactedPreview = redacted;
    if (m_actions.redact->isChecked() != redacted)
        m_actions.redact->setChecked(redacted);
    m_tabs->setRedacted(redacted);
    m_redactedLabel->setVisible(redacted);
    onCurrentDocumentChanged();
}

void MainWindow::openSample()
{
    const LoadResult result = loadBundledSample();
    if (!result.ok()) {
        m_banner->showMessage(Banner::Kind::Error, result.error);
        return;
    }
    m_tabs->addDocument(new RecordDocument(DocumentOrigin::sample(), result.records.front(), profile()));
}

void MainWindow::openStartupFiles(const QStringList& files, bool sample)
{
    if (files.isEmpty() || sample)
        openSample();
    if (!files.isEmpty())
        openFiles(files);
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
    if (!paths.isEmpty())
        m_loads->enqueue({ paths, {}, {}, {}, nullptr, false });
}

void MainWindow::openCallId(const QString& callId)
{
    m_graph->openCallId(callId);
}

void MainWindow::openDocuments(
    std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId, QObject* reloadTarget)
{
    auto* target = qobject_cast<RecordDocument*>(reloadTarget);
    m_loads->enqueue({ {}, std::move(documents), callId, m_graph->effectiveSettings().graphUrl.toString(), target,
        target != nullptr });
}

void MainWindow::reloadCurrent()
{
    RecordDocument* document = m_tabs->currentDocument();
    if (!document)
        return;
    const DocumentOrigin& origin = document->origin();
    switch (origin.kind) {
    case DocumentOrigin::Kind::Sample:
        if (const LoadResult sample = loadBundledSample(); sample.ok())
            document->setRecord(analyse(sample.records.front(), document->profile()));
        break;
    case DocumentOrigin::Kind::Graph:
        m_graph->openCallId(origin.callId, document);
        break;
    case DocumentOrigin::Kind::Files:
        if (!origin.files.isEmpty())
            m_loads->enqueue({ origin.files, {}, {}, {}, document, true });
        break;
    case DocumentOrigin::Kind::Memory:
        break;
    }
}

void MainWindow::closeCurrentTab()
{
    if (m_tabs->count() > 0)
        emit m_tabs->tabCloseRequested(m_tabs->currentIndex());
}

void MainWindow::cancelLoading()
{
    m_graph->cancel();
    m_loads->cancel();
}

void MainWindow::finishLoad(const LoadJob& job, const std::vector<LoadedRecord>& records, const QString& error,
    bool cancelled, const QStringList& announcedCallIds)
{
    m_progress->stop();
    if (cancelled) {
        statusBar()->showMessage(tr("Loading cancelled; nothing was changed."), 5000);
        emit loadFinished(false);
        return;
    }
    if (job.reload && !m_tabs->pageOf(job.target)) {
        // The tab this was reloading was closed meanwhile: it stays closed.
        statusBar()->showMessage(tr("The tab was closed before it finished reloading; nothing was opened."), 5000);
        emit loadFinished(false);
        return;
    }
    const bool ok = error.isEmpty();
    if (!ok && job.documents)
        //: %1 call id, %2 the loader's message
        m_banner->showMessage(Banner::Kind::Error,
            tr("Microsoft Graph sent call %1 in a form that cannot be read: %2").arg(job.callId, error));
    else if (!ok)
        m_banner->showMessage(Banner::Kind::Error, error);
    if (!ok && !announcedCallIds.isEmpty()) {
        // A change notification names the call it announces: it can be opened from Graph.
        const QString callId = announcedCallIds.front();
        //: button on the error strip, next to a message that names the call a change notification announced
        m_banner->setAction(tr("Open This Call from Graph"), [this, callId] { openCallId(callId); });
    }
    if (records.empty()) {
        statusBar()->clearMessage();
        emit loadFinished(ok);
        return;
    }
    if (ok)
        m_banner->hide();
    openRecords(job, records);
    if (!job.paths.isEmpty())
        m_recent->add(job.paths);
    //: %1 is the number of records opened
    statusBar()->showMessage(tr("Records opened: %1.").arg(records.size()), 5000);
    emit loadFinished(ok);
}

void MainWindow::openRecords(const LoadJob& job, const std::vector<LoadedRecord>& records)
{
    if (RecordPage* page = m_tabs->pageOf(job.target); page && records.size() == 1) {
        job.target->setRecord(records.front().analysed);
        m_tabs->updateTitle(page);
        return;
    }
    QStringList notes;
    for (const LoadedRecord& loaded : records) {
        const DocumentOrigin origin = job.documents ? DocumentOrigin::fromGraph(job.callId, job.graphService)
                                                    : DocumentOrigin::fromFiles(loaded.sources);
        const CallRecordPtr& record = loaded.analysed->record;
        RecordPage* open = record->id.isNull() ? nullptr : m_tabs->pageOfCall(record->id.toQString());
        if (!open) {
            m_tabs->addDocument(new RecordDocument(origin, loaded.analysed));
            continue;
        }
        // The call is open already: switch to its tab, refreshed unless the open one is newer.
        m_tabs->setCurrentWidget(open);
        const CallRecordPtr current = open->originalRecord();
        const QString id = record->id.toQString();
        if (current->hasSameData(*record)) {
            //: %1 call id
            notes.append(tr("Call %1 is open already; nothing changed.").arg(id));
        } else if (current->version && record->version && *record->version < *current->version) {
            //: %1 call id, %2 the open (newer) version, %3 the version that was not opened
            notes.append(tr("Call %1 is open already in a newer version (%2); version %3 was not opened.")
                             .arg(id)
                             .arg(*current->version)
                             .arg(*record->version));
        } else {
            open->document()->setOrigin(origin);
            open->document()->setRecord(loaded.analysed);
            m_tabs->updateTitle(open);
            //: %1 call id
            notes.append(tr("Call %1 was open already; its tab now shows what was just loaded.").arg(id));
        }
    }
    if (notes.isEmpty())
        return;
    if (m_banner->kind() == Banner::Kind::Error && !m_banner->text().isEmpty()) // files that failed stay named
        m_banner->showMessage(Banner::Kind::Error, m_banner->text() + u'\n' + notes.join(u'\n'));
    else
        m_banner->showMessage(Banner::Kind::Information, notes.join(u'\n'));
}

void MainWindow::copySelection()
{
    QString text;
    if (inspector()->isAncestorOf(QApplication::focusWidget()))
        text = inspector()->selectedText();
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

void MainWindow::goToProblem(bool backwards)
{
    RecordPage* page = currentPage();
    if (page && !page->goToProblem(backwards))
        statusBar()->showMessage(
            //: %1 the name of the quality profile in use, e.g. "CQD poor stream"
            tr("No poor streams or device problems with the profile \"%1\".").arg(profile().name), 5000);
}

void MainWindow::copyImage()
{
    m_exports->copyImage();
}

void MainWindow::copyMarkdown()
{
    m_exports->copyMarkdown();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (const QByteArray header = m_tabs->headerState(); !header.isEmpty())
        settings.setValue(kHeaderKey, header);
    m_profiles->saveSettings();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    // Values of the wrong type (a hand-edited or corrupted file) are ignored.
    const QVariant geometry = settings.value(kGeometryKey);
    if (geometry.typeId() == QMetaType::QByteArray)
        restoreGeometry(geometry.toByteArray());
    const QVariant state = settings.value(kStateKey);
    if (state.typeId() != QMetaType::QByteArray || !restoreState(state.toByteArray()))
        m_panes->resetLayout();
    const QVariant header = settings.value(kHeaderKey);
    if (header.typeId() == QMetaType::QByteArray)
        m_tabs->setHeaderState(header.toByteArray());
    m_profiles->restoreSettings();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    cancelLoading();
    saveSettings();
    QMainWindow::closeEvent(event);
}

QTabWidget* MainWindow::tabs() const
{
    return m_tabs;
}

// The panes by type, for tests and benchmarks.
InspectorWidget* MainWindow::inspector() const
{
    return m_panes->pane<InspectorWidget>(QStringLiteral("inspector"));
}

FindingsView* MainWindow::findingsView() const
{
    return m_panes->pane<FindingsView>(QStringLiteral("findings"));
}

ChartsView* MainWindow::chartsView() const
{
    return m_panes->pane<ChartsView>(QStringLiteral("charts"));
}

TimelineView* MainWindow::timelineView() const
{
    return m_panes->pane<TimelineView>(QStringLiteral("timeline"));
}
