// The main window, offscreen: opening, dropping, tabs, filter, inspector, copy, settings.
#include "aboutbox.h"
#include "banner.h"
#include "chartsview.h"
#include "commandline.h"
#include "credentialstore.h"
#include "exportdialog.h"
#include "fakegraphserver.h"
#include "findcallsdialog.h"
#include "findingsview.h"
#include "graphcontroller.h"
#include "graphsession.h"
#include "graphsettingsdialog.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "opencalldialog.h"
#include "recordpage.h"
#include "timelineview.h"
#include "translations.h"
#include "tree/propertymodel.h"
#include "tree/recordfilterproxy.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const QString kFull = QStringLiteral(CRV_SAMPLES "/seed-full-example.json");

/// The full sample as another call (a new id) in `dir`: the same call opened twice shares a tab.
QString anotherCall(const QTemporaryDir& dir)
{
    QFile in(kFull);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample");
    const QString path = dir.filePath(u"another-call.json"_s);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    out.write(in.readAll().replace("e523d2ed-2966-4b6b-925b-754a88034cc5", "0b0b0b0b-2966-4b6b-925b-754a88034cc5"));
    return path;
}

/// Runs `action` and waits until the window has finished the load it started.
template <typename Action>
bool loadAndWait(MainWindow& window, Action action)
{
    QSignalSpy spy(&window, &MainWindow::loadFinished);
    action();
    return spy.count() > 0 || spy.wait(30000);
}

/// A synthetic record from the generator (about 11 kB per session).
bool generateRecord(const QString& path, int sessions, int seed = 1)
{
    QProcess generator;
    generator.start(QStringLiteral(CRV_GENERATOR),
        { u"--sessions"_s, QString::number(sessions), u"--seed"_s, QString::number(seed), u"--output"_s, path });
    return generator.waitForFinished(60000) && generator.exitStatus() == QProcess::NormalExit
        && generator.exitCode() == 0;
}

/// The window's Open Recent menu.
QMenu* recentMenu(MainWindow& window)
{
    const auto menus = window.findChildren<QMenu*>();
    for (QMenu* menu : menus) {
        if (menu->title() == u"Open &Recent")
            return menu;
    }
    return nullptr;
}

void drop(QWidget* target, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QLocale::setDefault(QLocale::c());
    }

    void init() { QSettings().clear(); }

    void sampleOpensLabelled()
    {
        // Started without arguments: the bundled sample opens, labelled as such.
        const CommandLine commandLine = parseCommandLine({ u"callrecord-viewer"_s });
        QCOMPARE(commandLine.mode, CommandLine::Mode::Gui);
        MainWindow window;
        window.openStartupFiles(commandLine.files, commandLine.sample);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), u"Sample"_s);
        auto* page = window.currentPage();
        QVERIFY(page->isSample());
        QVERIFY(page->banner()->text().contains(u"bundled sample"_s));
        QVERIFY(page->banner()->text().contains(u"Partial record"_s));
    }

    void openSeveralFilesIntoTabs()
    {
        QTemporaryDir dir;
        const QString second = dir.filePath(u"other.json"_s);
        QFile file(second);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "other-call", "type": "groupCall", "sessions": []})");
        file.close();

        MainWindow window;
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ kFull, second }); }));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(qobject_cast<RecordPage*>(window.tabs()->widget(1))->record()->id.toQString(), u"other-call"_s);
        // Remembered in Open Recent.
        const QStringList recent = QSettings().value(u"recentFiles"_s).toStringList();
        QVERIFY(recent.contains(QFileInfo(second).absoluteFilePath()));

        window.closeCurrentTab();
        QCOMPARE(window.tabs()->count(), 1);
    }

    void dropValidAndInvalidFiles()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"broken.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id": "x", "sessions": [)");
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(loadAndWait(window, [&] { drop(&window, { kFull }); }));
        QCOMPARE(window.tabs()->count(), 1);
        const CallRecordPtr before = window.currentPage()->record();

        QVERIFY(loadAndWait(window, [&] { drop(&window, { bad }); }));
        // The open record is untouched; the banner names the file and the problem.
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentPage()->record(), before);
        QVERIFY(window.banner()->isVisible());
        QVERIFY2(window.banner()->text().contains(u"broken.json"_s), qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(u"truncated"_s));

        // A folder and a 0-byte file among good ones: the good one opens, both problems are listed.
        const QString empty = dir.filePath(u"empty.json"_s);
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(loadAndWait(window, [&] { drop(&window, { dir.path(), empty, anotherCall(dir) }); }));
        QCOMPARE(window.tabs()->count(), 2);
        QVERIFY(window.banner()->text().contains(u"folder"_s));
        QVERIFY(window.banner()->text().contains(u"empty.json: the file is empty"_s));
    }

    void filterAndInspector()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ kFull }); }));
        RecordPage* page = window.currentPage();

        page->selectFirstStream();
        const QModelIndex jitter = window.inspector()->model()->find(u"Network metrics"_s, u"Average jitter"_s);
        QCOMPARE(jitter.data().toString(), u"16 ms"_s);
        QVERIFY(window.inspector()->rawView()->toPlainText().contains(u"\"streamId\": \"1504545584\""_s));

        // Ctrl+F focuses the filter; typing filters after a short pause.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page->filterEdit()->hasFocus());
        QTest::keyClicks(page->filterEdit(), u"10.139.0.12"_s);
        QTRY_COMPARE(page->proxy()->rowCount(page->proxy()->index(0, 0)), 1);
        page->filterEdit()->setText(u"nothing matches this"_s);
        page->applyFilterNow();
        QCOMPARE(page->proxy()->rowCount(), 0);
        page->filterEdit()->clear();
        page->applyFilterNow();
        QCOMPARE(page->proxy()->rowCount(), 1);
    }

    void copyRows()
    {
        MainWindow window;
        window.show();
        window.openSample();
        RecordPage* page = window.currentPage();
        page->selectFirstStream();
        page->treeView()->setFocus();
        QTest::keyClick(page->treeView(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"Stream · caller → callee\t"_s), qPrintable(u"[" + copied + u"]"));
        QVERIFY(copied.contains(u"Abbie Wilkins"_s));

        // In the inspector, Ctrl+C copies the selected properties.
        InspectorWidget* inspector = window.inspector();
        const QModelIndex jitter = inspector->model()->find(u"Network metrics"_s, u"Average jitter"_s);
        inspector->propertyView()->setCurrentIndex(jitter);
        QTest::keyClick(inspector->propertyView(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), u"Network metrics: Average jitter = 16 ms"_s);
    }

    void versionBanners()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString& name, const QByteArray& json) {
            QFile file(dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(json);
            return file.fileName();
        };
        // Version 1 written 10 minutes after the call ended; version 2 a day later.
        const QString v1
            = write(u"v1.json"_s, R"({"id": "same-call", "version": 1, "endDateTime": "2024-05-01T10:00:00Z",
            "lastModifiedDateTime": "2024-05-01T10:10:00Z", "sessions": []})");
        const QString v2
            = write(u"v2.json"_s, R"({"id": "same-call", "version": 2, "endDateTime": "2024-05-01T10:00:00Z",
            "lastModifiedDateTime": "2024-05-02T10:00:00Z", "sessions": []})");
        MainWindow window;
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ v1 }); }));
        auto* first = window.currentPage();
        QVERIFY(first->banner()->text().contains(u"less than an hour after the call ended"_s));
        // Another tab with its sample, so that switching back is seen.
        window.openSample();
        QCOMPARE(window.tabs()->count(), 2);

        // The same file again: its tab becomes current, nothing else changes.
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ v1 }); }));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.currentPage(), first);
        QVERIFY2(
            window.banner()->text().contains(u"open already; nothing changed"_s), qPrintable(window.banner()->text()));

        // A newer version refreshes that tab (its banner is about the new record).
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ v2 }); }));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(window.currentPage(), first);
        QCOMPARE(first->originalRecord()->version.value_or(0), 2);
        QVERIFY(first->banner()->text().isEmpty());
        QCOMPARE(first->sourceFiles(), QStringList { v2 });

        // The older one again: the newer stays, and the window says why.
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ v1 }); }));
        QCOMPARE(window.tabs()->count(), 2);
        QCOMPARE(first->originalRecord()->version.value_or(0), 2);
        QVERIFY2(window.banner()->text().contains(u"newer version (2); version 1 was not opened"_s),
            qPrintable(window.banner()->text()));
    }

    void qualityNavigation()
    {
        MainWindow window;
        window.show();
        window.openSample();
        RecordPage* page = window.currentPage();
        // The findings dock fills after the tab change, in a later event-loop turn.
        QTRY_VERIFY(!window.findingsView()->findings().findings.empty());
        QVERIFY(window.findingsView()->toPlainText().contains(u"Owen Franklin rated the call poor: Noisy"_s));
        // The sample's second stream is poor (NMOS degradation 1.16 > 1.0).
        QVERIFY(page->goToProblem(false));
        QCOMPARE(page->currentNode().kind, NodeRef::Kind::Stream);
        QCOMPARE(page->currentNode().stream->streamId.toQString(), u"1785122252"_s);
        QCOMPARE(window.inspector()->model()->find(u"Quality"_s, u"Verdict"_s).data().toString(), u"Poor"_s);
        QVERIFY(page->goToProblem(true)); // wraps around to the same, only, problem
        QCOMPARE(page->currentNode().stream->streamId.toQString(), u"1785122252"_s);

        page->setPoorOnly(true);
        const QModelIndex media = page->proxy()->index(
            0, 0, page->proxy()->index(0, 0, page->proxy()->index(0, 0, page->proxy()->index(0, 0))));
        QCOMPARE(page->proxy()->rowCount(media), 1); // the good stream is hidden
        page->setPoorOnly(false);
        QCOMPARE(page->proxy()->rowCount(media), 2);

        // Another profile: both streams are judged again, off the GUI thread.
        QVERIFY(window.setProfile(u"Teams network targets"_s));
        const QModelIndex stream = page->model()->firstStreamIndex();
        QTRY_VERIFY(stream.siblingAtColumn(CallTreeModel::QualityColumn)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"Teams network targets"_s));
        QCOMPARE(stream.siblingAtColumn(CallTreeModel::QualityColumn).data().toString(), u"Good"_s);
        QVERIFY(!window.setProfile(u"no such profile"_s));
    }

    void chartsFollowSelection()
    {
        MainWindow window;
        window.show();
        window.openSample();
        RecordPage* page = window.currentPage();
        page->selectFirstStream();
        ChartsView* charts = window.chartsView();
        // A stream shows its media's streams, itself highlighted.
        QTRY_COMPARE(charts->categories().size(), 2);
        QCOMPARE(charts->highlighted(), 0);
        QCOMPARE(charts->averages(0), (QList<double> { 16, 7 })); // jitter, ms
        QCOMPARE(charts->maxima(0), (QList<double> { 21, 12 }));
        QCOMPARE(charts->averages(1), (QList<double> { 61, 64 })); // round trip, ms
        QCOMPARE(charts->averages(2)[1], 1.381693); // packet loss, percent
        QVERIFY(charts->categories().at(0).startsWith(u"▶ 1 Abbie→Owen"_s));

        // A node selected in a pane (a clicked bar) is selected in the tree, and the other way.
        const auto* second = &page->record()->sessions[0].segments[0].media[0].streams[1];
        charts->select({ NodePath::Kind::Stream, 0, 0, 0, 1 });
        QCOMPARE(page->currentNode().stream, second);
        QCOMPARE(charts->highlighted(), 1);

        // Rendered offscreen, the charts are not blank.
        charts->resize(1200, 400);
        const QImage image = charts->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 10);
    }

    void timelineSelects()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openSample();
        TimelineView* timeline = window.timelineView();
        QTRY_COMPARE(timeline->rowCount(), 1);
        timeline->resize(900, 300);
        // The middle of the first row is the session's only segment.
        const QPoint middle(700, 22 + timeline->fontMetrics().height() / 2 + 2);
        QCOMPARE(timeline->pathAt(middle), (NodePath { NodePath::Kind::Segment, 0, 0 }));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, middle);
        QCOMPARE(window.currentPage()->currentNode().kind, NodeRef::Kind::Segment);
        QCOMPARE(window.currentPage()->currentNode().segment, &window.currentPage()->record()->sessions[0].segments[0]);
    }

    void reloadKeepsTab()
    {
        MainWindow window;
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ kFull }); }));
        QVERIFY(loadAndWait(window, [&] { window.reloadCurrent(); }));
        QCOMPARE(window.tabs()->count(), 1);
    }

    void corruptSettingsAreIgnored()
    {
        QSettings settings;
        settings.setValue(u"window/geometry"_s, u"not a geometry"_s);
        settings.setValue(u"window/state"_s, 42);
        settings.setValue(u"tree/header"_s, QByteArray("garbage"));
        settings.setValue(u"recentFiles"_s, 7);
        settings.sync();
        {
            MainWindow window;
            window.openSample();
            QCOMPARE(window.tabs()->count(), 1);
            QVERIFY(window.width() >= 800);
        }

        // Garbage bytes where Qt's own state blobs belong, and wrong types for every other key.
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator random(20261128);
        for (char& c : noise)
            c = char(random.bounded(256));
        settings.clear();
        settings.setValue(u"window/geometry"_s, noise);
        settings.setValue(u"window/state"_s, noise.left(977));
        settings.setValue(u"tree/header"_s, noise.mid(13));
        settings.setValue(u"quality/profile"_s, QVariantList { 1, u"two"_s });
        settings.setValue(u"quality/profileFile"_s, m_settingsDir.path()); // a folder, not a profile file
        settings.setValue(u"recentFiles"_s, QVariantMap { { u"a"_s, 1 } });
        settings.setValue(u"lastFolder"_s, noise.left(64));
        settings.setValue(u"export/format"_s, 12);
        settings.setValue(u"export/redact/png"_s, u"maybe"_s);
        settings.setValue(u"graph/tenantId"_s, QVariantMap { { u"x"_s, 1 } });
        settings.setValue(u"graph/clientId"_s, QVariantList { 1, 2 });
        settings.setValue(u"graph/credential"_s, noise.left(32));
        settings.setValue(u"graph/cloud"_s, 42);
        settings.setValue(u"graph/graphUrl"_s, noise.left(100));
        settings.setValue(u"graph/authorityUrl"_s, QVariantList {});
        settings.setValue(u"graph/timeoutSeconds"_s, QVariantList { 30 });
        settings.setValue(u"graph/recentCallIds"_s, 5);
        settings.sync();
        {
            MainWindow window;
            window.show();
            QCOMPARE(window.profile().name, QualityProfile::builtIn().front().name);
            QVERIFY(window.width() >= 800);
            QMenu* recent = recentMenu(window);
            QVERIFY(recent);
            QCOMPARE(recent->actions().size(), 1);
            QCOMPARE(recent->actions().front()->text(), u"(none)"_s);
            const GraphSettings graph = loadGraphSettings(settings);
            QCOMPARE(graph.cloud, Cloud::Global);
            QCOMPARE(graph.graphUrl, QUrl(u"https://graph.microsoft.com"_s));
            QCOMPARE(graph.timeoutSeconds, 30);
            QVERIFY(loadAndWait(window, [&] { window.openFiles({ kFull }); }));
            QCOMPARE(window.tabs()->count(), 1);
            window.close(); // writes good values over the bad ones
        }
        QCOMPARE(settings.value(u"window/geometry"_s).typeId(), int(QMetaType::QByteArray));
        QCOMPARE(settings.value(u"recentFiles"_s).toStringList(), QStringList { QFileInfo(kFull).absoluteFilePath() });

        // The settings file itself is garbage (binary, invalid UTF-8, broken sections).
        const QString fileName = settings.fileName();
        {
            QFile file(fileName);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(noise);
            file.write("\n[window\ngeometry=@ByteArray(\xff\xfe\n[]\n=\n\\\n@Variant(\x7f\n");
            file.write(noise);
        }
        settings.sync(); // read again: the file changed on disk
        {
            MainWindow window;
            window.openSample();
            QCOMPARE(window.tabs()->count(), 1);
            QVERIFY(window.width() >= 800);
            QCOMPARE(window.profile().name, QualityProfile::builtIn().front().name);
            window.close();
        }
    }

    void closingDuringLoad()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.json"_s);
        QProcess generator;
        generator.start(QStringLiteral(CRV_GENERATOR), { u"--sessions"_s, u"3000"_s, u"--output"_s, big });
        QVERIFY(generator.waitForFinished(60000));
        {
            MainWindow window;
            window.openFiles({ big });
            QVERIFY(window.isLoading());
            QVERIFY(loadAndWait(window, [&] { window.cancelLoading(); }));
            QCOMPARE(window.tabs()->count(), 0);
        }
        {
            // Destroyed while the load runs: nothing may touch the dead window.
            auto* window = new MainWindow;
            window->openFiles({ big });
            delete window;
            QTest::qWait(200);
        }
        {
            // Destroyed while a reload (F5) runs into a tab, with more loads queued: the tab dies
            // with the window while the loading thread still holds the job.
            auto* window = new MainWindow;
            QVERIFY(loadAndWait(*window, [&] { window->openFiles({ big }); }));
            window->reloadCurrent();
            QVERIFY(window->isLoading());
            window->openFiles({ kFull });
            window->openFiles({ big, kFull });
            delete window;
        }
        // Let every loading thread finish and every posted continuation run (or be dropped)
        // before the files go away; under AddressSanitizer a stale access would show here.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }

    // --- Open by call id (a fake Graph server on 127.0.0.1 in this process) -------------

    void openByCallIdOpensAComparableTab()
    {
        FakeGraphServer server;
        QVERIFY(server.listen());
        QString error;
        QVERIFY2(server.addRecordFile(kFull, &error), qPrintable(error));
        server.sessionsPageSize = 1;
        qputenv("AZURE_TENANT_ID", server.tenantId.toUtf8());
        qputenv("AZURE_CLIENT_ID", "client");
        qputenv("AZURE_CLIENT_SECRET", "secret");
        MainWindow window;
        window.graph()->setUrlOverrides(server.baseUrl(), server.baseUrl());
        const QString id = u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s;
        QVERIFY(loadAndWait(window, [&] { window.openCallId(id); }));
        QCOMPARE(window.tabs()->count(), 1);
        RecordPage* page = window.currentPage();
        QCOMPARE(page->record()->id.toQString(), id);
        QVERIFY(page->record()->isComplete());
        QVERIFY(!page->isSample());
        // The same tree as the file: same number of rows under the record.
        const LoadResult file = loadCallRecordFile(kFull);
        QCOMPARE(page->record()->sessions.size(), file.records.front()->sessions.size());
        QCOMPARE(page->record()->sessions.front().id, file.records.front()->sessions.front().id);
        QCOMPARE(page->model()->rowCount(page->model()->index(0, 0)), int(file.records.front()->sessions.size()));

        // F5 fetches again into the same tab, with the cached token.
        QVERIFY(loadAndWait(window, [&] { window.reloadCurrent(); }));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(server.tokenRequests(), 1);

        // Save as JSON writes what was fetched; it loads back to the same data.
        QTemporaryDir dir;
        const QString saved = dir.filePath(u"fetched.json"_s);
        QCOMPARE(window.saveCurrentAsJson(saved), QString());
        const LoadResult reloaded = loadCallRecordFile(saved);
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.error));
        QVERIFY(reloaded.records.front()->hasSameData(*window.currentPage()->record()));
        qunsetenv("AZURE_TENANT_ID");
        qunsetenv("AZURE_CLIENT_ID");
        qunsetenv("AZURE_CLIENT_SECRET");
    }

    // A Graph change notification saved instead of the record: the window names the call it
    // announces and opens it from Graph on request.
    void changeNotificationOffersToOpenTheCall()
    {
        FakeGraphServer server;
        QVERIFY(server.listen());
        const QString id = u"2f1a1100-b174-40a0-aba7-0b405e01ed92"_s;
        server.addRecord(QJsonObject { { u"id"_s, id }, { u"type"_s, u"peerToPeer"_s },
            { u"sessions"_s, QJsonArray { QJsonObject { { u"id"_s, u"s1"_s } } } } });
        qputenv("AZURE_TENANT_ID", server.tenantId.toUtf8());
        qputenv("AZURE_CLIENT_ID", "client");
        qputenv("AZURE_CLIENT_SECRET", "secret");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notification.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QJsonObject resourceData;
        resourceData.insert(u"id"_s, id);
        const QJsonObject notification { { u"subscriptionId"_s, u"sub"_s }, { u"changeType"_s, u"created"_s },
            { u"resource"_s, QString(u"communications/callRecords/"_s + id) }, { u"resourceData"_s, resourceData } };
        file.write(QJsonDocument(QJsonObject { { u"value"_s, QJsonArray { notification } } }).toJson());
        file.close();

        MainWindow window;
        window.graph()->setUrlOverrides(server.baseUrl(), server.baseUrl());
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ path }); }));
        QCOMPARE(window.tabs()->count(), 0);
        QVERIFY2(window.banner()->text().contains(u"change notification"_s), qPrintable(window.banner()->text()));
        QVERIFY(window.banner()->text().contains(id));
        QVERIFY2(window.banner()->actionText().contains(u"Graph"_s), qPrintable(window.banner()->actionText()));
        auto* button = window.banner()->findChild<QPushButton*>();
        QVERIFY(button && button->isVisibleTo(window.banner()));
        QVERIFY(loadAndWait(window, [&] { button->click(); }));
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.currentPage()->record()->id.toQString(), id);
        QVERIFY(window.banner()->actionText().isEmpty());
        qunsetenv("AZURE_TENANT_ID");
        qunsetenv("AZURE_CLIENT_ID");
        qunsetenv("AZURE_CLIENT_SECRET");
    }

    void failedOrCancelledFetchChangesNothing()
    {
        FakeGraphServer server;
        QVERIFY(server.listen());
        QJsonArray sessions;
        for (int i = 0; i < 4; ++i)
            sessions.append(
                QJsonObject { { u"id"_s, u"s%1"_s.arg(i) }, { u"modalities"_s, QJsonArray { u"audio"_s } } });
        const QString id = u"0a0a0a0a-0000-0000-0000-000000000001"_s;
        server.addRecord(QJsonObject { { u"id"_s, id }, { u"type"_s, u"groupCall"_s }, { u"sessions"_s, sessions } });
        server.sessionsPageSize = 1;
        qputenv("AZURE_TENANT_ID", server.tenantId.toUtf8());
        qputenv("AZURE_CLIENT_ID", "client");
        qputenv("AZURE_CLIENT_SECRET", "secret");
        MainWindow window;
        window.graph()->setUrlOverrides(server.baseUrl(), server.baseUrl());
        window.openSample();
        QCOMPARE(window.tabs()->count(), 1);

        // 403: the banner explains the permission; the open tab stays.
        server.addFault(
            { u"/callRecords/"_s, 1, ServerReply::json(403, R"({"error":{"code":"Forbidden","message":"no"}})") });
        QVERIFY(loadAndWait(window, [&] { window.openCallId(id); }));
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.banner()->isVisible() || !window.banner()->text().isEmpty());
        QVERIFY2(window.banner()->text().contains(u"CallRecords.Read.All"_s), qPrintable(window.banner()->text()));

        // Cancel while a page is outstanding: nothing half-loaded appears.
        ServerReply hang;
        hang.hang = true;
        server.addFault({ u"skiptoken=2"_s, 1, hang });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCallId(id);
        QTRY_VERIFY_WITH_TIMEOUT(server.http().requests.size() >= 4, 10000);
        QTest::qWait(100);
        window.cancelLoading();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(window.currentPage()->isSample());
        QVERIFY(!window.graph()->isFetching());

        // New settings while a fetch waits for an answer: the fetch ends (no crash, no hang).
        server.addFault({ u"skiptoken=2"_s, 1, hang });
        finished.clear();
        window.openCallId(id);
        QTRY_VERIFY_WITH_TIMEOUT(window.graph()->isFetching(), 5000);
        const int before = int(server.http().requests.size());
        QTRY_VERIFY_WITH_TIMEOUT(server.http().requests.size() >= before + 1, 10000);
        window.graph()->setUrlOverrides(server.baseUrl(), server.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(!window.graph()->isFetching());
        QCOMPARE(window.tabs()->count(), 1);
        qunsetenv("AZURE_TENANT_ID");
        qunsetenv("AZURE_CLIENT_ID");
        qunsetenv("AZURE_CLIENT_SECRET");
    }

    void redactedPreviewAndExports()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.openSample();
        window.show();
        RecordPage* page = window.currentPage();
        const QString id = page->record()->id.toQString();
        auto treeText = [&] {
            QString text;
            const QModelIndex root = page->model()->index(0, 0);
            for (int row = 0; row < page->model()->rowCount(root); ++row)
                text += page->model()->index(row, 0, root).data().toString() + u'\n';
            return text;
        };
        QVERIFY(treeText().contains(u"Abbie Wilkins"_s));

        // The preview shows exactly the redacted data; the original stays for the way back,
        // and the selected node stays selected.
        page->selectFirstStream();
        const NodePath selected = page->currentNode().path();
        QCOMPARE(selected.kind, NodePath::Kind::Stream);
        window.setRedactedPreview(true);
        QCOMPARE(page->currentNode().path(), selected);
        QCOMPARE(page->currentNode().record, page->record().get());
        QVERIFY(page->isRedacted());
        QVERIFY2(!treeText().contains(u"Abbie Wilkins"_s), qPrintable(treeText()));
        QVERIFY(treeText().contains(u"Participant"_s));
        QCOMPARE(page->record()->id.toQString(), id);
        QVERIFY(page->originalRecord() != page->record());
        window.setRedactedPreview(false);
        QVERIFY(treeText().contains(u"Abbie Wilkins"_s));
        QCOMPARE(page->currentNode().path(), selected);

        // File → Export writes every format; a redacted Markdown export has no names.
        QTemporaryDir dir;
        for (const QString& format : { u"png"_s, u"pdf"_s, u"csv"_s, u"json"_s, u"md"_s }) {
            const QString path = dir.filePath(u"export."_s + format);
            QCOMPARE(window.exportTo(path, format, u"window"_s, format == u"md"), QString());
            QVERIFY2(QFileInfo(path).size() > 100, qPrintable(format));
        }
        QFile md(dir.filePath(u"export.md"_s));
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QByteArray markdown = md.readAll();
        QVERIFY(markdown.contains(id.toUtf8()));
        QVERIFY(!markdown.contains("Abbie Wilkins"));
        QVERIFY(!window.isRedactedPreview()); // the export did not leave the preview on
        const QImage png(dir.filePath(u"export.png"_s));
        QCOMPARE(png.pixelColor(2, 2), QColor(0x1f, 0x29, 0x37)); // header band

        // Clipboard: the picture with its band.
        QApplication::clipboard()->clear();
        QMetaObject::invokeMethod(&window, "copyImage");
        const QImage copied = QApplication::clipboard()->image();
        if (!copied.isNull()) // the offscreen platform may not keep images
            QCOMPARE(copied.pixelColor(2, 2), QColor(0x1f, 0x29, 0x37));
    }

    void redactedExportLeavesTheWindowAlone()
    {
        // A redacted picture taken while the preview is off is rendered from the documents,
        // offscreen: no tab is redacted, re-classified or reset, and every selection stays.
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        window.openSample();
        QTemporaryDir dir;
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ anotherCall(dir) }); }));
        QCOMPARE(window.tabs()->count(), 2);
        std::vector<RecordPage*> pages;
        std::vector<NodeRef> selected;
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        std::vector<std::unique_ptr<QSignalSpy>> changes;
        std::vector<std::shared_ptr<const RecordClassification>> classifications;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            auto* page = qobject_cast<RecordPage*>(window.tabs()->widget(i));
            QVERIFY(page);
            window.tabs()->setCurrentIndex(i);
            page->selectFirstStream();
            QCOMPARE(page->currentNode().kind, NodeRef::Kind::Stream);
            pages.push_back(page);
            selected.push_back(page->currentNode());
            classifications.push_back(page->model()->sharedClassification());
            resets.push_back(std::make_unique<QSignalSpy>(page->model(), &QAbstractItemModel::modelReset));
            changes.push_back(std::make_unique<QSignalSpy>(page->model(), &QAbstractItemModel::dataChanged));
        }
        for (const QString& view : { u"window"_s, u"tree"_s, u"charts"_s, u"timeline"_s }) {
            const QString path = dir.filePath(view + u".png"_s);
            QCOMPARE(window.exportTo(path, u"png"_s, view, true), QString());
            QVERIFY(QImage(path).width() > 100);
        }
        QVERIFY(!window.isRedactedPreview());
        for (size_t i = 0; i < pages.size(); ++i) {
            QCOMPARE(resets[i]->count(), 0);
            QCOMPARE(changes[i]->count(), 0);
            QCOMPARE(pages[i]->model()->sharedClassification(), classifications[i]);
            QVERIFY(!pages[i]->isRedacted());
            const NodeRef now = pages[i]->currentNode();
            QCOMPARE(now.kind, selected[i].kind);
            QCOMPARE(now.stream, selected[i].stream);
        }
    }

    void secretsStayOutOfTheSettingsFile()
    {
        GraphSettings graph;
        graph.tenantId = u"contoso.onmicrosoft.com"_s;
        graph.clientId = u"client-7"_s;
        graph.clientSecret = u"never-in-settings-9d2f"_s;
        graph.certificatePassword = u"never-either-41aa"_s;
        graph.cloud = Cloud::UsGovL5;
        {
            QSettings settings;
            saveGraphSettings(settings, graph);
        }
        QSettings settings;
        const GraphSettings loaded = loadGraphSettings(settings);
        QCOMPARE(loaded.tenantId, graph.tenantId);
        QCOMPARE(loaded.cloud, Cloud::UsGovL5);
        QCOMPARE(loaded.graphUrl, QUrl(u"https://dod-graph.microsoft.us"_s));
        QVERIFY(loaded.clientSecret.isEmpty());
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("client-7"));
        QVERIFY(!content.contains("never-in-settings"));
        QVERIFY(!content.contains("never-either"));

        // A hand-edited file cannot lower the rules: plain http to a remote host is ignored.
        settings.setValue(u"graph/cloud"_s, u"custom"_s);
        settings.setValue(u"graph/graphUrl"_s, u"http://graph.example.com"_s);
        settings.setValue(u"graph/timeoutSeconds"_s, u"banana"_s);
        const GraphSettings guarded = loadGraphSettings(settings);
        QCOMPARE(guarded.graphUrl, QUrl(u"https://graph.microsoft.com"_s));
        QCOMPARE(guarded.timeoutSeconds, 30);
    }

    void credentialStoreRoundTrip()
    {
        // With a system keychain the value goes there; without one (as on a CI machine) it is
        // kept for this run. Either way it reads back and the store says which.
        const QString key = CredentialStore::key(u"tenant-test"_s, u"client-test"_s, u"secret"_s);
        CredentialStore store;
        bool written = false;
        QString writeError;
        store.write(key, u"value-123"_s, [&](const QString& error) {
            writeError = error;
            written = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
        CredentialStore other;
        QString read;
        bool done = false;
        other.read(key, [&](const QString& value) {
            read = value;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(read, u"value-123"_s);
        QVERIFY(!store.storageNote().isEmpty());
        bool removed = false;
        store.write(key, QString(), [&](const QString&) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    }

    void missingCredentialsExplainWhatToSet()
    {
        qunsetenv("AZURE_TENANT_ID");
        qunsetenv("AZURE_CLIENT_ID");
        qunsetenv("AZURE_CLIENT_SECRET");
        MainWindow window;
        window.graph()->setUrlOverrides(u"http://127.0.0.1:9"_s, u"http://127.0.0.1:9"_s);
        // The settings dialog opens modally; close it as soon as it shows.
        QTimer::singleShot(0, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        QTimer::singleShot(200, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openCallId(u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!window.banner()->text().isEmpty(), 5000);
        QVERIFY2(window.banner()->text().contains(u"AZURE_TENANT_ID"_s), qPrintable(window.banner()->text()));
        QCOMPARE(window.tabs()->count(), 0);
    }

    // --- Robustness: many files, loads interrupted, unusable settings ---------------------

    void dropFolderEmptyFileAndFiftyRecords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"a folder"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString empty = dir.filePath(u"empty.json"_s);
        QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
        QStringList paths { folder, empty };
        for (int i = 0; i < 50; ++i) {
            const QString path = dir.filePath(u"record-%1.json"_s.arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(generateRecord(path, 1, i + 1));
            paths.append(path);
        }

        MainWindow window;
        window.show();
        // A heartbeat measures how long the event loop is blocked at a time.
        QElapsedTimer sinceBeat;
        qint64 longestGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, &window, [&] { longestGap = std::max(longestGap, sinceBeat.restart()); });
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        QElapsedTimer timer;
        timer.start();
        sinceBeat.start();
        heartbeat.start();
        drop(&window, paths);
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        const qint64 ms = timer.elapsed();
        heartbeat.stop();
        qInfo("50 records, a folder and an empty file: %lld ms, event loop blocked %lld ms at most", ms, longestGap);
        QVERIFY2(ms < 60000, qPrintable(u"took %1 ms"_s.arg(ms)));

        // Every record has its tab; the two bad entries are named in the banner.
        QCOMPARE(window.tabs()->count(), 50);
        QSet<QString> ids;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            auto* page = qobject_cast<RecordPage*>(window.tabs()->widget(i));
            QVERIFY(page && page->record());
            QCOMPARE(page->sourceFiles().size(), 1);
            ids.insert(page->record()->id.toQString());
        }
        QCOMPARE(ids.size(), 50);
        const QString banner = window.banner()->text();
        QVERIFY2(banner.contains(QDir::toNativeSeparators(folder) + u": this is a folder, not a file"_s),
            qPrintable(banner));
        QVERIFY2(banner.contains(u"empty.json: the file is empty"_s), qPrintable(banner));
        // Still usable: the last tab shows its record, and closing them all works.
        window.updateDetailPanesNow();
        while (window.tabs()->count() > 0)
            window.closeCurrentTab();
        QVERIFY(!window.isLoading());
    }

    void closeTabWhileItReloads()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.json"_s);
        QVERIFY(generateRecord(big, 3000));
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ big }); }));
        QCOMPARE(window.tabs()->count(), 1);

        QSignalSpy finished(&window, &MainWindow::loadFinished);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.isLoading());
        window.closeCurrentTab(); // the tab the reload was going to replace
        QCOMPARE(window.tabs()->count(), 0);
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QVERIFY(!window.isLoading());
        // The closed tab stays closed: the finished reload has nowhere to go and is dropped.
        QCOMPARE(window.tabs()->count(), 0);
        // Every tab holds a live record and the window works.
        for (int i = 0; i < window.tabs()->count(); ++i) {
            auto* page = qobject_cast<RecordPage*>(window.tabs()->widget(i));
            QVERIFY(page && page->record());
        }
        window.updateDetailPanesNow();
        const int before = window.tabs()->count();
        QVERIFY(loadAndWait(window, [&] { window.openFiles({ kFull }); }));
        QCOMPARE(window.tabs()->count(), before + 1);
        QCOMPARE(window.currentPage()->record()->id.toQString(), u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s);
    }

    void quitWhileLoading()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(u"big.json"_s);
        QVERIFY(generateRecord(big, 3000));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openFiles({ big });
        window.openFiles({ kFull }); // queued behind the first
        QVERIFY(window.isLoading());
        QVERIFY(!QSettings().contains(u"window/geometry"_s));

        QVERIFY(window.close()); // File → Quit
        QVERIFY(!window.isVisible());
        QSettings settings;
        QCOMPARE(settings.value(u"window/geometry"_s).typeId(), int(QMetaType::QByteArray));
        QCOMPARE(settings.value(u"window/state"_s).typeId(), int(QMetaType::QByteArray));
        QCOMPARE(settings.value(u"quality/profile"_s).toString(), window.profile().name);

        // The running load is cancelled and the queued one never starts.
        QVERIFY(finished.count() > 0 || finished.wait(60000));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!window.isLoading());
        QCOMPARE(window.tabs()->count(), 0);
    }

    void readOnlyConfigFolder()
    {
        // A folder where nothing can be created. Permission bits do not stop root (tests may run
        // as root in a container); sysfs refuses new files even to root.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString folder = dir.filePath(u"config"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder,
            QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const auto canCreateIn = [](const QString& path) {
            QFile probe(path + u"/probe"_s);
            if (!probe.open(QIODevice::WriteOnly))
                return false;
            probe.remove();
            return true;
        };
        if (canCreateIn(folder)) {
            folder = u"/sys/crv-config"_s;
            if (!QFileInfo(u"/sys"_s).isDir() || QDir().mkpath(folder) || canCreateIn(u"/sys"_s))
                QSKIP("no folder here refuses new files");
        }
        const auto restore = qScopeGuard([this, &dir] {
            QFile::setPermissions(
                dir.filePath(u"config"_s), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
            QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        });
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);

        {
            MainWindow window;
            window.show();
            window.openSample();
            QTemporaryDir calls;
            QVERIFY(loadAndWait(window, [&] { window.openFiles({ anotherCall(calls) }); })); // writes Open Recent
            QCOMPARE(window.tabs()->count(), 2);
            QVERIFY(window.close()); // writes the layout
        }
        QSettings settings;
        settings.sync();
        QVERIFY(settings.fileName().startsWith(folder));
        QVERIFY(!QFileInfo::exists(settings.fileName()));
        QCOMPARE(settings.status(), QSettings::AccessError);
        {
            // A second window in the same run still works.
            MainWindow window;
            QVERIFY(loadAndWait(window, [&] { window.openFiles({ kFull }); }));
            QCOMPARE(window.tabs()->count(), 1);
        }
    }

    void aboutBox()
    {
        // Help → About: version, Qt at run time and build time, where the data comes from, the
        // licence, and the application icon.
        const QString text = AboutBox::text();
        QVERIFY2(text.contains(QStringLiteral(CRV_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
        QVERIFY2(text.contains(u"CallRecords.Read.All"_s), qPrintable(text));
        QVERIFY2(text.contains(u"MIT"_s), qPrintable(text));
        QCOMPARE(AboutBox::applicationIcon().availableSizes().size(), 7);

        MainWindow window;
        QAction* about = nullptr;
        const auto actions = window.findChildren<QAction*>();
        for (QAction* action : actions) {
            if (action->text() == u"&About Call Record Viewer")
                about = action;
        }
        QVERIFY(about);
        QString shown;
        bool hasIcon = false;
        QTimer::singleShot(0, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                shown = box->text();
                hasIcon = !box->iconPixmap().isNull();
                box->accept();
            }
        });
        QTimer::singleShot(2000, [] { // never left hanging
            if (QWidget* modal = QApplication::activeModalWidget())
                modal->close();
        });
        about->trigger();
        QCOMPARE(shown, text);
        QVERIFY(hasIcon);
    }

    void settingsLanguageOverridesTheEnvironment()
    {
        // Settings → Language lists the system's choice, English and every embedded catalogue;
        // picking one is remembered and, at the next start, translates the viewer's texts and
        // Qt's standard buttons (qtbase) and sets the number format.
        MainWindow window;
        QMenu* languages = nullptr;
        const auto menus = window.findChildren<QMenu*>();
        for (QMenu* menu : menus) {
            if (menu->title() == u"&Language" && menu->parentWidget()
                && static_cast<QMenu*>(menu->parentWidget())->title() == u"&Settings")
                languages = menu;
        }
        QVERIFY(languages);
        QStringList names;
        QAction* portuguese = nullptr;
        for (QAction* action : languages->actions()) {
            names << action->text();
            if (action->data().toString() == u"pt_BR")
                portuguese = action;
        }
        QVERIFY2(names.size() == 3 && names[0].startsWith(u"System language (") && names[1] == u"English",
            qPrintable(names.join(u" | ")));
        QVERIFY(languages->actions().at(0)->isChecked()); // nothing chosen yet
        QVERIFY(portuguese);
        QCOMPARE(portuguese->text(), u"Português (Brasil)"_s);
        QCOMPARE(Translations::chosen(), QString());

        portuguese->trigger();
        QCOMPARE(QSettings().value(u"language"_s).toString(), u"pt_BR"_s);
        QCOMPARE(Translations::chosen(), u"pt_BR"_s);

        // Numbers follow the environment's regional format; only without one (the C locale,
        // as under ctest with LANG unset) does the chosen language set it.
        const bool regional = QLocale::system().language() != QLocale::C;
        const auto expectedNumber = [regional](const char* language) {
            return (regional ? QLocale::system() : QLocale(QString::fromLatin1(language))).toString(25.5, 'f', 1);
        };
        const QLocale before;
        const auto restoreLocale = qScopeGuard([&] { QLocale::setDefault(before); });
        {
            Translations next; // what the window does at the next start
            next.load(Translations::Source::SettingsThenEnvironment);
            next.install();
            QCOMPARE(next.language(), u"pt_BR"_s);
            QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings"), u"&Configurações"_s);
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancelar"_s);
            QCOMPARE(QLocale().toString(25.5, 'f', 1), expectedNumber("pt_BR"));
        } // the translators leave the application with `next`
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings"), u"&Settings"_s);
        {
            Translations commandLine; // the command line ignores the window's choice
            commandLine.load(Translations::Source::Environment);
            QCOMPARE(commandLine.language(), Translations::fromEnvironment());
        }
        // Reloading replaces the catalogues.
        Translations reloaded;
        reloaded.load(Translations::Source::SettingsThenEnvironment);
        reloaded.install();
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings"), u"&Configurações"_s);
        Translations::choose(u"en"_s);
        reloaded.load(Translations::Source::SettingsThenEnvironment);
        reloaded.install();
        QCOMPARE(reloaded.language(), u"en"_s);
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings"), u"&Settings"_s);
        QLocale::setDefault(before);
        Translations english;
        english.load(Translations::Source::SettingsThenEnvironment);
        QCOMPARE(QLocale().toString(25.5, 'f', 1), expectedNumber("en"));

        // A hand-edited value names the language loosely; an unknown one means the environment's.
        for (const auto& [written, meant] : { std::pair { u"pt-br"_s, u"pt_BR"_s }, std::pair { u"pt"_s, u"pt_BR"_s },
                 std::pair { u"PT_BR.UTF-8"_s, u"pt_BR"_s }, std::pair { u"en_GB"_s, u"en"_s },
                 std::pair { u"xx"_s, QString() } }) {
            QSettings().setValue(u"language"_s, written);
            QCOMPARE(Translations::chosen(), meant);
        }
    }

    void portugueseTextFits()
    {
        // Portuguese runs about a third longer than English. With the pt_BR catalogues
        // installed, the window and every dialog is laid out and shown, and no label or button
        // is narrower than its text, and every dialog fits the screen the tests run on. Set
        // CRV_SCREENSHOT_DIR to keep a picture of each for a look.
        Translations::choose(u"pt_BR"_s);
        const QLocale before;
        const auto restore = qScopeGuard([&] {
            QLocale::setDefault(before);
            Translations::choose(QString());
        });
        Translations portuguese;
        portuguese.load(Translations::Source::SettingsThenEnvironment);
        portuguese.install();
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Settings"), u"&Configurações"_s);

        MainWindow window;
        window.resize(1280, 800);
        window.openFiles({ QStringLiteral(CRV_SOURCE_DIR "/resources/samples/seed-full-example.json") });
        QTRY_COMPARE(window.tabs()->count(), 1);
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<ExportDialog>());
        dialogs.push_back(std::make_unique<OpenCallDialog>());
        dialogs.push_back(std::make_unique<FindCallsDialog>());
        dialogs.push_back(std::make_unique<GraphSettingsDialog>());

        const QSize screen = QGuiApplication::primaryScreen()->availableSize();
        const auto check = [&](QWidget* top, const QString& name) {
            top->show();
            QVERIFY(QTest::qWaitForWindowExposed(top));
            QStringList cut;
            const auto labels = top->findChildren<QLabel*>();
            for (const QLabel* label : labels) {
                if (label->isVisible() && !label->wordWrap() && label->pixmap().isNull()
                    && label->width() < label->sizeHint().width())
                    cut << label->text();
            }
            const auto buttons = top->findChildren<QAbstractButton*>();
            for (const QAbstractButton* button : buttons) {
                if (button->isVisible() && !button->text().isEmpty() && button->width() < button->sizeHint().width())
                    cut << button->text();
            }
            QVERIFY2(cut.isEmpty(), qPrintable(name + u": cut off: "_s + cut.join(u" | ")));
            const int widest = std::max(screen.width(), 1280); // a common laptop screen
            QVERIFY2(top->width() <= widest && top->minimumSizeHint().width() <= widest,
                qPrintable(
                    name + u" is %1 pixels wide, %2 at least"_s.arg(top->width()).arg(top->minimumSizeHint().width())));
            const QString folder = qEnvironmentVariable("CRV_SCREENSHOT_DIR");
            if (!folder.isEmpty())
                top->grab().save(folder + u'/' + name + u"-pt_BR.png"_s);
        };
        check(&window, u"window"_s);
        for (const auto& dialog : dialogs)
            check(dialog.get(), QString::fromLatin1(dialog->metaObject()->className()));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
