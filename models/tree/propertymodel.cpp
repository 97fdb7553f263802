#include "propertymodel.h"

#include "format/displayformat.h"
#include "format/people.h"
#include "propertyrows_p.h"
#include "record/schema.h"

#include <QCoreApplication>

#include <unordered_set>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PropertyModel)
};

namespace F = DisplayFormat;

class Builder : public inspector::PropertyRows {
public:
    // `kind` is the identity set's key as Graph names it ("user", "application", "device"),
    // empty for a lone identity; word order is the translation's ("user name", "nome (user)").
    void identity(const QString& kind, const Identity& identity)
    {
        const auto label = [&kind](const QString& field) {
            //: %1 the kind of identity as Graph names it (user, application, device, guest, ...), which
            //: stays untranslated; %2 the property, e.g. "name" or "id"
            return kind.isEmpty() ? field : Tr::tr("%1 %2", "identity property").arg(kind, field);
        };
        text(label(Tr::tr("name")), identity.displayName);
        if (!identity.userPrincipalName.isNull())
            text(label(Tr::tr("UPN")), identity.userPrincipalName);
        if (!identity.email.isNull())
            text(label(Tr::tr("e-mail")), identity.email);
        text(label(Tr::tr("id")), identity.id);
        if (!identity.tenantId.isNull())
            text(label(Tr::tr("tenant")), identity.tenantId);
        others(identity);
        for (const auto& extra : identity.extra)
            text(label(extra.name.toQString()), extra.json);
    }
    void identitySet(const IdentitySet& set)
    {
        for (const auto& entry : set.entries) {
            const QString kind = entry.kind.toQString();
            if (entry.identity)
                identity(kind, *entry.identity);
            else
                missing(entry.kind.toQString());
        }
        if (!set.endpointType.isNull())
            enumValue(Tr::tr("endpoint type"), EnumType::EndpointType, set.endpointType);
        others(set);
    }

    void endpoint(const QString& role, const std::optional<Endpoint>& endpoint)
    {
        group(role);
        if (!endpoint) {
            missing(Tr::tr("endpoint"));
            return;
        }
        const Endpoint& e = *endpoint;
        row(Tr::tr("Name"), endpointDisplayName(e));
        row(Tr::tr("Kind"),
            e.kind == EndpointKind::Service           ? Tr::tr("service")
                : e.kind == EndpointKind::Participant ? Tr::tr("participant")
                                                      : QString());
        if (e.kind != EndpointKind::Service) {
            text(Tr::tr("Device name"), e.name);
            text(Tr::tr("CPU"), e.cpuName);
            integer(Tr::tr("CPU cores"), e.cpuCoresCount);
            integer(Tr::tr("CPU speed"), e.cpuProcessorSpeedInMhz, Tr::tr("MHz"));
        } else {
            for (const void* value : { static_cast<const void*>(&e.name), static_cast<const void*>(&e.cpuName),
                     static_cast<const void*>(&e.cpuCoresCount), static_cast<const void*>(&e.cpuProcessorSpeedInMhz) })
                shown(value); // a service has no device of its own
        }
        others(e);
        for (const auto& extra : e.extra)
            text(extra.name.toQString(), extra.json);

        //: %1 is "Caller" or "Callee"
        group(Tr::tr("%1 · user agent").arg(role));
        if (!e.userAgent) {
            missing(Tr::tr("user agent"));
        } else {
            const UserAgent& a = *e.userAgent;
            if (a.kind == UserAgentKind::Service || !a.role.isNull())
                enumValue(Tr::tr("Role"), EnumType::ServiceRole, a.role);
            if (a.kind != UserAgentKind::Service) {
                enumValue(Tr::tr("Platform"), EnumType::ClientPlatform, a.platform);
                enumValue(Tr::tr("Product"), EnumType::ProductFamily, a.productFamily);
            }
            text(Tr::tr("Application version"), a.applicationVersion);
            text(Tr::tr("User-Agent header"), a.headerValue);
            if (!a.azureADAppId.isNull())
                text(Tr::tr("Entra application id"), a.azureADAppId);
            if (!a.communicationServiceId.isNull())
                text(Tr::tr("Communication Services id"), a.communicationServiceId);
            others(a);
        }
        if (e.kind == EndpointKind::Service && !e.associatedIdentity && !e.identity && !e.feedback)
            return;
        //: %1 is "Caller" or "Callee"
        group(Tr::tr("%1 · identity").arg(role));
        if (e.associatedIdentity)
            identity(QString(), *e.associatedIdentity);
        if (e.identity)
            identitySet(*e.identity);
        if (!e.associatedIdentity && !e.identity)
            missing(Tr::tr("identity"));

        //: %1 is "Caller" or "Callee"
        group(Tr::tr("%1 · feedback").arg(role));
        if (!e.feedback) {
            missing(Tr::tr("rating"));
        } else {
            enumValue(Tr::tr("Rating"), EnumType::UserFeedbackRating, e.feedback->rating);
            text(Tr::tr("Text"), e.feedback->text);
            if (e.feedback->tokens) {
                QStringList reported;
                for (const auto& token : *e.feedback->tokens) {
                    if (token.value && *token.value)
                        reported.append(token.name.toQString());
                }
                row(Tr::tr("Problems reported"), reported.isEmpty() ? Tr::tr("none") : reported.join(u", "));
            }
            others(*e.feedback);
        }
    }

    void failure(const std::optional<FailureInfo>& failure)
    {
        if (!failure)
            return;
        group(Tr::tr("Failure"));
        enumValue(Tr::tr("Stage"), EnumType::FailureStage, failure->stage);
        text(Tr::tr("Reason"), failure->reason);
        others(*failure);
    }

    void network(const QString& title, const std::optional<NetworkInfo>& network)
    {
        group(title);
        if (!network) {
            missing(Tr::tr("network"));
            return;
        }
        const NetworkInfo& n = *network;
        enumValue(Tr::tr("Connection"), EnumType::NetworkConnectionType, n.connectionType);
        text(Tr::tr("IP address"), n.ipAddress);
        integer(Tr::tr("Port"), n.port);
        text(Tr::tr("Subnet"), n.subnet);
        text(Tr::tr("Reflexive (public) IP"), n.reflexiveIPAddress);
        text(Tr::tr("Relay IP"), n.relayIPAddress);
        integer(Tr::tr("Relay port"), n.relayPort);
        enumValue(Tr::tr("Transport"), EnumType::NetworkTransportProtocol, n.networkTransportProtocol);
        bitrate(Tr::tr("Link speed"), n.linkSpeed);
        text(Tr::tr("MAC address"), n.macAddress);
        text(Tr::tr("DNS suffix"), n.dnsSuffix);
        if (n.connectionType.index == ConnectionType::Wifi || !n.basicServiceSetIdentifier.isNull()) {
            text(Tr::tr("Wi-Fi BSSID"), n.basicServiceSetIdentifier);
            enumValue(Tr::tr("Wi-Fi band"), EnumType::WifiBand, n.wifiBand);
            enumValue(Tr::tr("Wi-Fi radio"), EnumType::WifiRadioType, n.wifiRadioType);
            integer(Tr::tr("Wi-Fi channel"), n.wifiChannel);
            integer(Tr::tr("Wi-Fi signal strength"), n.wifiSignalStrength, Tr::tr("%"));
            integer(Tr::tr("Battery charge"), n.wifiBatteryCharge, Tr::tr("%"));
            text(Tr::tr("Wi-Fi driver"), n.wifiVendorDriver);
            text(Tr::tr("Wi-Fi driver version"), n.wifiVendorDriverVersion);
            text(Tr::tr("Windows Wi-Fi driver"), n.wifiMicrosoftDriver);
            text(Tr::tr("Windows Wi-Fi driver version"), n.wifiMicrosoftDriverVersion);
        } else {
            // Not a Wi-Fi connection: what a file says of Wi-Fi is left out.
            for (const void* value :
                { static_cast<const void*>(&n.wifiBand), static_cast<const void*>(&n.wifiRadioType),
                    static_cast<const void*>(&n.wifiChannel), static_cast<const void*>(&n.wifiSignalStrength),
                    static_cast<const void*>(&n.wifiBatteryCharge), static_cast<const void*>(&n.wifiVendorDriver),
                    static_cast<const void*>(&n.wifiVendorDriverVersion),
                    static_cast<const void*>(&n.wifiMicrosoftDriver),
                    static_cast<const void*>(&n.wifiMicrosoftDriverVersion) })
                shown(value);
        }
        fraction(Tr::tr("Sent quality events"), n.sentQualityEventRatio);
        fraction(Tr::tr("Received quality events"), n.receivedQualityEventRatio);
        fraction(Tr::tr("Delay events"), n.delayEventRatio);
        fraction(Tr::tr("Low bandwidth events"), n.bandwidthLowEventRatio);
        if (n.traceRouteHops && !n.traceRouteHops->empty()) {
            for (const auto& hop : *n.traceRouteHops) {
                const QString value = hop.ipAddress.toQString()
                    + (hop.roundTripTime ? u" · " + F::milliseconds(*hop.roundTripTime) : QString());
                //: %1 the hop's number on the route, e.g. 3, or "?" when not reported
                row(Tr::tr("Hop %1").arg(hop.hopCount ? QString::number(*hop.hopCount) : QStringLiteral("?")), value);
            }
        }
        others(n);
        for (const auto& extra : n.extra)
            text(extra.name.toQString(), extra.json);
    }

    void device(const QString& title, const std::optional<DeviceInfo>& device)
    {
        group(title);
        if (!device) {
            missing(Tr::tr("device"));
            return;
        }
        const DeviceInfo& d = *device;
        text(Tr::tr("Microphone"), d.captureDeviceName);
        text(Tr::tr("Microphone driver"), d.captureDeviceDriver);
        text(Tr::tr("Speaker"), d.renderDeviceName);
        text(Tr::tr("Speaker driver"), d.renderDeviceDriver);
        fraction(Tr::tr("Microphone not working"), d.captureNotFunctioningEventRatio);
        fraction(Tr::tr("Speaker not working"), d.renderNotFunctioningEventRatio);
        fraction(Tr::tr("CPU insufficient"), d.cpuInsufficentEventRatio);
        fraction(Tr::tr("Clipping"), d.deviceClippingEventRatio);
        fraction(Tr::tr("Device glitches"), d.deviceGlitchEventRatio);
        fraction(Tr::tr("Low speech level"), d.lowSpeechLevelEventRatio);
        fraction(Tr::tr("Low speech-to-noise"), d.lowSpeechToNoiseEventRatio);
        fraction(Tr::tr("Speaker muted"), d.renderMuteEventRatio);
        fraction(Tr::tr("Speaker volume zero"), d.renderZeroVolumeEventRatio);
        number(Tr::tr("Microphone glitches"), d.micGlitchRate, Tr::tr("per 5 min"), 0);
        number(Tr::tr("Speaker glitches"), d.speakerGlitchRate, Tr::tr("per 5 min"), 0);
        integer(Tr::tr("Howling events"), d.howlingEventCount);
        number(Tr::tr("Initial signal level (RMS)"), d.initialSignalLevelRootMeanSquare, {}, 2);
        integer(Tr::tr("Received signal level"), d.receivedSignalLevel);
        integer(Tr::tr("Received noise level"), d.receivedNoiseLevel);
        integer(Tr::tr("Sent signal level"), d.sentSignalLevel);
        integer(Tr::tr("Sent noise level"), d.sentNoiseLevel);
        others(d);
        for (const auto& extra : d.extra)
            text(extra.name.toQString(), extra.json);
    }

    void stream(const MediaStream& s, const Media* media)
    {
        group(Tr::tr("Stream"));
        text(Tr::tr("Stream id"), s.streamId);
        enumValue(Tr::tr("Direction"), EnumType::MediaStreamDirection, s.streamDirection);
        dateTime(Tr::tr("Start"), s.startDateTime);
        dateTime(Tr::tr("End"), s.endDateTime);
        if (!s.audioCodec.isNull())
            enumValue(Tr::tr("Audio codec"), EnumType::AudioCodec, s.audioCodec);
        if (!s.videoCodec.isNull())
            enumValue(Tr::tr("Video codec"), EnumType::VideoCodec, s.videoCodec);
        boolean(Tr::tr("Media bypassed"), s.wasMediaBypassed);

        group(Tr::tr("Network metrics"));
        ms(Tr::tr("Average jitter"), s.averageJitter);
        ms(Tr::tr("Maximum jitter"), s.maxJitter);
        ms(Tr::tr("Average round trip"), s.averageRoundTripTime);
        ms(Tr::tr("Maximum round trip"), s.maxRoundTripTime);
        fraction(Tr::tr("Average packet loss"), s.averagePacketLossRate);
        fraction(Tr::tr("Maximum packet loss"), s.maxPacketLossRate);
        bitrate(Tr::tr("Bandwidth estimate"), s.averageBandwidthEstimate);
        integer(Tr::tr("Packets"), s.packetUtilization);

        const bool video = media && media->label.view().find("video") != std::string_view::npos;
        if (!video || s.averageAudioDegradation || s.averageRatioOfConcealedSamples) {
            group(Tr::tr("Audio metrics"));
            number(Tr::tr("Audio degradation (NMOS)"), s.averageAudioDegradation, {}, 2);
            fraction(Tr::tr("Concealed samples, average"), s.averageRatioOfConcealedSamples);
            fraction(Tr::tr("Concealed samples, maximum"), s.maxRatioOfConcealedSamples);
            ms(Tr::tr("Network jitter, average"), s.averageAudioNetworkJitter);
            ms(Tr::tr("Network jitter, maximum"), s.maxAudioNetworkJitter);
            boolean(Tr::tr("Forward error correction used"), s.isAudioForwardErrorCorrectionUsed);
        }
        if (video || s.averageVideoFrameRate || s.averageVideoFrameLossPercentage) {
            group(Tr::tr("Video metrics"));
            number(Tr::tr("Frame rate"), s.averageVideoFrameRate, Tr::tr("fps"), 1);
            number(Tr::tr("Received frame rate"), s.averageReceivedFrameRate, Tr::tr("fps"), 1);
            percent(Tr::tr("Frame loss"), s.averageVideoFrameLossPercentage);
            fraction(Tr::tr("Video packet loss"), s.averageVideoPacketLossRate);
            fraction(Tr::tr("Packet loss after FEC"), s.postForwardErrorCorrectionPacketLossRate);
            fraction(Tr::tr("Time below 7.5 fps"), s.lowFrameRateRatio);
            fraction(Tr::tr("Time with low processing capability"), s.lowVideoProcessingCapabilityRatio);
            ms(Tr::tr("Freeze duration, average"), s.averageFreezeDuration);
            ms(Tr::tr("Freeze duration, RMS"), s.rmsFreezeDuration);
        }
        others(s);
        if (!s.extra.empty()) {
            otherGroup();
            for (const auto& extra : s.extra)
                text(extra.name.toQString(), extra.json);
        }
    }

    void record(const CallRecord& r)
    {
        group(Tr::tr("Call"));
        text(Tr::tr("Call id"), r.id);
        enumValue(Tr::tr("Type"), EnumType::CallType, r.type);
        integer(Tr::tr("Version"), r.version);
        dateTime(Tr::tr("Start"), r.startDateTime);
        dateTime(Tr::tr("End"), r.endDateTime);
        row(Tr::tr("Duration"),
            r.startDateTime.isNull() || r.endDateTime.isNull() ? QString()
                                                               : F::duration(r.startDateTime, r.endDateTime));
        dateTime(Tr::tr("Last modified"), r.lastModifiedDateTime);
        QStringList modalities;
        for (const auto& modality : r.modalities)
            modalities.append(enumValueText(EnumType::Modality, modality));
        row(Tr::tr("Modalities"), modalities.join(u", "));
        shown(&r.modalities);
        text(Tr::tr("Join URL"), r.joinWebUrl);
        const RecordCounts counts = countNodes(r);
        row(Tr::tr("Contents"),
            //: counts of the nodes below a call record: %1 sessions, %2 segments, %3 media, %4 streams
            Tr::tr("sessions %1 · segments %2 · media %3 · streams %4")
                .arg(F::number(double(counts.sessions), 0), F::number(double(counts.segments), 0),
                    F::number(double(counts.media), 0), F::number(double(counts.streams), 0)));
        row(Tr::tr("Source"), r.sourceNames.join(u", "));
        row(Tr::tr("Completeness"),
            r.isComplete() ? Tr::tr("complete")
                           : (r.sessionsOnly ? Tr::tr("sessions only (record properties not loaded)")
                                             : Tr::tr("incomplete: more pages exist")));
        if (!r.sessionsNextLink.isNull())
            text(Tr::tr("Next sessions page"), r.sessionsNextLink);
        if (!r.participantsNextLink.isNull())
            text(Tr::tr("Next participants page"), r.participantsNextLink);

        group(Tr::tr("Organizer"));
        const QString organizer = organizerName(r);
        row(Tr::tr("Name"), organizer);
        if (r.organizerV2 && r.organizerV2->identity)
            identitySet(*r.organizerV2->identity);
        else if (r.organizer)
            identitySet(*r.organizer);

        group(Tr::tr("Participants"));
        const QStringList names = participantNames(r);
        if (names.isEmpty())
            missing(Tr::tr("Participants"));
        for (int i = 0; i < names.size(); ++i)
            //: %1 the participant's position in the list, counting from 1
            row(Tr::tr("Participant %1").arg(i + 1), names[i]);
        others(r);
        if (!r.extra.empty()) {
            otherGroup();
            for (const auto& extra : r.extra)
                text(extra.name.toQString(), extra.json);
        }
        if (!r.warnings.isEmpty()) {
            group(Tr::tr("Warnings while loading"));
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
        b.group(Tr::tr("Quality"));
        b.row(Tr::tr("Verdict"), verdictText(classification->verdict(item)));
        b.row(Tr::tr("Profile"), classification->profile().name, classification->profile().description);
        if (const StreamVerdict* verdict
            = node.kind == NodeRef::Kind::Stream ? classification->stream(node.stream) : nullptr) {
            b.row(Tr::tr("Media kind"), mediaKindName(verdict->kind));
            if (verdict->verdict == Verdict::Unclassified)
                b.row(Tr::tr("Why unclassified"), verdict->unclassifiedReason);
            for (const auto& rule : verdict->rules)
                b.row(rule.poor ? Tr::tr("Rule broken") : Tr::tr("Rule met"), rule.text());
        } else {
            const QStringList lines = classification->explain(*node.record, item).split(u'\n').mid(1);
            for (const QString& line : lines)
                b.row(Tr::tr("Reason"), line.mid(2));
            if (node.kind == NodeRef::Kind::Media) {
                if (const auto* problems = classification->deviceProblems(node.media)) {
                    for (const auto& problem : *problems)
                        b.row(Tr::tr("Device problem"), problem.text());
                }
            }
        }
    }
    switch (node.kind) {
    case NodeRef::Kind::Record:
        b.record(*node.record);
        break;
    case NodeRef::Kind::Session:
        b.group(Tr::tr("Session"));
        b.text(Tr::tr("Session id"), node.session->id);
        b.dateTime(Tr::tr("Start"), node.session->startDateTime);
        b.dateTime(Tr::tr("End"), node.session->endDateTime);
        b.row(Tr::tr("Duration"),
            node.session->startDateTime.isNull() || node.session->endDateTime.isNull()
                ? QString()
                : F::duration(node.session->startDateTime, node.session->endDateTime));
        {
            QStringList modalities;
            for (const auto& modality : node.session->modalities)
                modalities.append(enumValueText(EnumType::Modality, modality));
            b.row(Tr::tr("Modalities"), modalities.join(u", "));
        }
        b.boolean(Tr::tr("Test call"), node.session->isTest);
        b.shown(&node.session->modalities);
        b.others(*node.session);
        b.failure(node.session->failureInfo);
        b.endpoint(Tr::tr("Caller"), node.session->caller);
        b.endpoint(Tr::tr("Callee"), node.session->callee);
        break;
    case NodeRef::Kind::Segment:
        b.group(Tr::tr("Segment"));
        b.text(Tr::tr("Segment id"), node.segment->id);
        b.dateTime(Tr::tr("Start"), node.segment->startDateTime);
        b.dateTime(Tr::tr("End"), node.segment->endDateTime);
        b.row(Tr::tr("Duration"),
            node.segment->startDateTime.isNull() || node.segment->endDateTime.isNull()
                ? QString()
                : F::duration(node.segment->startDateTime, node.segment->endDateTime));
        b.others(*node.segment);
        b.failure(node.segment->failureInfo);
        b.endpoint(Tr::tr("Caller"), node.segment->caller);
        b.endpoint(Tr::tr("Callee"), node.segment->callee);
        break;
    case NodeRef::Kind::Media:
        b.group(Tr::tr("Media"));
        b.text(Tr::tr("Label"), node.media->label);
        b.row(Tr::tr("Streams"), QString::number(node.media->streams.size()));
        b.others(*node.media);
        b.network(Tr::tr("Caller network"), node.media->callerNetwork);
        b.device(Tr::tr("Caller device"), node.media->callerDevice);
        b.network(Tr::tr("Callee network"), node.media->calleeNetwork);
        b.device(Tr::tr("Callee device"), node.media->calleeDevice);
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
    return section == PropertyColumn ? Tr::tr("Property") : Tr::tr("Value");
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
