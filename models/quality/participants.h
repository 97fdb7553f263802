#pragma once

#include "classifier.h"
#include "record/noderef.h"

#include <QString>
#include <QStringList>

#include <vector>

/// What a person is in the call, for the Participants view.
enum class ParticipantRole { Organizer, Attendee, External, Anonymous, Service };
QString participantRoleText(ParticipantRole role);

/// What went one way for one person: what they sent (their uplink) or received (their
/// downlink), over all their sessions.
struct DirectionSummary {
    Verdict verdict = Verdict::Unclassified; ///< the worst stream's
    const MediaStream* worstStream = nullptr; ///< the stream that decided (worst ranked)
    NodePath worstPath; ///< where that stream is in the record
    const RuleResult* decidingRule = nullptr; ///< its worst rule, when it has one
    Milliseconds worstJitter; ///< the highest average jitter
    Milliseconds worstRoundTrip; ///< the highest average round-trip time
    OptionalDouble worstLoss; ///< the highest average packet loss rate (fraction)
    int streams = 0;
    int poorStreams = 0;
};

/// One person (or the conferencing service) with all their legs merged.
struct ParticipantSummary {
    /// How the legs were matched: "id:<lower-case id>", "name:<display name>" or, for someone
    /// nothing names, "unnamed:<session>:<side>" (never merged with anyone).
    QString key;
    QString name; ///< display name, else the id or number
    QString id;
    QString upnOrNumber; ///< user principal name, e-mail, or the phone number
    QString identityKind; ///< "user", "guest", "phone", "acsUser", ... as Graph names it
    ParticipantRole role = ParticipantRole::Attendee;
    bool listed = false; ///< in participants_v2 (or the deprecated participants list)
    std::vector<const Session*> sessions; ///< the sessions they took part in, in record order
    QStringList clients; ///< "windows 1416/1.0.94.2023…", distinct, in order of appearance
    QStringList connections; ///< "wired", "wifi (frequency24GHz)", distinct
    DirectionSummary sent;
    DirectionSummary received;
    int deviceProblems = 0; ///< of their own devices
    QString feedbackRating; ///< the worst rating they gave, as Graph names it ("poor"); empty if none
    /// Worst received or sent verdict (poor first): what "worst first" sorts by.
    Verdict worstVerdict() const;
};

/// Everyone in the call, worst first: poor before good before unclassified (by their received
/// audio, then sent), then by how far the deciding rule is past its threshold, then by name.
/// People come from participants_v2 (or the deprecated list) and from the sessions' endpoints
/// (associatedIdentity, else the deprecated identity set), matched by id first, then by display
/// name; service endpoints (conferencing server, media processor) merge into one row per role.
std::vector<ParticipantSummary> summarizeParticipants(
    const CallRecord& record, const RecordClassification& classification);
