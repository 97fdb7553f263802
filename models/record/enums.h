#pragma once

#include "text.h"

#include <span>
#include <string_view>

/// The enumerations of the microsoft.graph.callRecords v1.0 schema. Graph's enums are
/// "evolvable": a newer service may send a member this build does not know, so a value
/// keeps the name it was given and is never an error.
enum class EnumType {
    AudioCodec,
    CallType,
    ClientPlatform,
    FailureStage,
    MediaStreamDirection,
    Modality,
    NetworkConnectionType,
    NetworkTransportProtocol,
    ProductFamily,
    ServiceRole,
    UserFeedbackRating,
    VideoCodec,
    WifiBand,
    WifiRadioType,
    EndpointType, // microsoft.graph.endpointType (communicationsIdentitySet)
    EnumTypeCount
};

/// Member names in schema order: a member's index is its CSDL numeric value.
std::span<const std::string_view> enumMembers(EnumType type);
std::string_view enumTypeName(EnumType type);

struct EnumValue {
    /// CSDL numeric value, or -1 when the name is not a member this build knows.
    int index = -1;
    /// The name as written in the file; null when the file gave a number.
    Text name;

    bool isNull() const { return index < 0 && name.isNull(); }
    bool isKnown() const { return index >= 0; }
    friend bool operator==(const EnumValue&, const EnumValue&) = default;
};

/// Canonical member name for known values, the original name otherwise; empty when null.
std::string_view enumValueName(EnumType type, const EnumValue& value);
QString enumValueText(EnumType type, const EnumValue& value);
/// Index of a member name (ASCII case-insensitive), or -1.
int enumIndexOf(EnumType type, std::string_view name);

// Member values used by the code (the rest is only displayed).
namespace CallType {
enum : int { Unknown, GroupCall, PeerToPeer, UnknownFutureValue };
}
namespace Modality {
enum : int { Audio, Video, VideoBasedScreenSharing, Data, ScreenSharing, UnknownFutureValue };
}
namespace StreamDirection {
enum : int { CallerToCallee, CalleeToCaller };
}
namespace ConnectionType {
enum : int { Unknown, Wired, Wifi, Mobile, Tunnel, UnknownFutureValue };
}
