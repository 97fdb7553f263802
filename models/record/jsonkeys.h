#pragma once

#include <cstdint>
#include <string_view>

// Every property name the loader understands, matched ASCII case-insensitively
// (PowerShell's ConvertTo-Json writes "Id", "Sessions", ...), looked up by the exact
// canonical spelling first.
#define CRV_JSON_KEYS(X)                                                                                               \
    X(Id, "id")                                                                                                        \
    X(Version, "version")                                                                                              \
    X(Type, "type")                                                                                                    \
    X(Modalities, "modalities")                                                                                        \
    X(StartDateTime, "startDateTime")                                                                                  \
    X(EndDateTime, "endDateTime")                                                                                      \
    X(LastModifiedDateTime, "lastModifiedDateTime")                                                                    \
    X(JoinWebUrl, "joinWebUrl")                                                                                        \
    X(Organizer, "organizer")                                                                                          \
    X(Participants, "participants")                                                                                    \
    X(OrganizerV2, "organizer_v2")                                                                                     \
    X(ParticipantsV2, "participants_v2")                                                                               \
    X(Sessions, "sessions")                                                                                            \
    X(OdataType, "@odata.type")                                                                                        \
    X(OdataContext, "@odata.context")                                                                                  \
    X(OdataNextLink, "@odata.nextLink")                                                                                \
    X(SessionsNextLink, "sessions@odata.nextLink")                                                                     \
    X(ParticipantsV2NextLink, "participants_v2@odata.nextLink")                                                        \
    X(Value, "value")                                                                                                  \
    X(Error, "error")                                                                                                  \
    X(AdditionalProperties, "additionalProperties")                                                                    \
    X(Caller, "caller")                                                                                                \
    X(Callee, "callee")                                                                                                \
    X(FailureInfo, "failureInfo")                                                                                      \
    X(IsTest, "isTest")                                                                                                \
    X(Segments, "segments")                                                                                            \
    X(Media, "media")                                                                                                  \
    X(Identity, "identity")                                                                                            \
    X(AdministrativeUnitInfos, "administrativeUnitInfos")                                                              \
    X(UserAgent, "userAgent")                                                                                          \
    X(AssociatedIdentity, "associatedIdentity")                                                                        \
    X(Feedback, "feedback")                                                                                            \
    X(Name, "name")                                                                                                    \
    X(CpuName, "cpuName")                                                                                              \
    X(CpuCoresCount, "cpuCoresCount")                                                                                  \
    X(CpuProcessorSpeedInMhz, "cpuProcessorSpeedInMhz")                                                                \
    X(ApplicationVersion, "applicationVersion")                                                                        \
    X(HeaderValue, "headerValue")                                                                                      \
    X(Platform, "platform")                                                                                            \
    X(ProductFamily, "productFamily")                                                                                  \
    X(AzureADAppId, "azureADAppId")                                                                                    \
    X(CommunicationServiceId, "communicationServiceId")                                                                \
    X(Role, "role")                                                                                                    \
    X(Reason, "reason")                                                                                                \
    X(Stage, "stage")                                                                                                  \
    X(Rating, "rating")                                                                                                \
    X(TextKey, "text")                                                                                                 \
    X(Tokens, "tokens")                                                                                                \
    X(DisplayName, "displayName")                                                                                      \
    X(TenantId, "tenantId")                                                                                            \
    X(UserPrincipalName, "userPrincipalName")                                                                          \
    X(Email, "email")                                                                                                  \
    X(IpAddress, "ipAddress")                                                                                          \
    X(ApplicationType, "applicationType")                                                                              \
    X(AzureCommunicationServicesResourceId, "azureCommunicationServicesResourceId")                                    \
    X(Hidden, "hidden")                                                                                                \
    X(EndpointType, "endpointType")                                                                                    \
    X(Label, "label")                                                                                                  \
    X(CallerNetwork, "callerNetwork")                                                                                  \
    X(CalleeNetwork, "calleeNetwork")                                                                                  \
    X(CallerDevice, "callerDevice")                                                                                    \
    X(CalleeDevice, "calleeDevice")                                                                                    \
    X(Streams, "streams")                                                                                              \
    X(StreamId, "streamId")                                                                                            \
    X(StreamDirection, "streamDirection")                                                                              \
    X(AudioCodec, "audioCodec")                                                                                        \
    X(VideoCodec, "videoCodec")                                                                                        \
    X(AverageAudioDegradation, "averageAudioDegradation")                                                              \
    X(AverageJitter, "averageJitter")                                                                                  \
    X(MaxJitter, "maxJitter")                                                                                          \
    X(AverageAudioNetworkJitter, "averageAudioNetworkJitter")                                                          \
    X(MaxAudioNetworkJitter, "maxAudioNetworkJitter")                                                                  \
    X(AverageRoundTripTime, "averageRoundTripTime")                                                                    \
    X(MaxRoundTripTime, "maxRoundTripTime")                                                                            \
    X(AveragePacketLossRate, "averagePacketLossRate")                                                                  \
    X(MaxPacketLossRate, "maxPacketLossRate")                                                                          \
    X(AverageRatioOfConcealedSamples, "averageRatioOfConcealedSamples")                                                \
    X(MaxRatioOfConcealedSamples, "maxRatioOfConcealedSamples")                                                        \
    X(AverageBandwidthEstimate, "averageBandwidthEstimate")                                                            \
    X(PacketUtilization, "packetUtilization")                                                                          \
    X(WasMediaBypassed, "wasMediaBypassed")                                                                            \
    X(IsAudioForwardErrorCorrectionUsed, "isAudioForwardErrorCorrectionUsed")                                          \
    X(PostForwardErrorCorrectionPacketLossRate, "postForwardErrorCorrectionPacketLossRate")                            \
    X(AverageVideoFrameLossPercentage, "averageVideoFrameLossPercentage")                                              \
    X(AverageVideoPacketLossRate, "averageVideoPacketLossRate")                                                        \
    X(AverageVideoFrameRate, "averageVideoFrameRate")                                                                  \
    X(AverageReceivedFrameRate, "averageReceivedFrameRate")                                                            \
    X(LowFrameRateRatio, "lowFrameRateRatio")                                                                          \
    X(LowVideoProcessingCapabilityRatio, "lowVideoProcessingCapabilityRatio")                                          \
    X(AverageFreezeDuration, "averageFreezeDuration")                                                                  \
    X(RmsFreezeDuration, "rmsFreezeDuration")                                                                          \
    X(Subnet, "subnet")                                                                                                \
    X(ReflexiveIPAddress, "reflexiveIPAddress")                                                                        \
    X(RelayIPAddress, "relayIPAddress")                                                                                \
    X(DnsSuffix, "dnsSuffix")                                                                                          \
    X(MacAddress, "macAddress")                                                                                        \
    X(BasicServiceSetIdentifier, "basicServiceSetIdentifier")                                                          \
    X(Port, "port")                                                                                                    \
    X(RelayPort, "relayPort")                                                                                          \
    X(LinkSpeed, "linkSpeed")                                                                                          \
    X(ConnectionType, "connectionType")                                                                                \
    X(NetworkTransportProtocol, "networkTransportProtocol")                                                            \
    X(WifiBand, "wifiBand")                                                                                            \
    X(WifiRadioType, "wifiRadioType")                                                                                  \
    X(WifiChannel, "wifiChannel")                                                                                      \
    X(WifiSignalStrength, "wifiSignalStrength")                                                                        \
    X(WifiBatteryCharge, "wifiBatteryCharge")                                                                          \
    X(WifiMicrosoftDriver, "wifiMicrosoftDriver")                                                                      \
    X(WifiMicrosoftDriverVersion, "wifiMicrosoftDriverVersion")                                                        \
    X(WifiVendorDriver, "wifiVendorDriver")                                                                            \
    X(WifiVendorDriverVersion, "wifiVendorDriverVersion")                                                              \
    X(SentQualityEventRatio, "sentQualityEventRatio")                                                                  \
    X(ReceivedQualityEventRatio, "receivedQualityEventRatio")                                                          \
    X(DelayEventRatio, "delayEventRatio")                                                                              \
    X(BandwidthLowEventRatio, "bandwidthLowEventRatio")                                                                \
    X(TraceRouteHops, "traceRouteHops")                                                                                \
    X(HopCount, "hopCount")                                                                                            \
    X(RoundTripTime, "roundTripTime")                                                                                  \
    X(CaptureDeviceName, "captureDeviceName")                                                                          \
    X(CaptureDeviceDriver, "captureDeviceDriver")                                                                      \
    X(RenderDeviceName, "renderDeviceName")                                                                            \
    X(RenderDeviceDriver, "renderDeviceDriver")                                                                        \
    X(CaptureNotFunctioningEventRatio, "captureNotFunctioningEventRatio")                                              \
    X(RenderNotFunctioningEventRatio, "renderNotFunctioningEventRatio")                                                \
    X(CpuInsufficentEventRatio, "cpuInsufficentEventRatio")                                                            \
    X(DeviceClippingEventRatio, "deviceClippingEventRatio")                                                            \
    X(DeviceGlitchEventRatio, "deviceGlitchEventRatio")                                                                \
    X(LowSpeechLevelEventRatio, "lowSpeechLevelEventRatio")                                                            \
    X(LowSpeechToNoiseEventRatio, "lowSpeechToNoiseEventRatio")                                                        \
    X(RenderMuteEventRatio, "renderMuteEventRatio")                                                                    \
    X(RenderZeroVolumeEventRatio, "renderZeroVolumeEventRatio")                                                        \
    X(MicGlitchRate, "micGlitchRate")                                                                                  \
    X(SpeakerGlitchRate, "speakerGlitchRate")                                                                          \
    X(HowlingEventCount, "howlingEventCount")                                                                          \
    X(InitialSignalLevelRootMeanSquare, "initialSignalLevelRootMeanSquare")                                            \
    X(ReceivedSignalLevel, "receivedSignalLevel")                                                                      \
    X(ReceivedNoiseLevel, "receivedNoiseLevel")                                                                        \
    X(SentSignalLevel, "sentSignalLevel")                                                                              \
    X(SentNoiseLevel, "sentNoiseLevel")

enum class JsonKey : uint16_t {
#define CRV_KEY_ENUM(id, name) id,
    CRV_JSON_KEYS(CRV_KEY_ENUM)
#undef CRV_KEY_ENUM
        Unknown,
    /// Any other "...@odata.*" or "@..." instance annotation.
    Annotation,
};

/// Looks a property name up, ignoring ASCII case. Also maps the PowerShell spellings
/// "OrganizerV2" / "ParticipantsV2".
JsonKey lookupJsonKey(std::string_view name);
