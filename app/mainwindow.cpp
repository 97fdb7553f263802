#include "mainwindow.h"

#include "record/loader.h"
#include "sample.h"
#include "summaryview.h"

#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Call Record Viewer"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget* page = m_tabs->widget(index);
        m_tabs->removeTab(index);
        page->deleteLater();
    });
    setCentralWidget(m_tabs);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::showOpenDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open &sample"), this, &MainWindow::openSample);
    resize(1280, 800);
}

void MainWindow::showOpenDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open call records"), QString(), tr("Call records (*.json);;All files (*)"));
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    const LoadResult result = loadCallRecordFiles(paths);
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open"), result.error);
        return;
    }
    addRecords(result.records, QString());
}

void MainWindow::openSample()
{
    const LoadResult result = loadBundledSample();
    if (!result.ok()) {
        QMessageBox::warning(this, tr("Cannot open"), result.error);
        return;
    }
    addRecords(result.records, tr("Sample"));
}

void MainWindow::addRecords(const std::vector<CallRecordPtr>& records, const QString& label)
{
    for (const auto& record : records) {
        auto* view = new SummaryView(m_tabs);
        view->setRecord(record);
        QString title = record->id.isNull() ? tr("Unknown call") : record->id.toQString().left(13) + u'…';
        if (!label.isEmpty())
            title = label + u": " + title;
        m_tabs->setCurrentIndex(m_tabs->addTab(view, title));
        statusBar()->showMessage(tr("Opened %1").arg(record->id.toQString()), 5000);
    }
}
