#pragma once

// Value types for the microsoft.graph.callRecords v1.0 schema
// (shared reference: callRecords-v1.0-schema.csdl.xml).
//
// Rules kept throughout:
//  - a missing or null property is std::nullopt / a null Text / a null EnumValue, never 0;
//  - durations (Edm.Duration) are milliseconds, fractions stay fractions, percentages stay 0-100;
//  - properties this build does not know are kept in `extra` (name + raw JSON), and every
//    tree node (record, session, segment, media, stream) keeps its original JSON in `raw`.
// The values are built once by the loader and then shared read-only
// (std::shared_ptr<const CallRecord>); the record owns the bytes every Text points into.

#include "bytebuffer.h"
#include "enums.h"
#include "list.h"
#include "optional.h"
#include "text.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using Milliseconds = OptionalDouble;

/// A property this build does not know, kept as written.
struct RawProperty {
    Text name;
    Text json;
    friend bool operator==(const RawProperty&, const RawProperty&) = default;
};

/// Properties this build does not know, in file order. Almost always empty, so it costs one
/// pointer (a std::vector would take three words in each of the ~40 objects of a session).
/// Names are unique (the last key wins, like every other property); past a few entries a
/// name index keeps adding linear in the number of keys, whatever a hostile file holds.
class ExtraProperties {
public:
    ExtraProperties() = default;
    ExtraProperties(const ExtraProperties& other)
        : m_store(other.m_store ? std::make_unique<Store>(*other.m_store) : nullptr)
    {
    }
    ExtraProperties& operator=(const ExtraProperties& other)
    {
        if (this != &other)
            m_store = other.m_store ? std::make_unique<Store>(*other.m_store) : nullptr;
        return *this;
    }
    ExtraProperties(ExtraProperties&&) noexcept = default;
    ExtraProperties& operator=(ExtraProperties&&) noexcept = default;

    size_t size() const { return m_store ? m_store->items.size() : 0; }
    bool empty() const { return size() == 0; }
    const RawProperty& operator[](size_t i) const { return m_store->items[i]; }
    const RawProperty* begin() const { return m_store ? m_store->items.data() : nullptr; }
    const RawProperty* end() const { return m_store ? m_store->items.data() + m_store->items.size() : nullptr; }
    /// Adds a property, or replaces the value of one with the same name (last key wins).
    void set(Text name, Text json);
    /// Adds a property unless one with that name is already there (the first one wins).
    void add(Text name, Text json);
    friend bool operator==(const ExtraProperties& a, const ExtraProperties& b)
    {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    void insert(Text name, Text json, bool replace);

    struct Store {
        std::vector<RawProperty> items;
        /// Name -> position in items; built once items outgrows a short linear scan.
        std::unordered_map<std::string_view, size_t> index;
    };
    std::unique_ptr<Store> m_store;
};

/// Where a node came from in its file. Provenance, not data: two nodes with the same data
/// compare equal wherever they were read from.
struct SourceJson {
    Text json;
    friend bool operator==(const SourceJson&, const SourceJson&) { return true; }
};

/// Edm.DateTimeOffset: UTC milliseconds plus the text as written (up to 7 fractional digits).
struct DateTime {
    OptionalInt msecsSinceEpoch;
    Text text;
    bool isNull() const { return !msecsSinceEpoch.has_value(); }
    QDateTime toQDateTime() const;
    friend bool operator==(const DateTime&, const DateTime&) = default;
};

/// microsoft.graph.identity and its open-type derivatives (communicationsUserIdentity, ...).
struct Identity {
    Text id;
    Text displayName;
    Text tenantId;
    Text userPrincipalName;
    Text email;
    Text ipAddress;
    Text applicationType;
    Text azureCommunicationServicesResourceId;
    std::optional<bool> hidden;
    Text odataType;
    ExtraProperties extra;
    friend bool operator==(const Identity&, const Identity&) = default;
};

/// One member of an identity set: "user", "guest", "phone", ... or an undeclared one such as "acsUser".
struct IdentityEntry {
    Text kind;
    std::optional<Identity> identity; // nullopt when the member was null
    /// Kinds compare in Graph's spelling: PowerShell's "User" is Graph's "user" (IdentitySet::graphKindName).
    friend bool operator==(const IdentityEntry& a, const IdentityEntry& b);
};

/// microsoft.graph.identitySet / communicationsIdentitySet (open types).
struct IdentitySet {
    std::vector<IdentityEntry> entries;
    EnumValue endpointType;
    Text odataType;
    ExtraProperties extra;

    /// The member that best names the party: user, then guest, phone, application, ...
    const IdentityEntry* primary() const;
    /// A member's name as Graph writes it: the known kinds in their own spelling ("acsUser" for
    /// "AcsUser" or "ACSUSER"), others with a lower-case first letter (PowerShell capitalises
    /// every key; Graph's members are camelCase).
    static std::string graphKindName(std::string_view kind);
    const Identity* member(std::string_view kind) const;
    friend bool operator==(const IdentitySet&, const IdentitySet&) = default;
};

struct AdministrativeUnitInfo {
    Text id;
    ExtraProperties extra;
    friend bool operator==(const AdministrativeUnitInfo&, const AdministrativeUnitInfo&) = default;
};

/// callRecords.participant / callRecords.organizer (participantBase).
struct Participant {
    Text id;
    std::optional<IdentitySet> identity;
    List<AdministrativeUnitInfo> administrativeUnitInfos;
    ExtraProperties extra;
    friend bool operator==(const Participant&, const Participant&) = default;
};

enum class UserAgentKind { Unspecified, Client, Service };

/// callRecords.userAgent and its derivatives clientUserAgent / serviceUserAgent.
struct UserAgent {
    UserAgentKind kind = UserAgentKind::Unspecified;
    Text odataType;
    Text applicationVersion;
    Text headerValue;
    EnumValue platform; // client
    EnumValue productFamily; // client
    Text azureADAppId; // client
    Text communicationServiceId; // client
    EnumValue role; // service
    ExtraProperties extra;
    friend bool operator==(const UserAgent&, const UserAgent&) = default;
};

struct FeedbackToken {
    Text name;
    std::optional<bool> value;
    friend bool operator==(const FeedbackToken&, const FeedbackToken&) = default;
};

struct UserFeedback {
    EnumValue rating;
    Text text;
    std::optional<std::vector<FeedbackToken>> tokens; // feedbackTokenSet: open set of booleans
    ExtraProperties extra;
    friend bool operator==(const UserFeedback&, const UserFeedback&) = default;
};

enum class EndpointKind { Unspecified, Participant, Service };

/// callRecords.endpoint / participantEndpoint / serviceEndpoint.
struct Endpoint {
    EndpointKind kind = EndpointKind::Unspecified;
    Text odataType;
    std::optional<UserAgent> userAgent;
    std::optional<Identity> associatedIdentity; // participantEndpoint (current)
    std::optional<IdentitySet> identity; // participantEndpoint (deprecated)
    std::optional<UserFeedback> feedback;
    Text name; // device name
    Text cpuName;
    OptionalInt cpuCoresCount;
    OptionalInt cpuProcessorSpeedInMhz;
    ExtraProperties extra;
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

struct FailureInfo {
    Text reason;
    EnumValue stage;
    ExtraProperties extra;
    friend bool operator==(const FailureInfo&, const FailureInfo&) = default;
};

struct TraceRouteHop {
    OptionalInt hopCount;
    Text ipAddress;
    Milliseconds roundTripTime;
    ExtraProperties extra;
    friend bool operator==(const TraceRouteHop&, const TraceRouteHop&) = default;
};

struct NetworkInfo {
    Text ipAddress;
    Text subnet;
    Text reflexiveIPAddress;
    Text relayIPAddress;
    Text dnsSuffix;
    Text macAddress;
    Text basicServiceSetIdentifier;
    OptionalInt port;
    OptionalInt relayPort;
    OptionalInt linkSpeed; // bits per second
    EnumValue connectionType;
    EnumValue networkTransportProtocol;
    EnumValue wifiBand;
    EnumValue wifiRadioType;
    OptionalInt wifiChannel;
    OptionalInt wifiSignalStrength; // percent
    OptionalInt wifiBatteryCharge; // percent
    Text wifiMicrosoftDriver;
    Text wifiMicrosoftDriverVersion;
    Text wifiVendorDriver;
    Text wifiVendorDriverVersion;
    OptionalDouble sentQualityEventRatio;
    OptionalDouble receivedQualityEventRatio;
    OptionalDouble delayEventRatio;
    OptionalDouble bandwidthLowEventRatio;
    std::optional<std::vector<TraceRouteHop>> traceRouteHops;
    ExtraProperties extra;
    friend bool operator==(const NetworkInfo&, const NetworkInfo&) = default;
};

struct DeviceInfo {
    Text captureDeviceName;
    Text captureDeviceDriver;
    Text renderDeviceName;
    Text renderDeviceDriver;
    OptionalDouble captureNotFunctioningEventRatio;
    OptionalDouble renderNotFunctioningEventRatio;
    OptionalDouble cpuInsufficentEventRatio; // sic: the schema's spelling
    OptionalDouble deviceClippingEventRatio;
    OptionalDouble deviceGlitchEventRatio;
    OptionalDouble lowSpeechLevelEventRatio;
    OptionalDouble lowSpeechToNoiseEventRatio;
    OptionalDouble renderMuteEventRatio;
    OptionalDouble renderZeroVolumeEventRatio;
    OptionalDouble micGlitchRate; // per 5 minutes
    OptionalDouble speakerGlitchRate; // per 5 minutes
    OptionalInt howlingEventCount;
    OptionalDouble initialSignalLevelRootMeanSquare;
    OptionalInt receivedSignalLevel;
    OptionalInt receivedNoiseLevel;
    OptionalInt sentSignalLevel;
    OptionalInt sentNoiseLevel;
    ExtraProperties extra;
    friend bool operator==(const DeviceInfo&, const DeviceInfo&) = default;
};

struct MediaStream {
    Text streamId;
    EnumValue streamDirection;
    DateTime startDateTime;
    DateTime endDateTime;
    EnumValue audioCodec;
    EnumValue videoCodec;
    OptionalDouble averageAudioDegradation; // NMOS points
    Milliseconds averageJitter;
    Milliseconds maxJitter;
    Milliseconds averageAudioNetworkJitter;
    Milliseconds maxAudioNetworkJitter;
    Milliseconds averageRoundTripTime;
    Milliseconds maxRoundTripTime;
    OptionalDouble averagePacketLossRate; // fraction
    OptionalDouble maxPacketLossRate; // fraction
    OptionalDouble averageRatioOfConcealedSamples;
    OptionalDouble maxRatioOfConcealedSamples;
    OptionalInt averageBandwidthEstimate; // bits per second
    OptionalInt packetUtilization; // packets
    std::optional<bool> wasMediaBypassed;
    std::optional<bool> isAudioForwardErrorCorrectionUsed;
    OptionalDouble postForwardErrorCorrectionPacketLossRate; // fraction
    OptionalDouble averageVideoFrameLossPercentage; // percent 0-100
    OptionalDouble averageVideoPacketLossRate; // fraction
    OptionalDouble averageVideoFrameRate; // fps
    OptionalDouble averageReceivedFrameRate; // fps
    OptionalDouble lowFrameRateRatio;
    OptionalDouble lowVideoProcessingCapabilityRatio;
    Milliseconds averageFreezeDuration;
    Milliseconds rmsFreezeDuration;
    ExtraProperties extra;
    SourceJson source;
    friend bool operator==(const MediaStream&, const MediaStream&) = default;
};

struct Media {
    Text label;
    std::optional<NetworkInfo> callerNetwork;
    std::optional<NetworkInfo> calleeNetwork;
    std::optional<DeviceInfo> callerDevice;
    std::optional<DeviceInfo> calleeDevice;
    List<MediaStream> streams;
    ExtraProperties extra;
    SourceJson source;
    friend bool operator==(const Media&, const Media&) = default;
};

struct Segment {
    Text id;
    DateTime startDateTime;
    DateTime endDateTime;
    std::optional<Endpoint> caller;
    std::optional<Endpoint> callee;
    std::optional<FailureInfo> failureInfo;
    List<Media> media;
    ExtraProperties extra;
    SourceJson source;
    friend bool operator==(const Segment&, const Segment&) = default;
};

struct Session {
    Text id;
    DateTime startDateTime;
    DateTime endDateTime;
    List<EnumValue> modalities;
    std::optional<Endpoint> caller;
    std::optional<Endpoint> callee;
    std::optional<FailureInfo> failureInfo;
    std::optional<bool> isTest;
    List<Segment> segments;
    ExtraProperties extra;
    SourceJson source;
    friend bool operator==(const Session&, const Session&) = default;
};

/// Strings that needed JSON unescaping live here (rare); stable addresses.
class StringArena {
public:
    Text store(std::string_view s);
    /// Takes over another arena's strings (their addresses do not change).
    void absorb(StringArena&& other);

private:
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_used = 0;
    size_t m_capacity = 0;
};

/// The bytes a record's Text values point into. Shared so that records merged from
/// several files or Graph pages keep every page alive.
struct SourceBuffer {
    QString name; // file path or request URL, for messages
    ByteBuffer bytes; // the document, with simdjson padding capacity
    size_t offset = 0; // start of the JSON text in `bytes` (after a byte order mark)
    StringArena arena;
};

struct CallRecord {
    Text id;
    OptionalInt version;
    EnumValue type;
    List<EnumValue> modalities;
    DateTime startDateTime;
    DateTime endDateTime;
    DateTime lastModifiedDateTime;
    Text joinWebUrl;
    std::optional<IdentitySet> organizer; // deprecated
    std::optional<std::vector<IdentitySet>> participants; // deprecated
    std::optional<Participant> organizerV2;
    std::optional<std::vector<Participant>> participantsV2;
    // A participants list written as null (not reported either way, but written back as such).
    bool participantsNull = false;
    bool participantsV2Null = false;
    List<Session> sessions;
    ExtraProperties extra;

    /// Non-null while more sessions exist than the file holds (sessions@odata.nextLink).
    Text sessionsNextLink;
    Text participantsNextLink;
    /// True when the file held only sessions pages, not the record's own properties.
    bool sessionsOnly = false;

    // Provenance (not compared).
    SourceJson source;
    Text odataContext;
    /// Non-null when the record came from a list of records that continues ("value" with an
    /// @odata.nextLink): the list is partial, and this is where it goes on.
    Text listNextLink;
    /// For a record read from a list ("value": [...]): true, with the list's @odata.context and
    /// other annotations (@odata.count) as read, so that an export is a list again.
    bool fromList = false;
    Text listContext;
    ExtraProperties listAnnotations;
    QStringList sourceNames;
    QStringList warnings;
    std::vector<std::shared_ptr<const SourceBuffer>> buffers;

    bool isComplete() const { return sessionsNextLink.isNull() && participantsNextLink.isNull() && !sessionsOnly; }
    bool hasSameData(const CallRecord& other) const;
};

using CallRecordPtr = std::shared_ptr<const CallRecord>;

/// Counts of the tree below a record.
struct RecordCounts {
    qsizetype sessions = 0;
    qsizetype segments = 0;
    qsizetype media = 0;
    qsizetype streams = 0;
};
RecordCounts countNodes(const CallRecord& record);

/// Whether a failureInfo reports a failure: a reason that is not blank, or a stage other than
/// unknown / unknownFutureValue. SDK serializers write `{}`, all-null members or only an
/// `@odata.type` for calls that did not fail; those are not failures.
bool failureReported(const std::optional<FailureInfo>& failure);

/// A readable name for an endpoint: participant display name, phone number, guest, or
/// the service role ("Conferencing server"). Empty when nothing identifies it. The words
/// this adds ("Guest", service roles) are in the reader's language, or in English when
/// `localized` is false (data files that must not depend on the locale).
QString endpointDisplayName(const Endpoint& endpoint, bool localized = true);
QString identitySetDisplayName(const IdentitySet& set, bool localized = true);
