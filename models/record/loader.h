#pragma once

#include "callrecord.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

/// Files above this size are refused before reading them.
inline constexpr qint64 kMaxRecordFileSize = qint64(1) << 30;

struct LoadOptions {
    /// Called now and then with bytes parsed so far and total bytes; may be called from the
    /// loading thread.
    std::function<void(qint64 done, qint64 total)> progress;
    /// Set to true from any thread to stop a load; the result then has `cancelled` set.
    const std::atomic_bool* cancel = nullptr;
};

struct LoadResult {
    std::vector<CallRecordPtr> records;
    /// Why nothing was loaded: names the file, what is wrong and where (line:column).
    QString error;
    bool cancelled = false;
    /// When the input was a Graph change notification rather than a record: the ids of the
    /// call records it announces (they can be opened from Graph).
    QStringList announcedCallIds;

    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Loads call records from saved JSON. Accepted shapes: a bare callRecord, a Graph response
/// with @odata annotations, a sessions page {"value":[session...]} (alone, or merged into its
/// record when both are given), a list {"value":[callRecord...]}, or a JSON array of any of
/// these; property names in any letter case; UTF-8 (with or without BOM) or UTF-16 with BOM.
/// Several files are loaded together so that sessions pages merge into their records.
/// Never throws; bad input gives `error`.
LoadResult loadCallRecordFiles(const QStringList& paths, const LoadOptions& options = {});
LoadResult loadCallRecordFile(const QString& path, const LoadOptions& options = {});
/// Same for bytes already in memory (Graph responses, tests). `sourceName` is used in messages.
LoadResult loadCallRecordBytes(std::string bytes, const QString& sourceName, const LoadOptions& options = {});
/// What an in-memory document is, when the caller knows (a Graph client does); Auto decides
/// from the content and its @odata.context.
enum class DocumentKind { Auto, SessionsPage, ParticipantsPage };

struct InputDocument {
    std::string bytes;
    QString name; ///< used in messages
    DocumentKind kind = DocumentKind::Auto;
    QString recordId; ///< the record a page belongs to, when its @odata.context does not say
};

/// Several in-memory documents that belong together (a record, its sessions pages and its
/// participants_v2 pages).
LoadResult loadCallRecordDocuments(std::vector<InputDocument> documents, const LoadOptions& options = {});
LoadResult loadCallRecordDocuments(
    std::vector<std::pair<std::string, QString>> documents, const LoadOptions& options = {});
