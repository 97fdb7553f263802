#pragma once

#include <cstdint>
#include <string_view>

// The property names the loader handles by hand (nodes, structures, annotations, and the ones
// a document's shape is decided by), matched ASCII case-insensitively (PowerShell's
// ConvertTo-Json writes "Id", "Sessions", ...), looked up by the exact canonical spelling
// first. Every scalar property of the schema tables (schema.h) gets a key too, after these.
#define CRV_JSON_KEYS(X)                                                                                               \
    X(Id, "id")                                                                                                        \
    X(Modalities, "modalities")                                                                                        \
    X(StartDateTime, "startDateTime")                                                                                  \
    X(EndDateTime, "endDateTime")                                                                                      \
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
    X(Segments, "segments")                                                                                            \
    X(Media, "media")                                                                                                  \
    X(Identity, "identity")                                                                                            \
    X(AdministrativeUnitInfos, "administrativeUnitInfos")                                                              \
    X(UserAgent, "userAgent")                                                                                          \
    X(AssociatedIdentity, "associatedIdentity")                                                                        \
    X(Feedback, "feedback")                                                                                            \
    X(Tokens, "tokens")                                                                                                \
    X(CallerNetwork, "callerNetwork")                                                                                  \
    X(CalleeNetwork, "calleeNetwork")                                                                                  \
    X(CallerDevice, "callerDevice")                                                                                    \
    X(CalleeDevice, "calleeDevice")                                                                                    \
    X(Streams, "streams")                                                                                              \
    X(TraceRouteHops, "traceRouteHops")

enum class JsonKey : uint16_t {
#define CRV_KEY_ENUM(id, name) id,
    CRV_JSON_KEYS(CRV_KEY_ENUM)
#undef CRV_KEY_ENUM
        Unknown,
    /// Any other "...@odata.*" or "@..." instance annotation.
    Annotation,
    /// The keys of schema.h's property names that are not listed above start here.
    FirstDynamic,
};

/// Looks a property name up, ignoring ASCII case. Also maps the PowerShell spellings
/// "OrganizerV2" / "ParticipantsV2".
JsonKey lookupJsonKey(std::string_view name);
