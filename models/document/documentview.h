#pragma once

#include "quality/classifier.h"
#include "quality/findings.h"
#include "record/callrecord.h"

#include <memory>
#include <mutex>

/// How a view of a record treats personal data.
enum class Redaction {
    None, ///< as loaded
    ForPeople, ///< redacted, placeholders in the reader's language (window, pictures, PDF, Markdown)
    ForData, ///< redacted, fixed English placeholders (CSV, JSON: the same bytes in every locale)
};

/// A record as one reader sees it, with everything judged about it for one profile: the
/// verdicts of every node and the findings. Immutable and shared: panes, exports and
/// background jobs hold it by pointer while the document moves on.
struct DocumentView {
    DocumentView(CallRecordPtr record, std::shared_ptr<const RecordClassification> classification,
        Redaction redaction = Redaction::None);
    DocumentView(const DocumentView&) = delete;
    DocumentView& operator=(const DocumentView&) = delete;

    const CallRecordPtr record;
    const std::shared_ptr<const RecordClassification> classification;
    const Redaction redaction;

    const QualityProfile& profile() const { return classification->profile(); }
    bool isRedacted() const { return redaction != Redaction::None; }
    /// The findings, most important first (at most kDocumentFindingsLimit), written on first
    /// use: a CSV or JSON export never needs them. Thread-safe.
    const FindingsResult& findings() const;

private:
    mutable std::once_flag m_findingsOnce;
    mutable std::unique_ptr<const FindingsResult> m_findings;
};
using DocumentViewPtr = std::shared_ptr<const DocumentView>;

/// The findings a view keeps (the Findings pane lists them; reports take their own share).
inline constexpr int kDocumentFindingsLimit = 60;

/// Classifies `record` with `profile`. Pure: any thread may call it (records are loaded and
/// re-judged on pool threads).
DocumentViewPtr analyse(CallRecordPtr record, const QualityProfile& profile);

/// The redacted copy of `view`'s record with the same verdicts (looked up, not judged again);
/// its findings are written from the copy, so no personal value reaches them. Any thread.
DocumentViewPtr redactedView(const DocumentView& view, Redaction redaction);
/// The same for a redacted copy made before (`copy` is `view`'s record redacted as `redaction`
/// asks): a new profile needs new verdicts and findings, not a new copy.
DocumentViewPtr redactedView(const DocumentView& view, CallRecordPtr copy, Redaction redaction);
