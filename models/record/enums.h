#pragma once

#include "text.h"

#include <cstdint>
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

/// A value of an evolvable enum in 16 bytes: the member's index, or for a member this build
/// does not know, the name as written.
class EnumValue {
public:
    EnumValue() = default;
    static EnumValue known(int memberIndex)
    {
        EnumValue value;
        value.index = memberIndex;
        return value;
    }
    static EnumValue unknown(Text memberName)
    {
        EnumValue value;
        value.m_name = memberName.view().data();
        value.m_nameSize = uint32_t(memberName.view().size());
        return value;
    }

    /// The name as written, kept only when it is not a known member.
    Text name() const { return m_name ? Text(std::string_view(m_name, m_nameSize)) : Text(); }
    bool isNull() const { return index < 0 && !m_name; }
    /// Known members compare by value (spelling such as "Wifi" vs "wifi" is not data).
    friend bool operator==(const EnumValue& a, const EnumValue& b)
    {
        return a.index == b.index && (a.index >= 0 || a.name() == b.name());
    }

private:
    const char* m_name = nullptr;
    uint32_t m_nameSize = 0;

public:
    /// CSDL numeric value, or -1 when the name is not a member this build knows.
    int32_t index = -1;
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
namespace FailureStage {
enum : int { Unknown, CallSetup, Midcall, UnknownFutureValue };
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
