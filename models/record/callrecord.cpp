#include "callrecord.h"

#include <algorithm>
#include <cstring>

void ExtraProperties::set(Text name, Text json)
{
    insert(name, json, true);
}

void ExtraProperties::add(Text name, Text json)
{
    insert(name, json, false);
}

void ExtraProperties::insert(Text name, Text json, bool replace)
{
    // A linear scan is the fastest for the usual zero to a few unknown keys; a hostile object
    // with 100,000 distinct keys would make it quadratic, so longer lists get an index.
    constexpr size_t kScanLimit = 16;
    if (!m_store)
        m_store = std::make_unique<Store>();
    auto& items = m_store->items;
    auto& index = m_store->index;
    if (index.empty()) {
        for (auto& property : items) {
            if (property.name == name) {
                if (replace)
                    property.json = json;
                return;
            }
        }
        items.push_back({ name, json });
        if (items.size() > kScanLimit) {
            index.reserve(items.size() * 2);
            for (size_t i = 0; i < items.size(); ++i)
                index.emplace(items[i].name.view(), i);
        }
        return;
    }
    const auto [it, added] = index.try_emplace(name.view(), items.size());
    if (added)
        items.push_back({ name, json });
    else if (replace)
        items[it->second].json = json;
}

QDateTime DateTime::toQDateTime() const
{
    if (!msecsSinceEpoch)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*msecsSinceEpoch, Qt::UTC);
}

Text StringArena::store(std::string_view s)
{
    constexpr size_t kBlockSize = 64 * 1024;
    if (s.size() > m_capacity - m_used) {
        const size_t size = std::max(kBlockSize, s.size());
        m_blocks.push_back(std::make_unique<char[]>(size));
        m_used = 0;
        m_capacity = size;
    }
    char* dest = m_blocks.back().get() + m_used;
    if (!s.empty())
        std::memcpy(dest, s.data(), s.size());
    m_used += s.size();
    return Text(std::string_view(dest, s.size()));
}

void StringArena::absorb(StringArena&& other)
{
    // Keep our current block last, so that store() keeps filling it.
    std::unique_ptr<char[]> current;
    if (!m_blocks.empty()) {
        current = std::move(m_blocks.back());
        m_blocks.pop_back();
    }
    for (auto& block : other.m_blocks)
        m_blocks.push_back(std::move(block));
    if (current)
        m_blocks.push_back(std::move(current));
    other.m_blocks.clear();
    other.m_used = other.m_capacity = 0;
}

bool CallRecord::hasSameData(const CallRecord& o) const
{
    return id == o.id && version == o.version && type == o.type && modalities == o.modalities
        && startDateTime == o.startDateTime && endDateTime == o.endDateTime
        && lastModifiedDateTime == o.lastModifiedDateTime && joinWebUrl == o.joinWebUrl && organizer == o.organizer
        && participants == o.participants && organizerV2 == o.organizerV2 && participantsV2 == o.participantsV2
        && sessions == o.sessions && extra == o.extra && sessionsNextLink == o.sessionsNextLink
        && participantsNextLink == o.participantsNextLink && sessionsOnly == o.sessionsOnly;
}

bool failureReported(const std::optional<FailureInfo>& failure)
{
    if (!failure)
        return false;
    if (!failure->reason.toQString().trimmed().isEmpty())
        return true;
    const EnumValue& stage = failure->stage;
    if (stage.isNull() || stage.index == FailureStage::Unknown || stage.index == FailureStage::UnknownFutureValue)
        return false;
    return stage.index >= 0 || !stage.name().toQString().trimmed().isEmpty();
}

RecordCounts countNodes(const CallRecord& record)
{
    RecordCounts counts;
    counts.sessions = qsizetype(record.sessions.size());
    for (const auto& session : record.sessions) {
        counts.segments += qsizetype(session.segments.size());
        for (const auto& segment : session.segments) {
            counts.media += qsizetype(segment.media.size());
            for (const auto& media : segment.media)
                counts.streams += qsizetype(media.streams.size());
        }
    }
    return counts;
}
