#pragma once

#include "document/recorddocument.h"
#include "record/loader.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

/// What to load: files, or documents fetched from Microsoft Graph, into new tabs or into the
/// document they reload.
struct LoadJob {
    QStringList paths;
    std::shared_ptr<std::vector<InputDocument>> documents; ///< instead of paths: Graph pages
    QString callId; ///< the call the documents are
    QString graphService; ///< the Graph service they came from
    QPointer<RecordDocument> target; ///< the document this reloads
    bool reload = false; ///< a target was given: if it closes meanwhile, the result is dropped
};

/// One record of a finished load, judged on the loading thread.
struct LoadedRecord {
    DocumentViewPtr analysed;
    QStringList sources; ///< the job's files it came from
};

/// Loads records one job at a time on a pool thread — read, parse, classify — and hands them
/// back on the GUI thread. One bad file among several does not stop the others. Progress goes
/// through atomics read by whoever shows it: no cross-thread calls.
class LoadQueue : public QObject {
    Q_OBJECT
public:
    explicit LoadQueue(QObject* parent = nullptr);
    ~LoadQueue() override;

    /// The profile the records are judged with, asked when a job starts.
    void setProfileSource(std::function<QualityProfile()> profile) { m_profile = std::move(profile); }
    void enqueue(LoadJob job);
    /// Stops the running job at its next check and drops the queued ones.
    void cancel();
    bool isLoading() const { return m_loading; }
    /// Of the running job: 0 to 1, or -1 while the size is not known.
    double progress() const;

signals:
    /// A job starts: what it is, for the status bar.
    void started(const QString& text);
    /// A job ended. `error` names every file that failed; `cancelled` when it was stopped;
    /// `announcedCallIds` the calls a change notification among the files announces.
    void finished(const LoadJob& job, const std::vector<LoadedRecord>& records, const QString& error, bool cancelled,
        const QStringList& announcedCallIds);

private:
    struct Progress {
        std::atomic<qint64> done { 0 };
        std::atomic<qint64> total { 0 };
    };
    struct Result {
        LoadResult result;
        std::vector<LoadedRecord> records;
    };
    void startNext();
    static Result run(
        const LoadJob& job, const QualityProfile& profile, const std::atomic_bool& cancel, Progress& progress);
    /// Judges each loaded record of `out` (classification and findings) into out.records.
    static void judge(const LoadJob& job, const QualityProfile& profile, Result& out);

    QList<LoadJob> m_queue;
    bool m_loading = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Progress> m_progress;
    std::function<QualityProfile()> m_profile;
};
