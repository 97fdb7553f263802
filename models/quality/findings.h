#pragma once

#include "classifier.h"

#include <QString>
#include <QStringList>

#include <vector>

/// One plain-language finding: what went wrong (or what explains it), the evidence, and what
/// to try next. Findings point at the node they are about, so a view can select it.
struct Finding {
    enum class Severity { Problem, Warning, Note };
    /// Stable identifier of the rule that made it (tests, styling): "poorStream",
    /// "deviceNotFunctioning", "failure", "feedback", "wifi", "vpn", "tcp", "mobile", "relay",
    /// "qualityEvents", "cpu", "speakerMuted", "glitches", "unclassified".
    QString rule;
    Severity severity = Severity::Note;
    QString title;
    QStringList evidence;
    QString nextStep;
    // Where in the record (null above the level the finding is about).
    const Session* session = nullptr;
    const Segment* segment = nullptr;
    const Media* media = nullptr;
    const MediaStream* stream = nullptr;
    int sessionNumber = 0;
};

struct FindingsResult {
    std::vector<Finding> findings; // most important first
    int omitted = 0; // findings left out beyond the limit
};

/// Findings for a record with its classification, most important first, at most `limit`.
/// Thresholds Microsoft does not publish are not invented: such values are reported as they
/// are, with that said.
FindingsResult computeFindings(const CallRecord& record, const RecordClassification& classification, int limit = 60);

/// Plain text (for --summary and Markdown): numbered findings with evidence and next steps.
QString findingsText(const FindingsResult& result);
