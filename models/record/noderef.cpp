#include "noderef.h"

NodePath NodePath::parent() const
{
    NodePath up = *this;
    switch (kind) {
    case Kind::Stream:
        up.kind = Kind::Media;
        up.stream = -1;
        break;
    case Kind::Media:
        up.kind = Kind::Segment;
        up.media = -1;
        break;
    case Kind::Segment:
        up.kind = Kind::Session;
        up.segment = -1;
        break;
    case Kind::Session:
        up.kind = Kind::Record;
        up.session = -1;
        break;
    case Kind::Record:
    case Kind::None:
        return {};
    }
    return up;
}

Text NodeRef::sourceJson() const
{
    switch (kind) {
    case Kind::Record:
        return record->source.json;
    case Kind::Session:
        return session->source.json;
    case Kind::Segment:
        return segment->source.json;
    case Kind::Media:
        return media->source.json;
    case Kind::Stream:
        return stream->source.json;
    case Kind::None:
        break;
    }
    return {};
}

NodePath NodeRef::path() const
{
    return { kind, sessionNumber - 1, segmentNumber - 1, mediaNumber - 1, streamNumber - 1 };
}

const void* NodeRef::item() const
{
    switch (kind) {
    case Kind::Record:
        return record;
    case Kind::Session:
        return session;
    case Kind::Segment:
        return segment;
    case Kind::Media:
        return media;
    case Kind::Stream:
        return stream;
    case Kind::None:
        break;
    }
    return nullptr;
}

namespace {
template <typename T>
int indexIn(const std::vector<T>& items, const T* item)
{
    if (!item || items.empty() || item < items.data() || item >= items.data() + items.size())
        return -1;
    return int(item - items.data());
}
} // namespace

NodeRef resolve(const CallRecord& record, const NodePath& path)
{
    NodeRef ref;
    if (path.kind == NodePath::Kind::None)
        return ref;
    ref.record = &record;
    ref.kind = NodePath::Kind::Record;
    const auto done = [&](NodePath::Kind level) { return path.kind == level; };
    if (done(NodePath::Kind::Record))
        return ref;
    if (path.session < 0 || size_t(path.session) >= record.sessions.size())
        return {};
    ref.session = &record.sessions[size_t(path.session)];
    ref.sessionNumber = path.session + 1;
    ref.kind = NodePath::Kind::Session;
    if (done(NodePath::Kind::Session))
        return ref;
    if (path.segment < 0 || size_t(path.segment) >= ref.session->segments.size())
        return {};
    ref.segment = &ref.session->segments[size_t(path.segment)];
    ref.segmentNumber = path.segment + 1;
    ref.kind = NodePath::Kind::Segment;
    if (done(NodePath::Kind::Segment))
        return ref;
    if (path.media < 0 || size_t(path.media) >= ref.segment->media.size())
        return {};
    ref.media = &ref.segment->media[size_t(path.media)];
    ref.mediaNumber = path.media + 1;
    ref.kind = NodePath::Kind::Media;
    if (done(NodePath::Kind::Media))
        return ref;
    if (path.stream < 0 || size_t(path.stream) >= ref.media->streams.size())
        return {};
    ref.stream = &ref.media->streams[size_t(path.stream)];
    ref.streamNumber = path.stream + 1;
    ref.kind = NodePath::Kind::Stream;
    return ref;
}

NodePath pathOf(const CallRecord& record, const Session* session, const Segment* segment, const Media* media,
    const MediaStream* stream)
{
    NodePath path = NodePath::record();
    if (!session)
        return path;
    path.session = indexIn(record.sessions, session);
    if (path.session < 0)
        return {};
    path.kind = NodePath::Kind::Session;
    if (!segment)
        return path;
    path.segment = indexIn(session->segments, segment);
    if (path.segment < 0)
        return {};
    path.kind = NodePath::Kind::Segment;
    if (!media)
        return path;
    path.media = indexIn(segment->media, media);
    if (path.media < 0)
        return {};
    path.kind = NodePath::Kind::Media;
    if (!stream)
        return path;
    path.stream = indexIn(media->streams, stream);
    if (path.stream < 0)
        return {};
    path.kind = NodePath::Kind::Stream;
    return path;
}
