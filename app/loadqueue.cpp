#include "loadqueue.h"

#include <QCoreApplication>
#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};
} // namespace

LoadQueue::LoadQueue(QObject* parent)
    : QObject(parent)
{
}

LoadQueue::~LoadQueue()
{
    // A load still running stops at its next check; its result is dropped with this queue.
    if (m_cancel)
        *m_cancel = true;
}

void LoadQueue::enqueue(LoadJob job)
{
    m_queue.append(std::move(job));
    startNext();
}

void LoadQueue::cancel()
{
    m_queue.clear();
    if (m_cancel)
        *m_cancel = true;
}

double LoadQueue::progress() const
{
    if (!m_loading || !m_progress || m_progress->total <= 0)
        return -1;
    return double(m_progress->done) / double(m_progress->total);
}

LoadQueue::Result LoadQueue::run(
    const LoadJob& job, const QualityProfile& profile, const std::atomic_bool& cancel, Progress& progress)
{
    LoadOptions options;
    options.cancel = &cancel;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.done = done;
        progress.total = total;
    };
    Result out;
    LoadResult& result = out.result;
    if (job.documents) {
        result = loadCallRecordDocuments(std::move(*job.documents), options);
    } else {
        result = loadCallRecordFiles(job.paths, options);
        if (!result.ok() && !result.cancelled && job.paths.size() > 1) {
            // One bad file among several: open the others, and report every failure.
            LoadResult combined;
            QStringList errors;
            for (const QString& path : job.paths) {
                if (cancel) {
                    combined.cancelled = true;
                    break;
                }
                LoadResult single = loadCallRecordFile(path, options);
                if (single.ok()) {
                    for (auto& record : single.records)
                        combined.records.push_back(std::move(record));
                } else if (!single.cancelled) {
                    errors.append(single.error);
                    combined.announcedCallIds += single.announcedCallIds;
                }
            }
            combined.error = errors.join(u'\n');
            result = std::move(combined);
        }
    }
    // Judged here too: for a big record it takes longer than the GUI may be blocked.
    try {
        judge(job, profile, out);
    } catch (const std::bad_alloc&) {
        out.records.clear();
        out.result.records.clear();
        out.result.error = Tr::tr("There is not enough memory to show this call record: the computer has too "
                                  "little free memory, or the viewer may not use more.");
    }
    return out;
}

void LoadQueue::judge(const LoadJob& job, const QualityProfile& profile, Result& out)
{
    for (const CallRecordPtr& record : out.result.records) {
        LoadedRecord loaded;
        loaded.analysed = analyse(record, profile);
        (void)loaded.analysed->findings(); // written now, not when the Findings pane first asks
        for (const QString& name : std::as_const(record->sourceNames)) {
            if (job.paths.contains(name) || job.paths.contains(QDir::fromNativeSeparators(name)))
                loaded.sources.append(QDir::fromNativeSeparators(name));
        }
        if (loaded.sources.isEmpty())
            loaded.sources = job.paths;
        out.records.push_back(std::move(loaded));
    }
}

void LoadQueue::startNext()
{
    if (m_loading || m_queue.isEmpty())
        return;
    const LoadJob job = m_queue.takeFirst();
    m_loading = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = std::make_shared<Progress>();
    if (job.documents)
        //: %1 the call id, a GUID like e523d2ed-2966-4b6b-925b-754a88034cc5
        emit started(Tr::tr("Reading call %1…").arg(job.callId));
    else if (job.paths.size() == 1)
        //: %1 the path of the file being loaded, e.g. "/home/ana/call.json"
        emit started(Tr::tr("Loading %1…").arg(QDir::toNativeSeparators(job.paths.first())));
    else
        //: %1 the number of files being loaded (more than one), e.g. "4"
        emit started(Tr::tr("Loading %1 files…").arg(job.paths.size()));

    // The continuation runs here, and not at all once this queue is gone.
    auto cancel = m_cancel;
    auto progress = m_progress;
    const QualityProfile profile = m_profile ? m_profile() : QualityProfile::cqdPoorStream();
    QtConcurrent::run([job, profile, cancel, progress] {
        return run(job, profile, *cancel, *progress);
    }).then(this, [this, job](Result result) {
        m_loading = false;
        emit finished(
            job, result.records, result.result.error, result.result.cancelled, result.result.announcedCallIds);
        startNext();
    });
}
