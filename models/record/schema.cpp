#include "schema.h"

namespace {

// Row makers: one per value type, so a row reads as "name, member, what it is".
template <typename T>
Property<T> text(std::string_view name, Text T::*member, Personal personal = Personal::None)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::Text;
    p.personal = personal;
    p.text = member;
    return p;
}

template <typename T>
Property<T> number(std::string_view name, OptionalDouble T::*member, Unit unit = Unit::None)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::Number;
    p.unit = unit;
    p.number = member;
    return p;
}

template <typename T>
Property<T> fraction(std::string_view name, OptionalDouble T::*member)
{
    return number(name, member, Unit::Fraction);
}

template <typename T>
Property<T> duration(std::string_view name, OptionalDouble T::*member)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::Duration;
    p.number = member;
    return p;
}

template <typename T>
Property<T> integer(std::string_view name, OptionalInt T::*member, Unit unit = Unit::None)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::Integer;
    p.unit = unit;
    p.integer = member;
    return p;
}

template <typename T>
Property<T> boolean(std::string_view name, std::optional<bool> T::*member)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::Boolean;
    p.boolean = member;
    return p;
}

template <typename T>
Property<T> dateTime(std::string_view name, DateTime T::*member)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::DateTime;
    p.dateTime = member;
    return p;
}

template <typename T>
Property<T> enumeration(std::string_view name, EnumValue T::*member, EnumType type)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::Enum;
    p.enumType = type;
    p.enumValue = member;
    return p;
}

template <typename T>
Property<T> enumList(std::string_view name, List<EnumValue> T::*member, EnumType type)
{
    Property<T> p;
    p.name = name;
    p.kind = ValueKind::EnumList;
    p.enumType = type;
    p.enumList = member;
    return p;
}

// The tables, without their key index: the key table is built from their names first.

const PropertyList<Identity>& identityTable()
{
    static const PropertyList<Identity> table {
        text("@odata.type", &Identity::odataType),
        text("id", &Identity::id, Personal::Id),
        text("displayName", &Identity::displayName), // a pseudonym by the kind of party (redaction)
        text("tenantId", &Identity::tenantId, Personal::Id),
        text("userPrincipalName", &Identity::userPrincipalName, Personal::Hidden),
        text("email", &Identity::email, Personal::Hidden),
        text("ipAddress", &Identity::ipAddress, Personal::IpAddress),
        text("applicationType", &Identity::applicationType),
        text("azureCommunicationServicesResourceId", &Identity::azureCommunicationServicesResourceId, Personal::Id),
        boolean("hidden", &Identity::hidden),
    };
    return table;
}

const PropertyList<IdentitySet>& identitySetTable()
{
    static const PropertyList<IdentitySet> table {
        text("@odata.type", &IdentitySet::odataType),
        enumeration("endpointType", &IdentitySet::endpointType, EnumType::EndpointType),
    };
    return table;
}

const PropertyList<Participant>& participantTable()
{
    static const PropertyList<Participant> table { text("id", &Participant::id, Personal::Id) };
    return table;
}

const PropertyList<AdministrativeUnitInfo>& administrativeUnitTable()
{
    static const PropertyList<AdministrativeUnitInfo> table { text("id", &AdministrativeUnitInfo::id, Personal::Id) };
    return table;
}

const PropertyList<UserAgent>& userAgentTable()
{
    static const PropertyList<UserAgent> table {
        text("@odata.type", &UserAgent::odataType),
        text("applicationVersion", &UserAgent::applicationVersion),
        text("headerValue", &UserAgent::headerValue, Personal::FreeText),
        enumeration("platform", &UserAgent::platform, EnumType::ClientPlatform),
        enumeration("productFamily", &UserAgent::productFamily, EnumType::ProductFamily),
        text("azureADAppId", &UserAgent::azureADAppId, Personal::Id),
        text("communicationServiceId", &UserAgent::communicationServiceId, Personal::Id),
        enumeration("role", &UserAgent::role, EnumType::ServiceRole),
    };
    return table;
}

const PropertyList<UserFeedback>& feedbackTable()
{
    static const PropertyList<UserFeedback> table {
        enumeration("rating", &UserFeedback::rating, EnumType::UserFeedbackRating),
        text("text", &UserFeedback::text, Personal::Removed),
    };
    return table;
}

const PropertyList<Endpoint>& endpointTable()
{
    static const PropertyList<Endpoint> table {
        text("@odata.type", &Endpoint::odataType),
        text("name", &Endpoint::name, Personal::DeviceName),
        text("cpuName", &Endpoint::cpuName),
        integer("cpuCoresCount", &Endpoint::cpuCoresCount),
        integer("cpuProcessorSpeedInMhz", &Endpoint::cpuProcessorSpeedInMhz, Unit::Megahertz),
    };
    return table;
}

const PropertyList<FailureInfo>& failureTable()
{
    static const PropertyList<FailureInfo> table {
        text("reason", &FailureInfo::reason, Personal::FreeText),
        enumeration("stage", &FailureInfo::stage, EnumType::FailureStage),
    };
    return table;
}

const PropertyList<TraceRouteHop>& hopTable()
{
    static const PropertyList<TraceRouteHop> table {
        integer("hopCount", &TraceRouteHop::hopCount),
        text("ipAddress", &TraceRouteHop::ipAddress, Personal::IpAddress),
        duration("roundTripTime", &TraceRouteHop::roundTripTime),
    };
    return table;
}

const PropertyList<NetworkInfo>& networkTable()
{
    using N = NetworkInfo;
    static const PropertyList<NetworkInfo> table {
        text("ipAddress", &N::ipAddress, Personal::IpAddress),
        text("subnet", &N::subnet, Personal::IpAddress),
        text("reflexiveIPAddress", &N::reflexiveIPAddress, Personal::IpAddress),
        text("relayIPAddress", &N::relayIPAddress, Personal::IpAddress),
        text("dnsSuffix", &N::dnsSuffix, Personal::Hidden),
        text("macAddress", &N::macAddress, Personal::MacAddress),
        text("basicServiceSetIdentifier", &N::basicServiceSetIdentifier, Personal::MacAddress),
        integer("port", &N::port),
        integer("relayPort", &N::relayPort),
        integer("linkSpeed", &N::linkSpeed, Unit::BitsPerSecond),
        enumeration("connectionType", &N::connectionType, EnumType::NetworkConnectionType),
        enumeration("networkTransportProtocol", &N::networkTransportProtocol, EnumType::NetworkTransportProtocol),
        enumeration("wifiBand", &N::wifiBand, EnumType::WifiBand),
        enumeration("wifiRadioType", &N::wifiRadioType, EnumType::WifiRadioType),
        integer("wifiChannel", &N::wifiChannel),
        integer("wifiSignalStrength", &N::wifiSignalStrength, Unit::Percent),
        integer("wifiBatteryCharge", &N::wifiBatteryCharge, Unit::Percent),
        text("wifiMicrosoftDriver", &N::wifiMicrosoftDriver),
        text("wifiMicrosoftDriverVersion", &N::wifiMicrosoftDriverVersion),
        text("wifiVendorDriver", &N::wifiVendorDriver),
        text("wifiVendorDriverVersion", &N::wifiVendorDriverVersion),
        fraction("sentQualityEventRatio", &N::sentQualityEventRatio),
        fraction("receivedQualityEventRatio", &N::receivedQualityEventRatio),
        fraction("delayEventRatio", &N::delayEventRatio),
        fraction("bandwidthLowEventRatio", &N::bandwidthLowEventRatio),
    };
    return table;
}

const PropertyList<DeviceInfo>& deviceTable()
{
    using D = DeviceInfo;
    static const PropertyList<DeviceInfo> table {
        text("captureDeviceName", &D::captureDeviceName, Personal::AudioDeviceName),
        text("captureDeviceDriver", &D::captureDeviceDriver),
        text("renderDeviceName", &D::renderDeviceName, Personal::AudioDeviceName),
        text("renderDeviceDriver", &D::renderDeviceDriver),
        fraction("captureNotFunctioningEventRatio", &D::captureNotFunctioningEventRatio),
        fraction("renderNotFunctioningEventRatio", &D::renderNotFunctioningEventRatio),
        fraction("cpuInsufficentEventRatio", &D::cpuInsufficentEventRatio),
        fraction("deviceClippingEventRatio", &D::deviceClippingEventRatio),
        fraction("deviceGlitchEventRatio", &D::deviceGlitchEventRatio),
        fraction("lowSpeechLevelEventRatio", &D::lowSpeechLevelEventRatio),
        fraction("lowSpeechToNoiseEventRatio", &D::lowSpeechToNoiseEventRatio),
        fraction("renderMuteEventRatio", &D::renderMuteEventRatio),
        fraction("renderZeroVolumeEventRatio", &D::renderZeroVolumeEventRatio),
        number("micGlitchRate", &D::micGlitchRate, Unit::PerFiveMinutes),
        number("speakerGlitchRate", &D::speakerGlitchRate, Unit::PerFiveMinutes),
        integer("howlingEventCount", &D::howlingEventCount),
        number("initialSignalLevelRootMeanSquare", &D::initialSignalLevelRootMeanSquare),
        integer("receivedSignalLevel", &D::receivedSignalLevel),
        integer("receivedNoiseLevel", &D::receivedNoiseLevel),
        integer("sentSignalLevel", &D::sentSignalLevel),
        integer("sentNoiseLevel", &D::sentNoiseLevel),
    };
    return table;
}

const PropertyList<MediaStream>& streamTable()
{
    using S = MediaStream;
    static const PropertyList<MediaStream> table {
        text("streamId", &S::streamId),
        enumeration("streamDirection", &S::streamDirection, EnumType::MediaStreamDirection),
        dateTime("startDateTime", &S::startDateTime),
        dateTime("endDateTime", &S::endDateTime),
        enumeration("audioCodec", &S::audioCodec, EnumType::AudioCodec),
        enumeration("videoCodec", &S::videoCodec, EnumType::VideoCodec),
        number("averageAudioDegradation", &S::averageAudioDegradation),
        duration("averageJitter", &S::averageJitter),
        duration("maxJitter", &S::maxJitter),
        duration("averageAudioNetworkJitter", &S::averageAudioNetworkJitter),
        duration("maxAudioNetworkJitter", &S::maxAudioNetworkJitter),
        duration("averageRoundTripTime", &S::averageRoundTripTime),
        duration("maxRoundTripTime", &S::maxRoundTripTime),
        fraction("averagePacketLossRate", &S::averagePacketLossRate),
        fraction("maxPacketLossRate", &S::maxPacketLossRate),
        fraction("averageRatioOfConcealedSamples", &S::averageRatioOfConcealedSamples),
        fraction("maxRatioOfConcealedSamples", &S::maxRatioOfConcealedSamples),
        integer("averageBandwidthEstimate", &S::averageBandwidthEstimate, Unit::BitsPerSecond),
        integer("packetUtilization", &S::packetUtilization),
        boolean("wasMediaBypassed", &S::wasMediaBypassed),
        boolean("isAudioForwardErrorCorrectionUsed", &S::isAudioForwardErrorCorrectionUsed),
        fraction("postForwardErrorCorrectionPacketLossRate", &S::postForwardErrorCorrectionPacketLossRate),
        number("averageVideoFrameLossPercentage", &S::averageVideoFrameLossPercentage, Unit::Percent),
        fraction("averageVideoPacketLossRate", &S::averageVideoPacketLossRate),
        number("averageVideoFrameRate", &S::averageVideoFrameRate, Unit::FramesPerSecond),
        number("averageReceivedFrameRate", &S::averageReceivedFrameRate, Unit::FramesPerSecond),
        fraction("lowFrameRateRatio", &S::lowFrameRateRatio),
        fraction("lowVideoProcessingCapabilityRatio", &S::lowVideoProcessingCapabilityRatio),
        duration("averageFreezeDuration", &S::averageFreezeDuration),
        duration("rmsFreezeDuration", &S::rmsFreezeDuration),
    };
    return table;
}

const PropertyList<Media>& mediaTable()
{
    static const PropertyList<Media> table { text("label", &Media::label) };
    return table;
}

const PropertyList<Segment>& segmentTable()
{
    static const PropertyList<Segment> table {
        text("id", &Segment::id),
        dateTime("startDateTime", &Segment::startDateTime),
        dateTime("endDateTime", &Segment::endDateTime),
    };
    return table;
}

const PropertyList<Session>& sessionTable()
{
    static const PropertyList<Session> table {
        text("id", &Session::id),
        enumList("modalities", &Session::modalities, EnumType::Modality),
        dateTime("startDateTime", &Session::startDateTime),
        dateTime("endDateTime", &Session::endDateTime),
        boolean("isTest", &Session::isTest),
    };
    return table;
}

const PropertyList<CallRecord>& recordTable()
{
    static const PropertyList<CallRecord> table {
        text("id", &CallRecord::id),
        integer("version", &CallRecord::version),
        enumeration("type", &CallRecord::type, EnumType::CallType),
        enumList("modalities", &CallRecord::modalities, EnumType::Modality),
        dateTime("startDateTime", &CallRecord::startDateTime),
        dateTime("endDateTime", &CallRecord::endDateTime),
        dateTime("lastModifiedDateTime", &CallRecord::lastModifiedDateTime),
        text("joinWebUrl", &CallRecord::joinWebUrl, Personal::Hidden),
    };
    return table;
}

template <typename T>
void addNames(std::vector<std::string_view>& names, const PropertyList<T>& list)
{
    for (const Property<T>& p : list)
        names.push_back(p.name);
}

} // namespace

template <typename T>
PropertyList<T>::PropertyList(std::initializer_list<Property<T>> properties)
    : m_properties(properties)
{
    Q_ASSERT(m_properties.size() < 128); // indexes are int8_t
}

template <typename T>
void PropertyList<T>::buildIndex() const
{
    for (size_t i = 0; i < m_properties.size(); ++i) {
        const auto key = size_t(lookupJsonKey(m_properties[i].name));
        if (m_index.size() <= key)
            m_index.resize(key + 1, -1);
        m_index[key] = int8_t(i);
    }
}

std::vector<std::string_view> schemaPropertyNames()
{
    std::vector<std::string_view> names;
    addNames(names, identityTable());
    addNames(names, identitySetTable());
    addNames(names, participantTable());
    addNames(names, administrativeUnitTable());
    addNames(names, userAgentTable());
    addNames(names, feedbackTable());
    addNames(names, endpointTable());
    addNames(names, failureTable());
    addNames(names, hopTable());
    addNames(names, networkTable());
    addNames(names, deviceTable());
    addNames(names, streamTable());
    addNames(names, mediaTable());
    addNames(names, segmentTable());
    addNames(names, sessionTable());
    addNames(names, recordTable());
    return names;
}

// The tables with their key index, built on first use (thread-safe: function statics).
#define CRV_PROPERTIES(Type, table)                                                                                    \
    template <>                                                                                                        \
    const PropertyList<Type>& properties<Type>()                                                                       \
    {                                                                                                                  \
        static const PropertyList<Type>& indexed = (table().buildIndex(), table());                                    \
        return indexed;                                                                                                \
    }                                                                                                                  \
    template class PropertyList<Type>;

CRV_PROPERTIES(Identity, identityTable)
CRV_PROPERTIES(IdentitySet, identitySetTable)
CRV_PROPERTIES(Participant, participantTable)
CRV_PROPERTIES(AdministrativeUnitInfo, administrativeUnitTable)
CRV_PROPERTIES(UserAgent, userAgentTable)
CRV_PROPERTIES(UserFeedback, feedbackTable)
CRV_PROPERTIES(Endpoint, endpointTable)
CRV_PROPERTIES(FailureInfo, failureTable)
CRV_PROPERTIES(TraceRouteHop, hopTable)
CRV_PROPERTIES(NetworkInfo, networkTable)
CRV_PROPERTIES(DeviceInfo, deviceTable)
CRV_PROPERTIES(MediaStream, streamTable)
CRV_PROPERTIES(Media, mediaTable)
CRV_PROPERTIES(Segment, segmentTable)
CRV_PROPERTIES(Session, sessionTable)
CRV_PROPERTIES(CallRecord, recordTable)
#undef CRV_PROPERTIES
