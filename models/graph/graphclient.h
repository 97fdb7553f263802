#pragma once

#include "graphconfig.h"
#include "graphhttp.h"
#include "record/loader.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QNetworkAccessManager;
class TokenProvider;

/// How a Graph job ended.
enum class GraphOutcome { Running, Succeeded, Failed, Cancelled };

/// Base of the jobs below: signals for progress and the end, cancel at any time. A job never
/// hands out partial data: when it fails or is cancelled, `documents()` is empty.
class GraphJob : public QObject {
    Q_OBJECT
public:
    GraphOutcome outcome() const { return m_outcome; }
    /// Why it failed: what, which request, Graph's code, message and request-id.
    QString errorString() const { return m_error; }
    /// True when the failure was refused credentials (token endpoint or 401/403).
    bool isAuthenticationFailure() const { return m_authFailure; }
    /// The JSON documents received, in order, ready for loadCallRecordDocuments().
    const std::vector<InputDocument>& documents() const { return m_documents; }
    std::vector<InputDocument> takeDocuments() { return std::move(m_documents); }
    /// Things worth telling that did not stop the job (e.g. participants not available).
    QStringList notes() const { return m_notes; }
    int pages() const { return m_pages; }
    int items() const { return m_items; }

    void cancel();

signals:
    /// "page 4 · 240 sessions"
    void progress(const QString& text);
    /// Throttled or busy: what the job waits for and how long.
    void waiting(const QString& text);
    void finished();

protected:
    GraphJob(QNetworkAccessManager* manager, TokenProvider* tokens, const GraphSettings& settings,
        const RequestPolicy& policy, QObject* parent);

    /// GETs `url` with a token (fetched or cached); on 401 fetches a new token once and retries.
    /// `what` names the request in messages ("the call record", "sessions page 3").
    void get(const QUrl& url, const QString& what, std::function<void(const QJsonObject&, const QByteArray&)> onJson);
    /// The link is followed only on the Graph host (same scheme, host and port), once.
    bool checkNextLink(const QString& link, QUrl* url);
    QUrl graphUrl(const QString& path, const QString& query = {}) const;
    void fail(const QString& message, bool authFailure = false);
    /// A request failed: fails the job, or calls m_softFailure when one is set (once).
    void failRequest(const QString& message, bool authFailure);
    std::function<void(const QString& message)> m_softFailure;
    void succeed();
    void addDocument(const QByteArray& body, const QString& name, DocumentKind kind, const QString& recordId);

    GraphSettings m_settings;
    QStringList m_notes;
    int m_pages = 0;
    int m_items = 0;

private:
    void send(const QUrl& url, const QString& what, const QString& token, bool retriedAfter401,
        std::function<void(const QJsonObject&, const QByteArray&)> onJson);
    QString describeHttpFailure(const HttpResponse& response, const QString& what) const;

    QNetworkAccessManager* m_manager;
    TokenProvider* m_tokens;
    RequestPolicy m_policy;
    HttpExchange* m_exchange = nullptr;
    int m_requests = 0; ///< requests sent (pages), against RequestPolicy::maxRequests
    qint64 m_fetchedBytes = 0; ///< bytes of the answers, against RequestPolicy::maxFetchBytes
    QSet<QString> m_seenLinks;
    std::vector<InputDocument> m_documents;
    GraphOutcome m_outcome = GraphOutcome::Running;
    QString m_error;
    bool m_authFailure = false;
};

/// GET /communications/callRecords/{id}?$expand=sessions($expand=segments), every
/// sessions@odata.nextLink page, then participants_v2 and its pages.
class CallRecordFetch : public GraphJob {
    Q_OBJECT
public:
    CallRecordFetch(QNetworkAccessManager* manager, TokenProvider* tokens, const GraphSettings& settings,
        const RequestPolicy& policy, const QString& callId, QObject* parent);
    void start();
    QString callId() const { return m_callId; }

private:
    void onRecord(const QJsonObject& object, const QByteArray& body);
    void fetchSessions(const QUrl& url);
    void fetchParticipants(const QUrl& url);
    void reportProgress();

    QString m_callId;
    bool m_participantsInline = false;
    QString m_participantsLink;
    int m_participants = 0;
};

/// GET /communications/callRecords?$filter=… and every @odata.nextLink page.
class CallListFetch : public GraphJob {
    Q_OBJECT
public:
    CallListFetch(QNetworkAccessManager* manager, TokenProvider* tokens, const GraphSettings& settings,
        const RequestPolicy& policy, const QString& participantId, const QDateTime& from, const QDateTime& to,
        QObject* parent);
    void start();
    /// The $filter sent (for tests and messages).
    QString filter() const { return m_filter; }

private:
    void fetchPage(const QUrl& url);
    QString m_filter;
};

/// Owns the network access manager and the token cache for one set of settings.
class GraphClient : public QObject {
    Q_OBJECT
public:
    explicit GraphClient(const GraphSettings& settings, QObject* parent = nullptr);
    ~GraphClient() override;

    const GraphSettings& settings() const { return m_settings; }
    void setRequestPolicy(const RequestPolicy& policy);
    TokenProvider* tokens() const { return m_tokens; }

    /// Jobs are children of `parent` (or of the client); call start() after connecting.
    CallRecordFetch* fetchCallRecord(const QString& callId, QObject* parent = nullptr);
    CallListFetch* listCalls(
        const QString& participantId, const QDateTime& from, const QDateTime& to, QObject* parent = nullptr);

private:
    GraphSettings m_settings;
    RequestPolicy m_policy;
    QNetworkAccessManager* m_manager;
    TokenProvider* m_tokens;
};

/// The message for an HTTP status of Graph, with what to do (403: permission, 404: age).
QString graphStatusAdvice(int status);
