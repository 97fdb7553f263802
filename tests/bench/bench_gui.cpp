// Main-window benchmark (offscreen): open a record and measure what a user feels.
//   bench_gui FILE [FILTER_TEXT]   (default: user42@, a participant of generated records)
// Prints: time from "open" to the first painted tree, the longest stall of the GUI thread
// while loading (a 2 ms heartbeat timer), the filter time after typing stops (the typing pause
// included), and the average time to paint one page while scrolling.
#include "chartsview.h"
#include "mainwindow.h"
#include "recordpage.h"
#include "tree/recordfilterproxy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {
/// Waits for the next paint of `widget` and returns when it happened (ms on `clock`).
class PaintWatcher : public QObject {
public:
    explicit PaintWatcher(QWidget* widget) { widget->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};

void waitFor(const std::function<bool()>& condition)
{
    QElapsedTimer timeout;
    timeout.start();
    while (!condition() && timeout.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CallRecordViewerBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui FILE [FILTER_TEXT]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString needle = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("user42@");

    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QCoreApplication::processEvents();

    // Heartbeat: the longest gap between ticks is the longest time the GUI thread was busy.
    QElapsedTimer clock;
    qint64 lastTick = 0;
    qint64 longestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(2);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
    });

    clock.start();
    heartbeat.start();
    window.openFiles({ path });
    waitFor([&] { return window.tabs()->count() > 0 || (!window.isLoading() && clock.elapsed() > 100); });
    auto* page = qobject_cast<RecordPage*>(window.tabs()->currentWidget());
    if (!page) {
        std::fprintf(stderr, "the record did not open\n");
        return 1;
    }
    PaintWatcher firstPaint(page->treeView()->viewport());
    waitFor([&] { return firstPaint.painted; });
    const qint64 openMs = clock.elapsed();
    heartbeat.stop();
    const qint64 loadStall = std::max(longestStall, clock.elapsed() - lastTick);

    // Filter: what the user waits for after the last key is the typing pause plus the work.
    QElapsedTimer filterClock;
    const int before = page->proxy()->rowCount(page->proxy()->index(0, 0));
    // Count paints from now on; the one that matters comes after the filter has run.
    int paints = 0;
    class PaintCounter : public QObject {
    public:
        int* count;
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Paint)
                ++*count;
            return false;
        }
    } counter;
    counter.count = &paints;
    page->treeView()->viewport()->installEventFilter(&counter);
    page->filterEdit()->setText(needle); // "typing stops" here
    filterClock.start();
    waitFor([&] {
        return page->proxy()->rowCount() == 0 || page->proxy()->rowCount(page->proxy()->index(0, 0)) != before;
    });
    const int paintsBeforeResult = paints;
    page->treeView()->viewport()->update();
    waitFor([&] { return paints > paintsBeforeResult; });
    const qint64 filterMs = filterClock.elapsed();
    const int matches = page->proxy()->rowCount(page->proxy()->index(0, 0));
    page->filterEdit()->clear();
    page->applyFilterNow();
    QCoreApplication::processEvents();

    // Scrolling: page down through the sessions, one paint each.
    QScrollBar* bar = page->treeView()->verticalScrollBar();
    QElapsedTimer scrollClock;
    scrollClock.start();
    int pages = 0;
    for (; pages < 50 && bar->value() < bar->maximum(); ++pages) {
        PaintWatcher scrolled(page->treeView()->viewport());
        bar->setValue(bar->value() + bar->pageStep());
        waitFor([&] { return scrolled.painted; });
    }
    const double perPage = pages > 0 ? double(scrollClock.elapsed()) / pages : 0.0;

    // Charts of the whole call (the worst N of all streams), built and painted.
    QElapsedTimer chartsClock;
    chartsClock.start();
    ChartsView chartsView;
    chartsView.setAttribute(Qt::WA_DontShowOnScreen);
    chartsView.setDocument(page->document());
    chartsView.prepareForPicture();
    chartsView.resize(1400, 450);
    const QPixmap charts = chartsView.grab();
    const qint64 chartsMs = chartsClock.elapsed();

    std::printf("open_to_first_paint_ms=%lld longest_gui_stall_ms=%lld filter_after_typing_ms=%lld "
                "filter_matches=%d scroll_ms_per_page=%.1f charts_ms=%lld nodes=%d\n",
        static_cast<long long>(openMs), static_cast<long long>(loadStall), static_cast<long long>(filterMs), matches,
        perPage, static_cast<long long>(chartsMs), page->model()->nodeCount());
    return 0;
}
