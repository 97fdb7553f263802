#include "propertymodel.h"

#include "displayformat.h"
#include "export/summary.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PropertyModel", text);
}

namespace F = DisplayFormat;

/// Collects groups and rows; each add* turns a possibly missing value into a row.
class Builder {
public:
    std::vector<PropertyModel::Group> groups;

    void group(const QString& title) { groups.push_back({ title, {} }); }
    void row(const QString& name, const QString& value, const QString& toolTip = {})
    {
        if (value.isEmpty()) {
            missing(name);
            return;
        }
        groups.back().rows.push_back({ name, value, toolTip.isEmpty() ? value : toolTip, false });
    }
    void missing(const QString& name)
    {
        groups.back().rows.push_back({ name, F::missing(), F::missingToolTip(), true });
    }
    void text(const QString& name, const Text& value) { row(name, value.toQString()); }
    void enumValue(const QString& name, EnumType type, const EnumValue& value)
    {
        row(name, value.isNull() ? QString() : enumValueText(type, value));
    }
    void integer(const QString& name, const OptionalInt& value, const QString& unit = {})
    {
        if (!value)
            return missing(name);
        const QString number = F::number(double(*value), 0);
        row(name, unit.isEmpty() ? number : number + u' ' + unit);
    }
    void number(const QString& name, const OptionalDouble& value, const QString& unit = {}, int decimals = -1)
    {
        if (!value)
            return missing(name);
        const QString number = F::number(*value, decimals);
        row(name, unit.isEmpty() ? number : number + u' ' + unit);
    }
    void ms(const QString& name, const Milliseconds& value)
    {
        if (!value)
            return missing(name);
        row(name, F::milliseconds(*value));
    }
    void fraction(const QString& name, const OptionalDouble& value)
    {
        if (!value)
            return missing(name);
        //: %1 is the raw fraction, e.g. 0.0138
        row(name, F::percentFromFraction(*value), tr("%1 (fraction of the call)").arg(F::number(*value)));
    }
    void percent(const QString& name, const OptionalDouble& value)
    {
        if (!value)
            return missing(name);
        row(name, F::percent(*value));
    }
    void bitrate(const QString& name, const OptionalInt& value)
    {
        if (!value)
            return missing(name);
        row(name, F::bitsPerSecond(*value), tr("%1 bits per second").arg(F::number(double(*value), 0)));
    }
    void boolean(const QString& name, const std::optional<bool>& value)
    {
        if (!value)
            return missing(name);
        row(name, *value ? tr("yes") : tr("no"));
    }
    void dateTime(const QString& name, const DateTime& value)
    {
        if (value.isNull())
            return missing(name);
        row(name, F::localDateTime(value), tr("%1 (UTC)").arg(value.text.toQString()));
    }

    void identity(const QString& prefix, const Identity& identity)
    {
        text(prefix + tr("name"), identity.displayName);
        if (!identity.userPrincipalName.isNull())
            text(prefix + tr("UPN"), identity.userPrincipalName);
        if (!identity.email.isNull())
            text(prefix + tr("e-mail"), identity.email);
        text(prefix + tr("id"), identity.id);
        if (!identity.tenantId.isNull())
            text(prefix + tr("tenant"), identity.tenantId);
        for (const auto& extra : identity.extra)
            text(prefix + extra.name.toQString(), extra.json);
    }
    void identitySet(const IdentitySet& set)
    {
        for (const auto& entry : set.entries) {
            const QString kind = entry.kind.toQString() + u' ';
            if (entry.identity)
                identity(kind, *entry.identity);
            else
                missing(entry.kind.toQString());
        }
        if (!set.endpointType.isNull())
            enumValue(tr("endpoint type"), EnumType::EndpointType, set.endpointType);
    }

    void endpoint(const QString& role, const std::optional<Endpoint>& endpoint)
    {
        group(role);
        if (!endpoint) {
            missing(tr("endpoint"));
            return;
        }
        const Endpoint& e = *endpoint;
        row(tr("Name"), endpointDisplayName(e));
        row(tr("Kind"),
            e.kind == EndpointKind::Service           ? tr("service")
                : e.kind == EndpointKind::Participant ? tr("participant")
                                                      : QString());
        if (e.kind != EndpointKind::Service) {
            text(tr("Device name"), e.name);
            text(tr("CPU"), e.cpuName);
            integer(tr("CPU cores"), e.cpuCoresCount);
            integer(tr("CPU speed"), e.cpuProcessorSpeedInMhz, tr("MHz"));
        }
        for (const auto& extra : e.extra)
            text(extra.name.toQString(), extra.json);

        //: %1 is "Caller" or "Callee"
        group(tr("%1 · user agent").arg(role));
        if (!e.userAgent) {
            missing(tr("user agent"));
        } else {
            const UserAgent& a = *e.userAgent;
            if (a.kind == UserAgentKind::Service || !a.role.isNull())
                enumValue(tr("Role"), EnumType::ServiceRole, a.role);
            if (a.kind != UserAgentKind::Service) {
                enumValue(tr("Platform"), EnumType::ClientPlatform, a.platform);
                enumValue(tr("Product"), EnumType::ProductFamily, a.productFamily);
            }
            text(tr("Application version"), a.applicationVersion);
            text(tr("User-Agent header"), a.headerValue);
            if (!a.azureADAppId.isNull())
                text(tr("Entra application id"), a.azureADAppId);
            if (!a.communicationServiceId.isNull())
                text(tr("Communication Services id"), a.communicationServiceId);
        }
        if (e.kind == EndpointKind::Service && !e.associatedIdentity && !e.identity && !e.feedback)
            return;
        group(tr("%1 · identity").arg(role));
        if (e.associatedIdentity)
            identity(QString(), *e.associatedIdentity);
        if (e.identity)
            identitySet(*e.identity);
        if (!e.associatedIdentity && !e.identity)
            missing(tr("identity"));

        group(tr("%1 · feedback").arg(role));
        if (!e.feedback) {
            missing(tr("rating"));
        } else {
            enumValue(tr("Rating"), EnumType::UserFeedbackRating, e.feedback->rating);
            text(tr("Text"), e.feedback->text);
            if (e.feedback->tokens) {
                QStringList reported;
                for (const auto& token : *e.feedback->tokens) {
                    if (token.value && *token.value)
                        reported.append(token.name.toQString());
                }
                row(tr("Problems reported"), reported.isEmpty() ? tr("none") : reported.join(u", "));
            }
        }
    }

    void failure(const std::optional<FailureInfo>& failure)
    {
        if (!failure)
            return;
        group(tr("Failure"));
        enumValue(tr("Stage"), EnumType::FailureStage, failure->stage);
        text(tr("Reason"), failure->reason);
    }

    void network(const QString& title, const std::optional<NetworkInfo>& network)
    {
        group(title);
        if (!network) {
            missing(tr("network"));
            return;
        }
        const NetworkInfo& n = *network;
        enumValue(tr("Connection"), EnumType::NetworkConnectionType, n.connectionType);
        text(tr("IP address"), n.ipAddress);
        integer(tr("Port"), n.port);
        text(tr("Subnet"), n.subnet);
        text(tr("Reflexive (public) IP"), n.reflexiveIPAddress);
        text(tr("Relay IP"), n.relayIPAddress);
        integer(tr("Relay port"), n.relayPort);
        enumValue(tr("Transport"), EnumType::NetworkTransportProtocol, n.networkTransportProtocol);
        bitrate(tr("Link speed"), n.linkSpeed);
        text(tr("MAC address"), n.macAddress);
        text(tr("DNS suffix"), n.dnsSuffix);
        if (n.connectionType.index == ConnectionType::Wifi || !n.basicServiceSetIdentifier.isNull()) {
            text(tr("Wi-Fi BSSID"), n.basicServiceSetIdentifier);
            enumValue(tr("Wi-Fi band"), EnumType::WifiBand, n.wifiBand);
            enumValue(tr("Wi-Fi radio"), EnumType::WifiRadioType, n.wifiRadioType);
            integer(tr("Wi-Fi channel"), n.wifiChannel);
            integer(tr("Wi-Fi signal strength"), n.wifiSignalStrength, tr("%"));
            integer(tr("Battery charge"), n.wifiBatteryCharge, tr("%"));
            text(tr("Wi-Fi driver"), n.wifiVendorDriver);
            text(tr("Wi-Fi driver version"), n.wifiVendorDriverVersion);
        }
        fraction(tr("Sent quality events"), n.sentQualityEventRatio);
        fraction(tr("Received quality events"), n.receivedQualityEventRatio);
        fraction(tr("Delay events"), n.delayEventRatio);
        fraction(tr("Low bandwidth events"), n.bandwidthLowEventRatio);
        if (n.traceRouteHops && !n.traceRouteHops->empty()) {
            for (const auto& hop : *n.traceRouteHops) {
                const QString value = hop.ipAddress.toQString()
                    + (hop.roundTripTime ? u" · " + F::milliseconds(*hop.roundTripTime) : QString());
                row(tr("Hop %1").arg(hop.hopCount ? QString::number(*hop.hopCount) : QStringLiteral("?")), value);
            }
        }
        for (const auto& extra : n.extra)
            text(extra.name.toQString(), extra.json);
    }

    void device(const QString& title, const std::optional<DeviceInfo>& device)
    {
        group(title);
        if (!device) {
            missing(tr("device"));
            return;
        }
        const DeviceInfo& d = *device;
        text(tr("Microphone"), d.captureDeviceName);
        text(tr("Microphone driver"), d.captureDeviceDriver);
        text(tr("Speaker"), d.renderDeviceName);
        text(tr("Speaker driver"), d.renderDeviceDriver);
        fraction(tr("Microphone not working"), d.captureNotFunctioningEventRatio);
        fraction(tr("Speaker not working"), d.renderNotFunctioningEventRatio);
        fraction(tr("CPU insufficient"), d.cpuInsufficentEventRatio);
        fraction(tr("Clipping"), d.deviceClippingEventRatio);
        fraction(tr("Device glitches"), d.deviceGlitchEventRatio);
        fraction(tr("Low speech level"), d.lowSpeechLevelEventRatio);
        fraction(tr("Low speech-to-noise"), d.lowSpeechToNoiseEventRatio);
        fraction(tr("Speaker muted"), d.renderMuteEventRatio);
        fraction(tr("Speaker volume zero"), d.renderZeroVolumeEventRatio);
        number(tr("Microphone glitches"), d.micGlitchRate, tr("per 5 min"), 0);
        number(tr("Speaker glitches"), d.speakerGlitchRate, tr("per 5 min"), 0);
        integer(tr("Howling events"), d.howlingEventCount);
        number(tr("Initial signal level (RMS)"), d.initialSignalLevelRootMeanSquare, {}, 2);
        integer(tr("Received signal level"), d.receivedSignalLevel);
        integer(tr("Received noise level"), d.receivedNoiseLevel);
        integer(tr("Sent signal level"), d.sentSignalLevel);
        integer(tr("Sent noise level"), d.sentNoiseLevel);
        for (const auto& extra : d.extra)
            text(extra.name.toQString(), extra.json);
    }

    void stream(const MediaStream& s, const Media* media)
    {
        group(tr("Stream"));
        text(tr("Stream id"), s.streamId);
        enumValue(tr("Direction"), EnumType::MediaStreamDirection, s.streamDirection);
        dateTime(tr("Start"), s.startDateTime);
        dateTime(tr("End"), s.endDateTime);
        if (!s.audioCodec.isNull())
            enumValue(tr("Audio codec"), EnumType::AudioCodec, s.audioCodec);
        if (!s.videoCodec.isNull())
            enumValue(tr("Video codec"), EnumType::VideoCodec, s.videoCodec);
        boolean(tr("Media bypassed"), s.wasMediaBypassed);

        group(tr("Network metrics"));
        ms(tr("Average jitter"), s.averageJitter);
        ms(tr("Maximum jitter"), s.maxJitter);
        ms(tr("Average round trip"), s.averageRoundTripTime);
        ms(tr("Maximum round trip"), s.maxRoundTripTime);
        fraction(tr("Average packet loss"), s.averagePacketLossRate);
        fraction(tr("Maximum packet loss"), s.maxPacketLossRate);
        bitrate(tr("Bandwidth estimate"), s.averageBandwidthEstimate);
        integer(tr("Packets"), s.packetUtilization);

        const bool video = media && media->label.view().find("video") != std::string_view::npos;
        if (!video || s.averageAudioDegradation || s.averageRatioOfConcealedSamples) {
            group(tr("Audio metrics"));
            number(tr("Audio degradation (NMOS)"), s.averageAudioDegradation, {}, 2);
            fraction(tr("Concealed samples, average"), s.averageRatioOfConcealedSamples);
            fraction(tr("Concealed samples, maximum"), s.maxRatioOfConcealedSamples);
            ms(tr("Network jitter, average"), s.averageAudioNetworkJitter);
            ms(tr("Network jitter, maximum"), s.maxAudioNetworkJitter);
            boolean(tr("Forward error correction used"), s.isAudioForwardErrorCorrectionUsed);
        }
        if (video || s.averageVideoFrameRate || s.averageVideoFrameLossPercentage) {
            group(tr("Video metrics"));
            number(tr("Frame rate"), s.averageVideoFrameRate, tr("fps"), 1);
            number(tr("Received frame rate"), s.averageReceivedFrameRate, tr("fps"), 1);
            percent(tr("Frame loss"), s.averageVideoFrameLossPercentage);
            fraction(tr("Video packet loss"), s.averageVideoPacketLossRate);
            fraction(tr("Packet loss after FEC"), s.postForwardErrorCorrectionPacketLossRate);
            fraction(tr("Time below 7.5 fps"), s.lowFrameRateRatio);
            fraction(tr("Time with low processing capability"), s.lowVideoProcessingCapabilityRatio);
            ms(tr("Freeze duration, average"), s.averageFreezeDuration);
            ms(tr("Freeze duration, RMS"), s.rmsFreezeDuration);
        }
        if (!s.extra.empty()) {
            group(tr("Other properties"));
            for (const auto& extra : s.extra)
                text(extra.name.toQString(), extra.json);
        }
    }

    void record(const CallRecord& r)
    {
        group(tr("Call"));
        text(tr("Call id"), r.id);
        enumValue(tr("Type"), EnumType::CallType, r.type);
        integer(tr("Version"), r.version);
        dateTime(tr("Start"), r.startDateTime);
        dateTime(tr("End"), r.endDateTime);
        row(tr("Duration"),
            r.startDateTime.isNull() || r.endDateTime.isNull() ? QString()
                                                               : F::duration(r.startDateTime, r.endDateTime));
        dateTime(tr("Last modified"), r.lastModifiedDateTime);
        QStringList modalities;
        for (const auto& modality : r.modalities)
            modalities.append(enumValueText(EnumType::Modality, modality));
        row(tr("Modalities"), modalities.join(u", "));
        text(tr("Join URL"), r.joinWebUrl);
        const RecordCounts counts = countNodes(r);
        row(tr("Contents"),
            tr("%1 sessions, %2 segments, %3 media, %4 streams")
                .arg(counts.sessions)
                .arg(counts.segments)
                .arg(counts.media)
                .arg(counts.streams));
        row(tr("Source"), r.sourceNames.join(u", "));
        row(tr("Completeness"),
            r.isComplete() ? tr("complete")
                           : (r.sessionsOnly ? tr("sessions only (record properties not loaded)")
                                             : tr("incomplete: more pages exist")));
        if (!r.sessionsNextLink.isNull())
            text(tr("Next sessions page"), r.sessionsNextLink);
        if (!r.participantsNextLink.isNull())
            text(tr("Next participants page"), r.participantsNextLink);

        group(tr("Organizer"));
        const QString organizer = organizerName(r);
        row(tr("Name"), organizer);
        if (r.organizerV2 && r.organizerV2->identity)
            identitySet(*r.organizerV2->identity);
        else if (r.organizer)
            identitySet(*r.organizer);

        group(tr("Participants"));
        const QStringList names = participantNames(r);
        if (names.isEmpty())
            missing(tr("Participants"));
        for (int i = 0; i < names.size(); ++i)
            row(tr("Participant %1").arg(i + 1), names[i]);
        if (!r.extra.empty()) {
            group(tr("Other properties"));
            for (const auto& extra : r.extra)
                text(extra.name.toQString(), extra.json);
        }
        if (!r.warnings.isEmpty()) {
            group(tr("Warnings while loading"));
            for (int i = 0; i < r.warnings.size(); ++i)
                row(QString::number(i + 1), r.warnings[i]);
        }
    }
};
} // namespace

PropertyModel::PropertyModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void PropertyModel::clear()
{
    beginResetModel();
    m_groups.clear();
    endResetModel();
}

void PropertyModel::setNode(const NodeRef& node, const RecordClassification* classification)
{
    Builder b;
    if (classification && node.kind != NodeRef::Kind::None) {
        const void* item = node.kind == NodeRef::Kind::Stream ? static_cast<const void*>(node.stream)
            : node.kind == NodeRef::Kind::Media               ? static_cast<const void*>(node.media)
            : node.kind == NodeRef::Kind::Segment             ? static_cast<const void*>(node.segment)
            : node.kind == NodeRef::Kind::Session             ? static_cast<const void*>(node.session)
                                                              : static_cast<const void*>(node.record);
        b.group(tr("Quality"));
        b.row(tr("Verdict"), verdictText(classification->verdict(item)));
        b.row(tr("Profile"), classification->profile().name, classification->profile().description);
        if (const StreamVerdict* verdict
            = node.kind == NodeRef::Kind::Stream ? classification->stream(node.stream) : nullptr) {
            b.row(tr("Media kind"), mediaKindName(verdict->kind));
            if (verdict->verdict == Verdict::Unclassified)
                b.row(tr("Why unclassified"), verdict->unclassifiedReason);
            for (const auto& rule : verdict->rules)
                b.row(rule.poor ? tr("Rule broken") : tr("Rule met"), rule.text());
        } else {
            const QStringList lines = classification->explain(*node.record, item).split(u'\n').mid(1);
            for (const QString& line : lines)
                b.row(tr("Reason"), line.mid(2));
            if (node.kind == NodeRef::Kind::Media) {
                if (const auto* problems = classification->deviceProblems(node.media)) {
                    for (const auto& problem : *problems)
                        b.row(tr("Device problem"), problem.text());
                }
            }
        }
    }
    switch (node.kind) {
    case NodeRef::Kind::Record:
        b.record(*node.record);
        break;
    case NodeRef::Kind::Session:
        b.group(tr("Session"));
        b.text(tr("Session id"), node.session->id);
        b.dateTime(tr("Start"), node.session->startDateTime);
        b.dateTime(tr("End"), node.session->endDateTime);
        b.row(tr("Duration"),
            node.session->startDateTime.isNull() || node.session->endDateTime.isNull()
                ? QString()
                : F::duration(node.session->startDateTime, node.session->endDateTime));
        {
            QStringList modalities;
            for (const auto& modality : node.session->modalities)
                modalities.append(enumValueText(EnumType::Modality, modality));
            b.row(tr("Modalities"), modalities.join(u", "));
        }
        b.boolean(tr("Test call"), node.session->isTest);
        b.failure(node.session->failureInfo);
        b.endpoint(tr("Caller"), node.session->caller);
        b.endpoint(tr("Callee"), node.session->callee);
        break;
    case NodeRef::Kind::Segment:
        b.group(tr("Segment"));
        b.text(tr("Segment id"), node.segment->id);
        b.dateTime(tr("Start"), node.segment->startDateTime);
        b.dateTime(tr("End"), node.segment->endDateTime);
        b.row(tr("Duration"),
            node.segment->startDateTime.isNull() || node.segment->endDateTime.isNull()
                ? QString()
                : F::duration(node.segment->startDateTime, node.segment->endDateTime));
        b.failure(node.segment->failureInfo);
        b.endpoint(tr("Caller"), node.segment->caller);
        b.endpoint(tr("Callee"), node.segment->callee);
        break;
    case NodeRef::Kind::Media:
        b.group(tr("Media"));
        b.text(tr("Label"), node.media->label);
        b.row(tr("Streams"), QString::number(node.media->streams.size()));
        b.network(tr("Caller network"), node.media->callerNetwork);
        b.device(tr("Caller device"), node.media->callerDevice);
        b.network(tr("Callee network"), node.media->calleeNetwork);
        b.device(tr("Callee device"), node.media->calleeDevice);
        break;
    case NodeRef::Kind::Stream:
        b.stream(*node.stream, node.media);
        break;
    case NodeRef::Kind::None:
        break;
    }
    beginResetModel();
    m_groups = std::move(b.groups);
    endResetModel();
}

QModelIndex PropertyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || size_t(parent.row()) >= m_groups.size())
        return {};
    if (size_t(row) >= m_groups[size_t(parent.row())].rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex PropertyModel::parent(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return {};
    return createIndex(int(index.internalId() - 1), 0, quintptr(0));
}

int PropertyModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].rows.size());
}

int PropertyModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant PropertyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group& group = m_groups[size_t(index.row())];
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == PropertyColumn)
            return group.title;
        return {};
    }
    const Row& row = m_groups[size_t(index.internalId() - 1)].rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == PropertyColumn ? row.name : row.value;
    case Qt::ToolTipRole:
        return index.column() == PropertyColumn ? row.name : row.toolTip;
    case MissingRole:
        return row.missing;
    default:
        return {};
    }
}

QVariant PropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PropertyColumn ? tr("Property") : tr("Value");
}

QString PropertyModel::text(const QModelIndexList& indexes) const
{
    QStringList lines;
    QList<QPair<int, int>> seen;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid())
            continue;
        const QPair<int, int> key(int(index.internalId()), index.row());
        if (seen.contains(key))
            continue;
        seen.append(key);
        if (index.internalId() == 0) {
            const Group& group = m_groups[size_t(index.row())];
            for (const Row& row : group.rows)
                lines.append(group.title + u": " + row.name + u" = " + row.value);
        } else {
            const Group& group = m_groups[size_t(index.internalId() - 1)];
            const Row& row = group.rows[size_t(index.row())];
            lines.append(group.title + u": " + row.name + u" = " + row.value);
        }
    }
    return lines.join(u'\n');
}

QModelIndex PropertyModel::find(const QString& group, const QString& property) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].title != group)
            continue;
        for (size_t r = 0; r < m_groups[g].rows.size(); ++r) {
            if (m_groups[g].rows[r].name == property)
                return createIndex(int(r), ValueColumn, quintptr(g + 1));
        }
    }
    return {};
}
