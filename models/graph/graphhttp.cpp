#include "graphhttp.h"

#include "secretmemory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <cmath>

Q_LOGGING_CATEGORY(lcGraphHttp, "crv.graph.http", QtWarningMsg)

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphHttp)
};
} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResponse::transportProblem(int timeoutSeconds) const
{
    const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (tooLargeLimit > 0)
        //: %1 a URL without its query, %2 a size, e.g. "64 MiB"
        return Tr::tr("the answer from %1 is longer than %2, the limit for one answer; it was cut off")
            .arg(where, QLocale().formattedDataSize(tooLargeLimit, 0));
    if (timedOut)
        //: %1 is a number of seconds, %2 a URL
        return Tr::tr("no complete answer within %1 s from %2").arg(timeoutSeconds).arg(where);
    switch (networkError) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        //: %1 a URL without its query, e.g. "https://graph.microsoft.com/v1.0/communications/callRecords/…"
        return Tr::tr("the connection to %1 was refused (is the address right, is a proxy or firewall in the way?)")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        //: %1 a URL without its query, e.g. "https://login.microsoftonline.com/…/oauth2/v2.0/token"
        return Tr::tr("the host of %1 was not found (check the URL and the network connection)").arg(where);
    case QNetworkReply::RemoteHostClosedError:
        //: %1 a URL without its query, e.g. "https://graph.microsoft.com/v1.0/communications/callRecords/…"
        return Tr::tr("%1 closed the connection before the answer was complete").arg(where);
    case QNetworkReply::SslHandshakeFailedError:
        //: %1 a URL without its query, %2 the system's description of the TLS failure
        return Tr::tr("the secure connection to %1 failed (TLS: %2); certificate errors are never ignored")
            .arg(where, networkErrorText);
    default:
        break;
    }
    if (status == 0)
        //: %1 a URL, %2 the system's description of the network error
        return Tr::tr("no answer from %1: %2").arg(where, networkErrorText);
    //: %1 a URL, %2 the system's description of the network error
    return Tr::tr("the answer from %1 was incomplete: %2").arg(where, networkErrorText);
}

qint64 retryAfterMs(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return -1;
        return qint64(std::min(seconds, 1e9) * 1000.0 + 0.5);
    }
    // An HTTP date (RFC 9110 IMF-fixdate) ends in "GMT", which Qt's RFC 2822 parser wants as an offset.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(u" GMT", Qt::CaseInsensitive))
        text = text.chopped(4) + u" +0000";
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

HttpExchange::HttpExchange(QNetworkAccessManager* manager, RequestFactory makeRequest, QByteArray postBody,
    const RequestPolicy& policy, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_makeRequest(std::move(makeRequest))
    , m_postBody(std::move(postBody))
    , m_post(!m_postBody.isNull())
    , m_policy(policy)
    , m_timeoutMs(timeoutMs)
{
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpExchange::send);
}

HttpExchange::~HttpExchange()
{
    wipeSecret(m_postBody); // the sign-in form holds the client secret or assertion
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpExchange::start(Done done)
{
    m_done = std::move(done);
    send();
}

void HttpExchange::cancel()
{
    m_retryTimer.stop();
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    HttpResponse response;
    response.cancelled = true;
    response.attempts = m_attempt;
    finish(std::move(response));
}

void HttpExchange::send()
{
    ++m_attempt;
    m_timedOut = false;
    QNetworkRequest request = m_makeRequest();
    // Never follow redirects: a redirect could carry the Authorization header elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcGraphHttp) << (m_post ? "POST" : "GET") << request.url().toDisplayString(QUrl::RemoveQuery) << "try"
                         << m_attempt;
    m_reply = m_post ? m_manager->post(request, m_postBody) : m_manager->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_reply)
            checkSize(m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) { checkSize(received); });
    m_tooLarge = false;
    m_deadline.start(m_timeoutMs);
}

void HttpExchange::checkSize(qint64 received)
{
    if (m_tooLarge || !m_reply || received <= m_policy.maxResponseBytes)
        return;
    // Aborted as it arrives: a chunked answer without a length is never buffered whole.
    m_tooLarge = true;
    m_reply->abort();
}

void HttpExchange::onFinished()
{
    m_deadline.stop();
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    HttpResponse response;
    response.url = reply->url();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        response.tooLargeLimit = m_policy.maxResponseBytes;
        response.networkError = QNetworkReply::OperationCanceledError;
        response.networkErrorText = QStringLiteral("too large");
        response.attempts = m_attempt;
        qCDebug(lcGraphHttp) << "answer longer than" << m_policy.maxResponseBytes << "bytes; aborted";
        finish(std::move(response));
        return;
    }
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.networkError = reply->error();
    response.networkErrorText = reply->errorString();
    response.timedOut = m_timedOut;
    response.attempts = m_attempt;
    // An HTTP error status is an answer, not a transport failure.
    // Qt turns HTTP error statuses into content (2xx), protocol (3xx) or server (4xx) error
    // codes; transport failures (connection closed early, timeouts) are below 200.
    const bool fromStatus = int(response.networkError) >= int(QNetworkReply::ContentAccessDenied);
    if (response.status >= 400 && fromStatus)
        response.networkError = QNetworkReply::NoError;
    if (response.timedOut)
        response.networkError = QNetworkReply::TimeoutError;
    qCDebug(lcGraphHttp) << "status" << response.status << "bytes" << response.body.size();

    const bool throttled = response.status == 429 || response.status == 503 || response.status == 504;
    if (throttled && !response.timedOut && m_attempt < m_policy.maxAttempts) {
        qint64 delay = retryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        if (delay < 0) {
            const double exponential = double(m_policy.baseDelayMs) * std::pow(2.0, m_attempt - 1);
            const double capped = std::min(exponential, double(m_policy.maxDelayMs));
            // Jitter: between half and all of the delay, so parallel clients spread out.
            delay = qint64(capped * (0.5 + 0.5 * QRandomGenerator::global()->generateDouble()));
        }
        delay = std::min<qint64>(delay, m_policy.maxRetryAfterMs);
        if (m_waiting)
            m_waiting(double(delay) / 1000.0, m_attempt + 1, m_policy.maxAttempts, response.status);
        m_retryTimer.start(int(delay));
        return;
    }
    finish(std::move(response));
}

void HttpExchange::finish(HttpResponse response)
{
    if (!m_done)
        return;
    auto done = std::move(m_done);
    m_done = nullptr;
    done(response);
}
