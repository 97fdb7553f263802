#include "calltreemodel.h"

#include "format/displayformat.h"
#include "format/people.h"
#include "quality/palette.h"

#include <QColor>
#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace {
using Kind = NodeRef::Kind;
constexpr float kNotReported = std::numeric_limits<float>::quiet_NaN();

float worst(float a, float b)
{
    if (std::isnan(a))
        return b;
    if (std::isnan(b))
        return a;
    return std::max(a, b);
}

float value(const OptionalDouble& v)
{
    return v ? float(*v) : kNotReported;
}

QString modalitiesText(const std::vector<EnumValue>& modalities)
{
    QStringList names;
    for (const auto& modality : modalities)
        names.append(enumValueText(EnumType::Modality, modality));
    return names.join(u", ");
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool contains(const Text& text, std::string_view needle)
{
    const std::string_view hay = text.view();
    if (needle.empty() || hay.size() < needle.size())
        return false;
    // Non-ASCII needles ("élodie") need Unicode case folding: the slow path, only then.
    if (std::any_of(needle.begin(), needle.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return text.toQString().contains(
            QString::fromUtf8(needle.data(), qsizetype(needle.size())), Qt::CaseInsensitive);
    const char first = needle.front();
    for (size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        if (lowerAscii(hay[i]) != first)
            continue;
        size_t k = 1;
        while (k < needle.size() && lowerAscii(hay[i + k]) == needle[k])
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

bool identityMatches(const Identity& identity, std::string_view needle)
{
    return contains(identity.displayName, needle) || contains(identity.userPrincipalName, needle)
        || contains(identity.id, needle) || contains(identity.email, needle);
}

bool identitySetMatches(const IdentitySet& set, std::string_view needle)
{
    for (const auto& entry : set.entries) {
        if (entry.identity && identityMatches(*entry.identity, needle))
            return true;
    }
    return false;
}

bool endpointMatches(const std::optional<Endpoint>& endpoint, std::string_view needle)
{
    if (!endpoint)
        return false;
    return (endpoint->associatedIdentity && identityMatches(*endpoint->associatedIdentity, needle))
        || (endpoint->identity && identitySetMatches(*endpoint->identity, needle)) || contains(endpoint->name, needle)
        || contains(endpoint->cpuName, needle)
        || (endpoint->kind == EndpointKind::Service
            && endpointDisplayName(*endpoint).toLower().toUtf8().contains(QByteArrayView(needle)));
}

bool networkMatches(const std::optional<NetworkInfo>& n, std::string_view needle)
{
    return n
        && (contains(n->ipAddress, needle) || contains(n->reflexiveIPAddress, needle)
            || contains(n->relayIPAddress, needle) || contains(n->subnet, needle) || contains(n->macAddress, needle)
            || contains(n->basicServiceSetIdentifier, needle) || contains(n->dnsSuffix, needle));
}

bool deviceMatches(const std::optional<DeviceInfo>& d, std::string_view needle)
{
    return d && (contains(d->captureDeviceName, needle) || contains(d->renderDeviceName, needle));
}
/// Start and end of a node that has them (media have none).
std::pair<const DateTime*, const DateTime*> timesOf(const NodeRef& ref)
{
    switch (ref.kind) {
    case Kind::Record:
        return { &ref.record->startDateTime, &ref.record->endDateTime };
    case Kind::Session:
        return { &ref.session->startDateTime, &ref.session->endDateTime };
    case Kind::Segment:
        return { &ref.segment->startDateTime, &ref.segment->endDateTime };
    case Kind::Stream:
        return { &ref.stream->startDateTime, &ref.stream->endDateTime };
    case Kind::Media:
    case Kind::None:
        break;
    }
    return { nullptr, nullptr };
}
} // namespace

CallTreeModel::CallTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

CallTreeModel::~CallTreeModel() = default;

const RecordClassification& CallTreeModel::classification() const
{
    static const RecordClassification none;
    return m_view ? *m_view->classification : none;
}

bool CallTreeModel::sameShape(const CallRecord& record) const
{
    // The node table of a record lists every node breadth-first; a record with the same
    // number of children under every node gets the same table, index for index.
    if (m_nodes.empty() || record.sessions.size() != size_t(m_nodes[0].childCount))
        return false;
    for (const Node& node : m_nodes) {
        const NodeRef ref = refFor(int(&node - m_nodes.data()));
        const NodeRef other = resolve(record, ref.path());
        if (other.kind != ref.kind)
            return false;
        size_t children = 0;
        switch (node.kind) {
        case Kind::Session:
            children = other.session->segments.size();
            break;
        case Kind::Segment:
            children = other.segment->media.size();
            break;
        case Kind::Media:
            children = other.media->streams.size();
            break;
        default:
            continue;
        }
        if (children != size_t(node.childCount))
            return false;
    }
    return true;
}

void CallTreeModel::setView(DocumentViewPtr view)
{
    const CallRecordPtr before = record();
    if (view && before && view->record == before) {
        // New verdicts for the same record: only the quality column changes.
        m_view = std::move(view);
        emitColumnChanged(QualityColumn, QualityColumn);
        return;
    }
    if (view && view->record && before && sameShape(*view->record)) {
        // The redacted copy or the original again: every node keeps its place.
        m_view = std::move(view);
        build();
        emitColumnChanged(0, ColumnCount - 1);
        return;
    }
    beginResetModel();
    m_view = std::move(view);
    build();
    endResetModel();
}

void CallTreeModel::emitColumnChanged(int first, int last)
{
    if (m_nodes.empty())
        return;
    emit dataChanged(index(0, first), index(0, last));
    for (const Node& node : m_nodes) {
        if (node.childCount > 0) {
            const int self = int(&node - m_nodes.data());
            const QModelIndex parent = createIndex(node.row, 0, quintptr(self));
            emit dataChanged(index(0, first, parent), index(node.childCount - 1, last, parent));
        }
    }
}

void CallTreeModel::build()
{
    m_nodes.clear();
    const CallRecordPtr shown = record();
    if (!shown)
        return;
    const RecordCounts counts = countNodes(*shown);
    m_nodes.reserve(size_t(1 + counts.sessions + counts.segments + counts.media + counts.streams));
    auto add = [this](Kind kind, int parent, int row, const void* item) {
        m_nodes.push_back({ kind, parent, row, -1, 0, item, kNotReported, kNotReported, kNotReported });
        return int(m_nodes.size() - 1);
    };
    add(Kind::Record, -1, 0, shown.get());
    // Breadth-first, so that the children of every node are contiguous.
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const int self = int(i);
        const Node node = m_nodes[i];
        auto addChildren = [&](Kind kind, const auto& items) {
            m_nodes[i].firstChild = int(m_nodes.size());
            m_nodes[i].childCount = int(items.size());
            int row = 0;
            for (const auto& item : items)
                add(kind, self, row++, &item);
        };
        switch (node.kind) {
        case Kind::Record:
            addChildren(Kind::Session, static_cast<const CallRecord*>(node.item)->sessions);
            break;
        case Kind::Session:
            addChildren(Kind::Segment, static_cast<const Session*>(node.item)->segments);
            break;
        case Kind::Segment:
            addChildren(Kind::Media, static_cast<const Segment*>(node.item)->media);
            break;
        case Kind::Media:
            addChildren(Kind::Stream, static_cast<const Media*>(node.item)->streams);
            break;
        case Kind::Stream: {
            const auto* stream = static_cast<const MediaStream*>(node.item);
            m_nodes[i].jitterMs = value(stream->averageJitter);
            m_nodes[i].roundTripMs = value(stream->averageRoundTripTime);
            m_nodes[i].packetLoss = value(stream->averagePacketLossRate);
            break;
        }
        case Kind::None:
            break;
        }
    }
    // Display (depth-first) order, for "next problem".
    m_depthFirst.clear();
    m_depthFirst.reserve(m_nodes.size());
    m_depthFirstPosition.assign(m_nodes.size(), 0);
    std::vector<int> stack { 0 };
    while (!stack.empty()) {
        const int current = stack.back();
        stack.pop_back();
        m_depthFirstPosition[size_t(current)] = int(m_depthFirst.size());
        m_depthFirst.push_back(current);
        const Node& node = m_nodes[size_t(current)];
        for (int child = node.childCount - 1; child >= 0; --child)
            stack.push_back(node.firstChild + child);
    }
    // Parents show the worst value of the streams below them (children come after parents).
    for (size_t i = m_nodes.size(); i-- > 1;) {
        Node& parent = m_nodes[size_t(m_nodes[i].parent)];
        parent.jitterMs = worst(parent.jitterMs, m_nodes[i].jitterMs);
        parent.roundTripMs = worst(parent.roundTripMs, m_nodes[i].roundTripMs);
        parent.packetLoss = worst(parent.packetLoss, m_nodes[i].packetLoss);
    }
}

QModelIndex CallTreeModel::index(const NodePath& path) const
{
    if (m_nodes.empty() || path.kind == Kind::None)
        return {};
    int current = 0;
    for (const int row : { path.session, path.segment, path.media, path.stream }) {
        if (row < 0)
            break;
        const Node& node = m_nodes[size_t(current)];
        if (row >= node.childCount)
            return {};
        current = node.firstChild + row;
    }
    if (m_nodes[size_t(current)].kind != path.kind)
        return {};
    return createIndex(m_nodes[size_t(current)].row, 0, quintptr(current));
}

QModelIndex CallTreeModel::nextProblem(const QModelIndex& from, bool backwards) const
{
    if (m_depthFirst.empty())
        return {};
    const int count = int(m_depthFirst.size());
    int position
        = from.isValid() && from.model() == this ? m_depthFirstPosition[from.internalId()] : (backwards ? 0 : -1);
    for (int step = 0; step < count; ++step) {
        position = backwards ? (position - 1 + count) % count : (position + 1) % count;
        const int nodeIndex = m_depthFirst[size_t(position)];
        const Node& node = m_nodes[size_t(nodeIndex)];
        const bool problem = (node.kind == Kind::Stream && classification().verdict(node.item) == Verdict::Poor)
            || (node.kind == Kind::Media && classification().deviceProblems(static_cast<const Media*>(node.item)));
        if (problem)
            return createIndex(node.row, 0, quintptr(nodeIndex));
    }
    return {};
}

const CallTreeModel::Node* CallTreeModel::nodeAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto id = index.internalId();
    Q_ASSERT(id < m_nodes.size());
    return &m_nodes[id];
}

NodeRef CallTreeModel::refFor(int nodeIndex) const
{
    NodeRef ref;
    if (nodeIndex < 0 || size_t(nodeIndex) >= m_nodes.size())
        return ref;
    ref.kind = m_nodes[size_t(nodeIndex)].kind;
    ref.record = m_view ? m_view->record.get() : nullptr;
    for (int i = nodeIndex; i >= 0; i = m_nodes[size_t(i)].parent) {
        const Node& node = m_nodes[size_t(i)];
        switch (node.kind) {
        case Kind::Session:
            ref.session = static_cast<const Session*>(node.item);
            ref.sessionNumber = node.row + 1;
            break;
        case Kind::Segment:
            ref.segment = static_cast<const Segment*>(node.item);
            ref.segmentNumber = node.row + 1;
            break;
        case Kind::Media:
            ref.media = static_cast<const Media*>(node.item);
            ref.mediaNumber = node.row + 1;
            break;
        case Kind::Stream:
            ref.stream = static_cast<const MediaStream*>(node.item);
            ref.streamNumber = node.row + 1;
            break;
        case Kind::Record:
        case Kind::None:
            break;
        }
    }
    return ref;
}

NodeRef CallTreeModel::node(const QModelIndex& index) const
{
    if (!nodeAt(index))
        return {};
    return refFor(int(index.internalId()));
}

QModelIndex CallTreeModel::firstStreamIndex() const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == Kind::Stream) {
            // Depth-first order differs from our breadth-first table; the first stream in the
            // table belongs to the first media of the first segment of the first session.
            return createIndex(m_nodes[i].row, 0, quintptr(i));
        }
    }
    return {};
}

QModelIndex CallTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row != 0 || m_nodes.empty())
            return {};
        return createIndex(0, column, quintptr(0));
    }
    const Node* node = nodeAt(parent);
    if (!node || row >= node->childCount)
        return {};
    return createIndex(row, column, quintptr(node->firstChild + row));
}

QModelIndex CallTreeModel::parent(const QModelIndex& index) const
{
    const Node* node = nodeAt(index);
    if (!node || node->parent < 0)
        return {};
    const Node& parent = m_nodes[size_t(node->parent)];
    return createIndex(parent.row, 0, quintptr(node->parent));
}

int CallTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_nodes.empty() ? 0 : 1;
    if (parent.column() > 0)
        return 0;
    const Node* node = nodeAt(parent);
    return node ? node->childCount : 0;
}

int CallTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CallTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case StartColumn:
            return tr("Start");
        case DurationColumn:
            return tr("Duration");
        case CallerColumn:
            return tr("Caller");
        case CalleeColumn:
            return tr("Callee");
        case LabelColumn:
            return tr("Modalities / label");
        case JitterColumn:
            return tr("Jitter ms");
        case RoundTripColumn:
            return tr("RTT ms");
        case PacketLossColumn:
            return tr("Loss %");
        case QualityColumn:
            return tr("Quality");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartColumn:
            return tr("Local time; the tooltip of a cell shows UTC");
        case JitterColumn:
            return tr(
                "Average jitter in milliseconds. For a stream its own; above streams, the worst of the streams below.");
        case RoundTripColumn:
            return tr("Average round-trip time in milliseconds. For a stream its own; above streams, the worst of the "
                      "streams below.");
        case PacketLossColumn:
            return tr("Average packet loss in percent. For a stream its own; above streams, the worst of the streams "
                      "below.");
        case QualityColumn:
            return tr("Verdict with the active threshold profile; above streams, the worst below. F8 / Shift+F8 "
                      "jump to the next / previous problem.");
        default:
            return {};
        }
    }
    return {};
}

QVariant CallTreeModel::display(const Node& node, int nodeIndex, int column) const
{
    const NodeRef ref = refFor(nodeIndex);
    const auto metric = [](float v, auto format) -> QVariant {
        if (std::isnan(v))
            return DisplayFormat::missing();
        return format(v);
    };
    switch (column) {
    case NameColumn:
        switch (node.kind) {
        case Kind::Record:
            if (ref.record->id.isNull())
                return tr("Call record (no id)");
            //: %1 the call record's id, a GUID such as "2f1a9c3e-5b7d-4e21-9c0a-8d3f6b2e1a47"
            return tr("Call %1").arg(ref.record->id.toQString());
        case Kind::Session: {
            const QString caller = DisplayFormat::endpointName(ref.session->caller);
            const QString callee = DisplayFormat::endpointName(ref.session->callee);
            if (caller.isEmpty() && callee.isEmpty())
                //: %1 the session's number within the call, counting from 1
                return tr("Session %1").arg(ref.sessionNumber);
            //: %1 session number, %2 caller, %3 callee
            return tr("Session %1 · %2 → %3")
                .arg(ref.sessionNumber)
                .arg(caller.isEmpty() ? DisplayFormat::unnamed(DisplayFormat::Side::Caller) : caller,
                    callee.isEmpty() ? DisplayFormat::unnamed(DisplayFormat::Side::Callee) : callee);
        }
        case Kind::Segment:
            //: %1 the segment's number within its session, counting from 1
            return tr("Segment %1").arg(ref.segmentNumber);
        case Kind::Media:
            //: %1 the media's number within its segment, counting from 1 (shown when it has no label)
            return ref.media->label.isEmpty() ? tr("Media %1").arg(ref.mediaNumber) : ref.media->label.toQString();
        case Kind::Stream:
            if (ref.stream->streamDirection.index == StreamDirection::CallerToCallee)
                return tr("Stream · caller → callee");
            if (ref.stream->streamDirection.index == StreamDirection::CalleeToCaller)
                return tr("Stream · callee → caller");
            //: %1 the stream's number within its media, counting from 1
            return tr("Stream %1").arg(ref.streamNumber);
        case Kind::None:
            break;
        }
        break;
    case StartColumn:
    case DurationColumn: {
        const auto [start, end] = timesOf(ref);
        if (!start)
            return {};
        return column == StartColumn ? DisplayFormat::localDateTime(*start) : DisplayFormat::duration(*start, *end);
    }
    case CallerColumn:
    case CalleeColumn: {
        const bool caller = column == CallerColumn;
        if (node.kind == Kind::Session)
            return DisplayFormat::endpointName(caller ? ref.session->caller : ref.session->callee);
        if (node.kind == Kind::Segment || node.kind == Kind::Media || node.kind == Kind::Stream)
            return DisplayFormat::endpointName(
                caller ? ref.segment->caller : ref.segment->callee, caller ? ref.session->caller : ref.session->callee);
        if (node.kind == Kind::Record && caller) {
            const QString organizer = organizerName(*ref.record);
            //: %1 the organizer's display name, e.g. "Rita Moura"
            return organizer.isEmpty() ? QVariant() : tr("Organizer: %1").arg(organizer);
        }
        return {};
    }
    case LabelColumn:
        switch (node.kind) {
        case Kind::Record:
            return modalitiesText(ref.record->modalities);
        case Kind::Session:
            return modalitiesText(ref.session->modalities);
        case Kind::Media:
            return ref.media->label.toQString();
        case Kind::Stream: {
            if (!ref.stream->audioCodec.isNull())
                return enumValueText(EnumType::AudioCodec, ref.stream->audioCodec);
            if (!ref.stream->videoCodec.isNull())
                return enumValueText(EnumType::VideoCodec, ref.stream->videoCodec);
            return {};
        }
        default:
            return {};
        }
    case QualityColumn:
        return verdictText(classification().verdict(node.item));
    case JitterColumn:
        return metric(node.jitterMs, [](float v) { return DisplayFormat::number(v, 0); });
    case RoundTripColumn:
        return metric(node.roundTripMs, [](float v) { return DisplayFormat::number(v, 0); });
    case PacketLossColumn:
        return metric(node.packetLoss, [](float v) { return DisplayFormat::number(double(v) * 100.0, 2); });
    default:
        break;
    }
    return {};
}

QVariant CallTreeModel::sortValue(const Node& node, int nodeIndex, int column) const
{
    const auto number = [](float v) -> QVariant { return std::isnan(v) ? QVariant() : QVariant(double(v)); };
    switch (column) {
    case QualityColumn:
        return int(classification().verdict(node.item));
    case JitterColumn:
        return number(node.jitterMs);
    case RoundTripColumn:
        return number(node.roundTripMs);
    case PacketLossColumn:
        return number(node.packetLoss);
    case NameColumn:
        return node.row; // keep file order
    case StartColumn:
    case DurationColumn: {
        const auto [start, end] = timesOf(refFor(nodeIndex));
        if (!start || start->isNull() || (column == DurationColumn && end->isNull()))
            return {};
        return column == StartColumn ? QVariant(*start->msecsSinceEpoch)
                                     : QVariant(*end->msecsSinceEpoch - *start->msecsSinceEpoch);
    }
    default: {
        const QVariant text = display(node, nodeIndex, column);
        return text.toString().isEmpty() ? QVariant() : text;
    }
    }
}

bool CallTreeModel::matches(const QModelIndex& index, std::string_view needle) const
{
    if (!nodeAt(index))
        return false;
    const NodeRef ref = refFor(int(index.internalId()));
    switch (ref.kind) {
    case Kind::Record: {
        const CallRecord& r = *ref.record;
        if (contains(r.id, needle) || (r.organizer && identitySetMatches(*r.organizer, needle))
            || (r.organizerV2 && r.organizerV2->identity && identitySetMatches(*r.organizerV2->identity, needle)))
            return true;
        if (r.participants) {
            for (const auto& set : *r.participants) {
                if (identitySetMatches(set, needle))
                    return true;
            }
        }
        if (r.participantsV2) {
            for (const auto& participant : *r.participantsV2) {
                if (contains(participant.id, needle)
                    || (participant.identity && identitySetMatches(*participant.identity, needle)))
                    return true;
            }
        }
        return false;
    }
    case Kind::Session:
        return contains(ref.session->id, needle) || endpointMatches(ref.session->caller, needle)
            || endpointMatches(ref.session->callee, needle);
    case Kind::Segment:
        return contains(ref.segment->id, needle) || endpointMatches(ref.segment->caller, needle)
            || endpointMatches(ref.segment->callee, needle);
    case Kind::Media:
        return contains(ref.media->label, needle) || networkMatches(ref.media->callerNetwork, needle)
            || networkMatches(ref.media->calleeNetwork, needle) || deviceMatches(ref.media->callerDevice, needle)
            || deviceMatches(ref.media->calleeDevice, needle);
    case Kind::Stream:
        return contains(ref.stream->streamId, needle);
    case Kind::None:
        break;
    }
    return false;
}

QVariant CallTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeAt(index);
    if (!node)
        return {};
    const int nodeIndex = int(index.internalId());
    switch (role) {
    case Qt::DisplayRole:
        return display(*node, nodeIndex, index.column());
    case Qt::ToolTipRole: {
        if (index.column() == QualityColumn)
            return classification().explain(*m_view->record, node->item);
        if (index.column() == StartColumn) {
            if (const DateTime* start = timesOf(refFor(nodeIndex)).first)
                //: %1 is a date and time in UTC
                return start->isNull() ? DisplayFormat::missingToolTip() : tr("%1 (UTC)").arg(start->text.toQString());
        }
        const QVariant text = display(*node, nodeIndex, index.column());
        if (text.toString() == DisplayFormat::missing())
            return DisplayFormat::missingToolTip();
        return text;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == JitterColumn || index.column() == RoundTripColumn || index.column() == PacketLossColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(*node, nodeIndex, index.column());
    case NodeKindRole:
        return int(node->kind);
    case VerdictRole:
        return int(classification().verdict(node->item));
    case Qt::DecorationRole:
        if (index.column() == QualityColumn)
            return Palette::verdictFill(classification().verdict(node->item));
        return {};
    default:
        return {};
    }
}
