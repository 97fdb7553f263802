#pragma once

#include "callrecord.h"

#include <string>
#include <vector>

/// Writes records back as Graph-shaped JSON (camelCase, canonical enum names, ISO 8601
/// durations, missing values omitted, unknown properties copied as they were). Loading the
/// output gives records with the same data (CallRecord::hasSameData).
///  - one complete record: the callRecord object, sessions merged, with
///    sessions@odata.nextLink when the record is partial;
///  - a record that only had sessions pages: a sessions page (and a participants_v2 page, the
///    two in a JSON array, when it had participants pages too);
///  - several records: {"value":[...]} (or a JSON array when some are sessions-only).
std::string writeCallRecordsJson(const std::vector<CallRecordPtr>& records);
std::string writeCallRecordJson(const CallRecord& record);
