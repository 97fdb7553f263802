#pragma once

#include "record/callrecord.h"

#include <QString>
#include <QStringList>

/// Names of everyone in the call: participants_v2, else the deprecated participants list,
/// else the endpoints of the sessions.
QStringList participantNames(const CallRecord& record);
QString organizerName(const CallRecord& record);
