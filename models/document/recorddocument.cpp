#include "recorddocument.h"

#include <QtConcurrent/QtConcurrentRun>

RecordDocument::RecordDocument(DocumentOrigin origin, DocumentViewPtr analysed, QObject* parent)
    : QObject(parent)
    , m_origin(std::move(origin))
    , m_selection(new NodeSelection(this))
{
    Q_ASSERT(analysed && analysed->record && !analysed->isRedacted());
    m_views[0] = std::move(analysed);
}

RecordDocument::RecordDocument(
    DocumentOrigin origin, CallRecordPtr record, const QualityProfile& profile, QObject* parent)
    : RecordDocument(std::move(origin), analyse(std::move(record), profile), parent)
{
}

RecordDocument::~RecordDocument() = default;

DocumentViewPtr RecordDocument::view(Redaction redaction) const
{
    DocumentViewPtr& view = m_views[size_t(redaction)];
    if (!view)
        view = redactedView(*m_views[0], redaction);
    return view;
}

std::array<CallRecordPtr, 2> RecordDocument::redactedCopies() const
{
    return { m_views[1] ? m_views[1]->record : nullptr, m_views[2] ? m_views[2]->record : nullptr };
}

RecordDocument::Judged RecordDocument::judge(DocumentViewPtr original, const std::array<CallRecordPtr, 2>& copies)
{
    // The redacted copies made so far stay; only their verdicts and findings are new.
    Judged judged;
    for (size_t i = 0; i < copies.size(); ++i) {
        if (copies[i])
            judged.redacted[i] = redactedView(*original, copies[i], Redaction(i + 1));
    }
    judged.original = std::move(original);
    return judged;
}

void RecordDocument::apply(Judged judged)
{
    m_views[0] = std::move(judged.original);
    m_views[1] = std::move(judged.redacted[0]);
    m_views[2] = std::move(judged.redacted[1]);
    emit changed();
}

void RecordDocument::setProfile(const QualityProfile& profile)
{
    const quint64 generation = ++m_generation;
    if (m_pendingAnalyses++ == 0)
        emit analysingChanged(true);
    const CallRecordPtr record = m_views[0]->record;
    const auto copies = redactedCopies();
    QtConcurrent::run([record, profile, copies] {
        return judge(analyse(record, profile), copies);
    }).then(this, [this, generation](Judged judged) {
        // Always in a later event-loop turn, never inside setProfile() itself (a job done before
        // its continuation is attached would otherwise have it run there).
        QMetaObject::invokeMethod(
            this,
            [this, generation, judged = std::move(judged)]() mutable {
                if (generation == m_generation) // else a newer profile or record is on its way
                    apply(std::move(judged));
                if (--m_pendingAnalyses == 0)
                    emit analysingChanged(false);
            },
            Qt::QueuedConnection);
    });
}

void RecordDocument::setProfileNow(const QualityProfile& profile)
{
    ++m_generation;
    apply(judge(analyse(m_views[0]->record, profile), redactedCopies()));
}

void RecordDocument::setRecord(DocumentViewPtr analysed)
{
    Q_ASSERT(analysed && analysed->record && !analysed->isRedacted());
    ++m_generation;
    m_views = { std::move(analysed), nullptr, nullptr };
    const NodePath current = m_selection->current();
    if (resolve(*m_views[0]->record, current).kind == NodePath::Kind::None)
        m_selection->setCurrent(NodePath::record());
    emit changed();
}
