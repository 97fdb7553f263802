#include "enums.h"

#include <array>

using namespace std::string_view_literals;

namespace {
// Copied from callRecords-v1.0-schema.csdl.xml (order = numeric value).
constexpr std::array audioCodec { "unknown"sv, "invalid"sv, "cn"sv, "pcma"sv, "pcmu"sv, "amrWide"sv, "g722"sv,
    "g7221"sv, "g7221c"sv, "g729"sv, "multiChannelAudio"sv, "muchv2"sv, "opus"sv, "satin"sv, "satinFullband"sv,
    "rtAudio8"sv, "rtAudio16"sv, "silk"sv, "silkNarrow"sv, "silkWide"sv, "siren"sv, "xmsRta"sv,
    "unknownFutureValue"sv };
constexpr std::array callType { "unknown"sv, "groupCall"sv, "peerToPeer"sv, "unknownFutureValue"sv };
constexpr std::array clientPlatform { "unknown"sv, "windows"sv, "macOS"sv, "iOS"sv, "android"sv, "web"sv, "ipPhone"sv,
    "roomSystem"sv, "surfaceHub"sv, "holoLens"sv, "unknownFutureValue"sv };
constexpr std::array failureStage { "unknown"sv, "callSetup"sv, "midcall"sv, "unknownFutureValue"sv };
constexpr std::array mediaStreamDirection { "callerToCallee"sv, "calleeToCaller"sv };
constexpr std::array modality { "audio"sv, "video"sv, "videoBasedScreenSharing"sv, "data"sv, "screenSharing"sv,
    "unknownFutureValue"sv };
constexpr std::array networkConnectionType { "unknown"sv, "wired"sv, "wifi"sv, "mobile"sv, "tunnel"sv,
    "unknownFutureValue"sv };
constexpr std::array networkTransportProtocol { "unknown"sv, "udp"sv, "tcp"sv, "unknownFutureValue"sv };
constexpr std::array productFamily { "unknown"sv, "teams"sv, "skypeForBusiness"sv, "lync"sv, "unknownFutureValue"sv,
    "azureCommunicationServices"sv };
constexpr std::array serviceRole { "unknown"sv, "customBot"sv, "skypeForBusinessMicrosoftTeamsGateway"sv,
    "skypeForBusinessAudioVideoMcu"sv, "skypeForBusinessApplicationSharingMcu"sv, "skypeForBusinessCallQueues"sv,
    "skypeForBusinessAutoAttendant"sv, "mediationServer"sv, "mediationServerCloudConnectorEdition"sv,
    "exchangeUnifiedMessagingService"sv, "mediaController"sv, "conferencingAnnouncementService"sv,
    "conferencingAttendant"sv, "audioTeleconferencerController"sv,
    "skypeForBusinessUnifiedCommunicationApplicationPlatform"sv, "responseGroupServiceAnnouncementService"sv,
    "gateway"sv, "skypeTranslator"sv, "skypeForBusinessAttendant"sv, "responseGroupService"sv, "voicemail"sv,
    "unknownFutureValue"sv };
constexpr std::array userFeedbackRating { "notRated"sv, "bad"sv, "poor"sv, "fair"sv, "good"sv, "excellent"sv,
    "unknownFutureValue"sv };
constexpr std::array videoCodec { "unknown"sv, "invalid"sv, "av1"sv, "h263"sv, "h264"sv, "h264s"sv, "h264uc"sv,
    "h265"sv, "rtvc1"sv, "rtVideo"sv, "xrtvc1"sv, "unknownFutureValue"sv };
constexpr std::array wifiBand { "unknown"sv, "frequency24GHz"sv, "frequency50GHz"sv, "frequency60GHz"sv,
    "unknownFutureValue"sv };
constexpr std::array wifiRadioType { "unknown"sv, "wifi80211a"sv, "wifi80211b"sv, "wifi80211g"sv, "wifi80211n"sv,
    "wifi80211ac"sv, "wifi80211ax"sv, "unknownFutureValue"sv };
constexpr std::array endpointType { "default"sv, "voicemail"sv, "skypeForBusiness"sv, "skypeForBusinessVoipPhone"sv,
    "unknownFutureValue"sv };

struct EnumTable {
    std::string_view name;
    std::span<const std::string_view> members;
};

constexpr std::array<EnumTable, size_t(EnumType::EnumTypeCount)> tables { {
    { "audioCodec", audioCodec },
    { "callType", callType },
    { "clientPlatform", clientPlatform },
    { "failureStage", failureStage },
    { "mediaStreamDirection", mediaStreamDirection },
    { "modality", modality },
    { "networkConnectionType", networkConnectionType },
    { "networkTransportProtocol", networkTransportProtocol },
    { "productFamily", productFamily },
    { "serviceRole", serviceRole },
    { "userFeedbackRating", userFeedbackRating },
    { "videoCodec", videoCodec },
    { "wifiBand", wifiBand },
    { "wifiRadioType", wifiRadioType },
    { "endpointType", endpointType },
} };
} // namespace

std::span<const std::string_view> enumMembers(EnumType type)
{
    return tables[size_t(type)].members;
}

std::string_view enumTypeName(EnumType type)
{
    return tables[size_t(type)].name;
}

int enumIndexOf(EnumType type, std::string_view name)
{
    const auto members = enumMembers(type);
    for (size_t i = 0; i < members.size(); ++i) {
        if (members[i] == name) // the usual spelling first: cheap
            return int(i);
    }
    for (size_t i = 0; i < members.size(); ++i) {
        if (Text(members[i]).equalsIgnoreCase(name))
            return int(i);
    }
    return -1;
}

std::string_view enumValueName(EnumType type, const EnumValue& value)
{
    const auto members = enumMembers(type);
    if (value.index >= 0 && size_t(value.index) < members.size())
        return members[size_t(value.index)];
    return value.name().view();
}

QString enumValueText(EnumType type, const EnumValue& value)
{
    const auto name = enumValueName(type, value);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}
