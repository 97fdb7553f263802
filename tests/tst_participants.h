#pragma once

#include <QObject>

// The participants summary: one row per person over all their sessions, matched by id, then
// by display name; roles; sent and received verdicts; worst first.
class TestParticipants : public QObject {
    Q_OBJECT
private slots:
    void meetingPeopleAreMergedAndRanked();
    void directionsFollowTheStreams();
    void sameNameWithoutIdIsTheSamePerson();
    void twoIdsWithOneNameAreTwoPeople();
    void peerToPeerCallHasTwoPeople();
    void tableModel();
};
