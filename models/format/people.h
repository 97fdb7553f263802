#pragma once

#include "record/callrecord.h"

#include <QString>
#include <QStringList>

/// Names of everyone in the call: participants_v2, else the deprecated participants list,
/// else the endpoints of the sessions.
QStringList participantNames(const CallRecord& record);
/// True when a participants list was reported and is empty ("participants_v2": []) and the
/// sessions name nobody either: "none listed", which is not "not reported".
bool participantsListedAsNone(const CallRecord& record);
QString organizerName(const CallRecord& record);
