#pragma once

#include "documentview.h"
#include "nodeselection.h"

#include <QObject>
#include <QStringList>

#include <array>

/// Where an open record came from: what a reload reads again and what a tab or a report says.
struct DocumentOrigin {
    enum class Kind {
        Memory, ///< given by the caller (tests, records fetched for the command line)
        Files, ///< read from `files`
        Graph, ///< fetched from Microsoft Graph as `callId`
        Sample, ///< the bundled sample
    };
    Kind kind = Kind::Memory;
    QStringList files;
    QString callId;
    QString graphService; ///< Graph: the service's address (national clouds differ)

    static DocumentOrigin fromFiles(const QStringList& files) { return { Kind::Files, files, {}, {} }; }
    static DocumentOrigin fromGraph(const QString& callId, const QString& service)
    {
        return { Kind::Graph, {}, callId, service };
    }
    static DocumentOrigin sample() { return { Kind::Sample, {}, {}, {} }; }
};

/// One open record: where it came from, the record as loaded, its verdicts and findings for the
/// active profile, its redacted copies (made when first asked for, then kept) and the node its
/// reader is looking at. Tabs, detail panes, exports and the command line all work from
/// documents; none of them owns a profile or re-judges a record.
///
/// Lives on the GUI thread. Views it hands out are immutable and may be used anywhere.
class RecordDocument : public QObject {
    Q_OBJECT
public:
    /// A record judged beforehand (on the loading thread).
    RecordDocument(DocumentOrigin origin, DocumentViewPtr analysed, QObject* parent = nullptr);
    /// Judges `record` with `profile` now (the command line, tests).
    RecordDocument(
        DocumentOrigin origin, CallRecordPtr record, const QualityProfile& profile, QObject* parent = nullptr);
    ~RecordDocument() override;

    const DocumentOrigin& origin() const { return m_origin; }
    /// The record as loaded.
    CallRecordPtr record() const { return m_views[0]->record; }
    const QualityProfile& profile() const { return m_views[0]->profile(); }
    /// The record as loaded, or a redacted copy, with its verdicts and findings. A redacted view
    /// is made on first use (on the calling thread: redaction is linear in the record) and kept
    /// until the record changes; a new profile only re-judges it.
    DocumentViewPtr view(Redaction redaction = Redaction::None) const;

    /// Judges the record with `profile` on a pool thread; the views change (changed()) when it
    /// is done. A newer call wins over one still running.
    void setProfile(const QualityProfile& profile);
    /// The same, before returning.
    void setProfileNow(const QualityProfile& profile);
    bool isAnalysing() const { return m_pendingAnalyses > 0; }

    /// A new version of the record (reload), judged beforehand. The selection stays where the
    /// new record has the same node.
    void setRecord(DocumentViewPtr analysed);
    /// Where the record now comes from (a refresh from other files, or from Graph).
    void setOrigin(DocumentOrigin origin) { m_origin = std::move(origin); }

    /// The node the reader is looking at, shared by every pane.
    NodeSelection* selection() const { return m_selection; }

signals:
    /// The record or its verdicts changed: views must be read again.
    void changed();
    void analysingChanged(bool busy);

private:
    struct Judged {
        DocumentViewPtr original;
        std::array<DocumentViewPtr, 2> redacted;
    };
    static Judged judge(DocumentViewPtr original, const std::array<CallRecordPtr, 2>& copies);
    void apply(Judged judged);
    std::array<CallRecordPtr, 2> redactedCopies() const;

    DocumentOrigin m_origin;
    // [0] as loaded, [1] redacted for people, [2] redacted for data; mutable: made on demand.
    mutable std::array<DocumentViewPtr, 3> m_views;
    NodeSelection* m_selection;
    quint64 m_generation = 0;
    int m_pendingAnalyses = 0;
};
