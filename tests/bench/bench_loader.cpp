// In-process loader timing: read + parse + domain values, best of N runs, and peak RSS.
//   bench_loader FILE [RUNS]
#include "record/loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_loader FILE [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    double best = 1e300;
    qsizetype sessions = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = loadCallRecordFile(path);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(result.error));
            return 1;
        }
        sessions = qsizetype(result.records.front()->sessions.size());
        best = std::min(best, ms);
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf(
        "load_ms=%.1f sessions=%lld peak_rss_kb=%ld\n", best, static_cast<long long>(sessions), usage.ru_maxrss);
    return 0;
}
