#include "documentview.h"

#include "redaction/redaction.h"

DocumentView::DocumentView(
    CallRecordPtr record_, std::shared_ptr<const RecordClassification> classification_, Redaction redaction_)
    : record(std::move(record_))
    , classification(std::move(classification_))
    , redaction(redaction_)
{
}

const FindingsResult& DocumentView::findings() const
{
    std::call_once(m_findingsOnce, [this] {
        m_findings = std::make_unique<const FindingsResult>(
            record ? computeFindings(*record, *classification, kDocumentFindingsLimit) : FindingsResult {});
    });
    return *m_findings;
}

DocumentViewPtr analyse(CallRecordPtr record, const QualityProfile& profile)
{
    auto classification = record ? std::make_shared<const RecordClassification>(*record, profile)
                                 : std::make_shared<const RecordClassification>();
    return std::make_shared<const DocumentView>(std::move(record), std::move(classification));
}

DocumentViewPtr redactedView(const DocumentView& view, Redaction redaction)
{
    Q_ASSERT(redaction != Redaction::None && view.record);
    RedactionOptions options;
    options.localized = redaction == Redaction::ForPeople;
    return redactedView(view, redactRecord(view.record, options), redaction);
}

DocumentViewPtr redactedView(const DocumentView& view, CallRecordPtr copy, Redaction redaction)
{
    Q_ASSERT(redaction != Redaction::None && view.record && copy);
    auto classification = std::make_shared<const RecordClassification>(*view.classification, *view.record, *copy);
    return std::make_shared<const DocumentView>(std::move(copy), std::move(classification), redaction);
}
