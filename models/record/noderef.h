#pragma once

#include "callrecord.h"

#include <compare>

/// Where a node is in a record, by position: the session, segment, media and stream numbers
/// (0-based; -1 below the node's level). A path means the same node in a record and in its
/// redacted copy (same shape), so a selection survives the redacted preview and reloads.
struct NodePath {
    enum class Kind { None, Record, Session, Segment, Media, Stream };
    Kind kind = Kind::None;
    int session = -1;
    int segment = -1;
    int media = -1;
    int stream = -1;

    static NodePath record() { return { Kind::Record }; }
    bool isNull() const { return kind == Kind::None; }
    /// The path one level up (a stream's media, a session's record); the record's is null.
    NodePath parent() const;
    friend bool operator==(const NodePath&, const NodePath&) = default;
};

/// The path from a record down to one node; pointers below the node's level are null.
struct NodeRef {
    using Kind = NodePath::Kind;
    Kind kind = Kind::None;
    const CallRecord* record = nullptr;
    const Session* session = nullptr;
    const Segment* segment = nullptr;
    const Media* media = nullptr;
    const MediaStream* stream = nullptr;
    int sessionNumber = 0; // 1-based, as shown
    int segmentNumber = 0;
    int mediaNumber = 0;
    int streamNumber = 0;

    /// The node's original JSON (from the file), or a null Text.
    Text sourceJson() const;
    /// The node's position, valid in every copy of the record.
    NodePath path() const;
    /// The record object itself (record, session, segment, media or stream), or null.
    const void* item() const;
};

/// The node at `path` in `record`; a null NodeRef when the record has no such node.
NodeRef resolve(const CallRecord& record, const NodePath& path);
/// The path of a node given by its pointers (null below its level), as findings and charts
/// hold them; a null path when they are not nodes of `record`.
NodePath pathOf(const CallRecord& record, const Session* session, const Segment* segment = nullptr,
    const Media* media = nullptr, const MediaStream* stream = nullptr);

/// One stream of a record with everything above it: what every "for each stream" needs.
struct StreamPlace {
    const Session& session;
    const Segment& segment;
    const Media& media;
    const MediaStream& stream;
    int sessionIndex; // 0-based
    int segmentIndex;
    int mediaIndex;
    int streamIndex;

    NodePath path() const { return { NodePath::Kind::Stream, sessionIndex, segmentIndex, mediaIndex, streamIndex }; }
};

/// One media of a record with everything above it.
struct MediaPlace {
    const Session& session;
    const Segment& segment;
    const Media& media;
    int sessionIndex;
    int segmentIndex;
    int mediaIndex;
};

/// Calls `visit(const MediaPlace&)` for every media below `scope` (the whole record for a
/// record or null scope), in record order.
template <typename Visit>
void forEachMedia(const CallRecord& record, const NodePath& scope, Visit&& visit)
{
    const auto& sessions = record.sessions;
    const bool all = scope.kind == NodePath::Kind::None || scope.kind == NodePath::Kind::Record;
    const int firstSession = all ? 0 : scope.session;
    const int lastSession = all ? int(sessions.size()) - 1 : scope.session;
    for (int s = std::max(0, firstSession); s <= lastSession && s < int(sessions.size()); ++s) {
        const Session& session = sessions[size_t(s)];
        const bool allSegments = all || scope.segment < 0;
        for (int g = allSegments ? 0 : scope.segment; g < int(session.segments.size()); ++g) {
            const Segment& segment = session.segments[size_t(g)];
            const bool allMedia = allSegments || scope.media < 0;
            for (int m = allMedia ? 0 : scope.media; m < int(segment.media.size()); ++m) {
                visit(MediaPlace { session, segment, segment.media[size_t(m)], s, g, m });
                if (!allMedia)
                    break;
            }
            if (!allSegments)
                break;
        }
    }
}

/// Calls `visit(const StreamPlace&)` for every stream below `scope` (a stream scope means its
/// media's streams), in record order.
template <typename Visit>
void forEachStream(const CallRecord& record, const NodePath& scope, Visit&& visit)
{
    forEachMedia(record, scope, [&](const MediaPlace& m) {
        for (size_t i = 0; i < m.media.streams.size(); ++i)
            visit(StreamPlace { m.session, m.segment, m.media, m.media.streams[i], m.sessionIndex, m.segmentIndex,
                m.mediaIndex, int(i) });
    });
}

/// Every stream of the record.
template <typename Visit>
void forEachStream(const CallRecord& record, Visit&& visit)
{
    forEachStream(record, NodePath::record(), std::forward<Visit>(visit));
}
