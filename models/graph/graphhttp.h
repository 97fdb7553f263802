#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

/// How often and how long to retry throttled requests (429, 503, 504), and how much one
/// answer and one fetch may bring.
struct RequestPolicy {
    int maxAttempts = 5; ///< tries per request, the first included
    int baseDelayMs = 1000; ///< backoff without Retry-After: base · 2^(try-1), with jitter
    int maxDelayMs = 60'000;
    int maxRetryAfterMs = 120'000; ///< longer Retry-After values are shortened to this
    /// One answer (a page of 60 sessions is a few MB); a longer one is aborted as it arrives,
    /// whether it announces its length or not.
    qint64 maxResponseBytes = qint64(64) << 20;
    /// All answers of one fetch together, like the loader's 1 GiB limit for a file.
    qint64 maxFetchBytes = qint64(1) << 30;
    /// Requests of one fetch (pages): 5,000 pages are 300,000 sessions.
    int maxRequests = 5000;
};

/// What one HTTP exchange ended with.
struct HttpResponse {
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    bool cancelled = false;
    qint64 tooLargeLimit = 0; ///< non-zero when the answer was cut off for being longer than this
    int attempts = 0;
    QUrl url;

    QByteArray header(const QByteArray& name) const;
    bool isSuccess() const { return status >= 200 && status < 300 && networkError == QNetworkReply::NoError; }
    /// For failures without a usable HTTP answer: timeout, refused, TLS, truncated body.
    QString transportProblem(int timeoutSeconds) const;
};

/// Milliseconds to wait from a Retry-After header: seconds (possibly fractional, "2.128") or
/// an HTTP date. Returns -1 when the header is absent or unusable.
qint64 retryAfterMs(const QByteArray& value, const QDateTime& now);

/// One logical request: sent, and re-sent after throttling (429, 503, 504) honouring
/// Retry-After or else exponential backoff with jitter, at most `RequestPolicy::maxAttempts`
/// times. Each try has a total time limit. TLS errors are never ignored. Destroying the exchange
/// aborts it without calling back.
class HttpExchange : public QObject {
    Q_OBJECT
public:
    using RequestFactory = std::function<QNetworkRequest()>;
    using Done = std::function<void(const HttpResponse&)>;
    /// (delay in seconds, try about to be made, maximum tries, HTTP status that caused it)
    using Waiting = std::function<void(double, int, int, int)>;

    HttpExchange(QNetworkAccessManager* manager, RequestFactory makeRequest, QByteArray postBody,
        const RequestPolicy& policy, int timeoutMs, QObject* parent);
    ~HttpExchange() override;

    void setWaitingCallback(Waiting waiting) { m_waiting = std::move(waiting); }
    void start(Done done);
    void cancel();

private:
    void send();
    void onFinished();
    /// Aborts the reply when it announces or brings more than maxResponseBytes.
    void checkSize(qint64 received);
    void finish(HttpResponse response);

    QNetworkAccessManager* m_manager;
    RequestFactory m_makeRequest;
    QByteArray m_postBody;
    bool m_post;
    RequestPolicy m_policy;
    int m_timeoutMs;
    Done m_done;
    Waiting m_waiting;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_retryTimer;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
};
