#include "graphclient.h"

#include "format/displayformat.h"
#include "format/terminaltext.h"
#include "grapherror.h"
#include "tokenprovider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGraph, "crv.graph", QtWarningMsg)

namespace {

/// The value of the first key that ends with `suffix` (any letter case) and starts with `prefix`.
QString annotation(const QJsonObject& object, QStringView prefix, QStringView suffix)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString& key = it.key();
        if (key.size() == prefix.size() + suffix.size() && key.startsWith(prefix, Qt::CaseInsensitive)
            && key.endsWith(suffix, Qt::CaseInsensitive) && it.value().isString())
            return it.value().toString();
    }
    return {};
}

QJsonValue valueOf(const QJsonObject& object, QStringView key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return QJsonValue(QJsonValue::Undefined);
}

constexpr QStringView kNextLink = u"@odata.nextLink";

} // namespace

QString graphStatusAdvice(int status)
{
    switch (status) {
    case 400:
        return GraphJob::tr("Microsoft Graph did not accept the request (check the call id).");
    case 401:
        return GraphJob::tr("Microsoft Graph did not accept the access token, also after a new sign-in. Check that "
                            "the Graph URL belongs to the same cloud as the sign-in URL.");
    case 403:
        return GraphJob::tr("The app is not allowed to read call records: it needs the application permission "
                            "CallRecords.Read.All with admin consent (delegated permissions are not supported).");
    case 404:
        return GraphJob::tr("No such call record. Records appear up to 60 minutes after the call ends and are kept "
                            "for 30 days; check the id and the tenant.");
    case 429:
        return GraphJob::tr("Microsoft Graph is still throttling the requests after several tries; wait a minute "
                            "and try again.");
    case 503:
    case 504:
        return GraphJob::tr("Microsoft Graph is unavailable or too slow right now, also after several tries; try "
                            "again later.");
    default:
        break;
    }
    if (status >= 500)
        return GraphJob::tr("Microsoft Graph had an internal error; try again later.");
    return {};
}

// ---------------------------------------------------------------------------------------------

GraphJob::GraphJob(QNetworkAccessManager* manager, TokenProvider* tokens, const GraphSettings& settings,
    const RequestPolicy& policy, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_manager(manager)
    , m_tokens(tokens)
    , m_policy(policy)
{
    connect(m_tokens, &TokenProvider::waiting, this, &GraphJob::waiting);
}

void GraphJob::cancel()
{
    if (m_outcome != GraphOutcome::Running)
        return;
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
    m_documents.clear();
    m_outcome = GraphOutcome::Cancelled;
    m_error = tr("Cancelled.");
    emit finished();
}

QUrl GraphJob::graphUrl(const QString& path, const QString& query) const
{
    QUrl url = m_settings.graphUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::TolerantMode);
    return url;
}

bool GraphJob::checkNextLink(const QString& link, QUrl* url)
{
    const QUrl next = QUrl::fromEncoded(link.toUtf8(), QUrl::StrictMode);
    const QUrl& graph = m_settings.graphUrl;
    const auto port
        = [](const QUrl& u) { return u.port(u.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80); };
    if (!next.isValid() || next.isRelative()) {
        //: %1 the link as sent (at most 200 characters)
        fail(tr("Microsoft Graph sent a next-page link that is not a valid URL: %1").arg(link.left(200)));
        return false;
    }
    if (next.scheme().compare(graph.scheme(), Qt::CaseInsensitive) != 0
        || next.host().compare(graph.host(), Qt::CaseInsensitive) != 0 || port(next) != port(graph)) {
        //: %1 the host of a link, %2 the configured Graph host
        fail(tr("Refused to follow a next-page link to %1: it is not the Graph service %2, and the access token is "
                "only ever sent to the Graph service.")
                 .arg(next.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo),
                     graph.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery)));
        return false;
    }
    const QString key = next.toString(QUrl::FullyEncoded);
    if (m_seenLinks.contains(key)) {
        //: %1 the link sent twice, without its query, e.g. "https://graph.microsoft.com/v1.0/…"
        fail(tr("Microsoft Graph sent the same next-page link twice; stopped to avoid an endless loop (%1).")
                 .arg(next.toDisplayString(QUrl::RemoveQuery)));
        return false;
    }
    m_seenLinks.insert(key);
    *url = next;
    return true;
}

void GraphJob::get(
    const QUrl& url, const QString& what, std::function<void(const QJsonObject&, const QByteArray&)> onJson)
{
    // Only to the Graph service over https (or this computer), whatever the settings came from.
    const bool secure = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0
        || (url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 && isLoopbackHost(url.host()));
    if (!secure) {
        //: %1 the refused address (scheme, host, port), e.g. "http://graph.example.com"
        fail(tr("Refused to send the access token to %1: only https:// (or http:// on this computer) is used.")
                 .arg(url.toDisplayString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo)));
        return;
    }
    if (++m_requests > m_policy.maxRequests) {
        // 10,000 distinct next links would otherwise be followed, each page kept in memory.
        //: %1 the number of requests, e.g. 5000, %2 what would have been fetched next, e.g. "sessions page 5001"
        fail(tr("Microsoft Graph has more than %1 pages for this fetch, the limit for one fetch; stopped before %2, "
                "and nothing was opened.")
                 .arg(m_policy.maxRequests)
                 .arg(what));
        return;
    }
    m_tokens->requestToken(
        this, [this, url, what, onJson = std::move(onJson)](const QString& token, const QString& error) {
            if (m_outcome != GraphOutcome::Running)
                return;
            if (token.isEmpty()) {
                failRequest(error, true);
                return;
            }
            send(url, what, token, false, onJson);
        });
}

void GraphJob::send(const QUrl& url, const QString& what, const QString& token, bool retriedAfter401,
    std::function<void(const QJsonObject&, const QByteArray&)> onJson)
{
    if (!isUsableAccessToken(token)) { // checked when it arrived; this keeps any other path honest
        failRequest(tr("The access token cannot be sent in a request header; nothing was requested."), true);
        return;
    }
    const QByteArray authorization = "Bearer " + token.toLatin1();
    m_exchange = new HttpExchange(
        m_manager,
        [url, authorization] {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", authorization);
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("Prefer", "include-unknown-enum-members");
            request.setRawHeader("client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            request.setRawHeader("User-Agent", "CallRecordViewer/" CRV_VERSION);
            return request;
        },
        QByteArray(), m_policy, m_settings.timeoutSeconds * 1000, this);
    m_exchange->setWaitingCallback([this, what](double seconds, int attempt, int maxAttempts, int status) {
        //: %1 the HTTP status code, e.g. 503
        const QString busy = tr("Microsoft Graph is busy (HTTP %1)");
        const QString reason = status == 429 ? tr("Microsoft Graph is throttling requests") : busy.arg(status);
        //: %1 reason, %2 seconds, %3 and %4 try numbers, %5 what is being fetched
        emit waiting(tr("%1; waiting %2 s before try %3 of %4 (%5)")
                         .arg(reason)
                         .arg(QLocale().toString(seconds, 'f', 1))
                         .arg(attempt)
                         .arg(maxAttempts)
                         .arg(what));
    });
    m_exchange->start([this, url, what, retriedAfter401, onJson](const HttpResponse& response) {
        m_exchange->deleteLater();
        m_exchange = nullptr;
        if (m_outcome != GraphOutcome::Running || response.cancelled)
            return;
        if (response.status == 401 && !retriedAfter401 && response.networkError == QNetworkReply::NoError) {
            // The token may have expired or been revoked: one new token, one more try.
            qCDebug(lcGraph) << "401 from Graph; fetching a new token";
            m_tokens->invalidate();
            m_tokens->requestToken(this, [this, url, what, onJson](const QString& fresh, const QString& error) {
                if (m_outcome != GraphOutcome::Running)
                    return;
                if (fresh.isEmpty())
                    failRequest(error, true);
                else
                    send(url, what, fresh, true, onJson);
            });
            return;
        }
        if (response.tooLargeLimit > 0) {
            // Never a soft failure: what is missing would be missing without a trace.
            //: %1 what was fetched, e.g. "sessions page 2", %2 the problem
            fail(tr("Could not fetch %1: %2; nothing was opened.")
                     .arg(what, response.transportProblem(m_settings.timeoutSeconds)));
            return;
        }
        if (!response.isSuccess()) {
            failRequest(describeHttpFailure(response, what), response.status == 401 || response.status == 403);
            return;
        }
        m_fetchedBytes += response.body.size();
        if (m_fetchedBytes > m_policy.maxFetchBytes) {
            //: %1 a size, e.g. "1 GiB", %2 what was fetched last, e.g. "sessions page 40"
            fail(tr("The answers of Microsoft Graph add up to more than %1, the limit for one fetch; stopped at "
                    "%2, and nothing was opened.")
                     .arg(QLocale().formattedDataSize(m_policy.maxFetchBytes, 0), what));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (parseError.error != QJsonParseError::NoError) {
                //: %1 what was fetched, %2 byte offset, %3 parser message
                failRequest(tr("Microsoft Graph sent an answer for %1 that is not valid JSON (at byte %2: %3); "
                               "nothing was opened.")
                                .arg(what)
                                .arg(parseError.offset)
                                .arg(parseError.errorString()),
                    false);
            } else {
                //: %1 what was fetched, e.g. "sessions page 2"
                failRequest(tr("Microsoft Graph sent an answer for %1 that is not a JSON object; nothing was opened.")
                                .arg(what),
                    false);
            }
            return;
        }
        onJson(document.object(), response.body);
    });
}

QString GraphJob::describeHttpFailure(const HttpResponse& response, const QString& what) const
{
    if (response.status == 0 || response.networkError != QNetworkReply::NoError)
        //: %1 what was fetched, %2 the problem
        return tr("Could not fetch %1: %2").arg(what, response.transportProblem(m_settings.timeoutSeconds));
    //: %1 the HTTP status code, e.g. 404, %2 what was fetched, e.g. "sessions page 2"
    QString text = tr("Microsoft Graph answered HTTP %1 for %2").arg(response.status).arg(what);
    if (response.attempts > 1)
        //: %1 how many tries were made, e.g. 3; follows "Microsoft Graph answered HTTP 503 for …"
        text += u' ' + tr("after %1 tries").arg(response.attempts);
    text += u'.';
    if (const QString advice = graphStatusAdvice(response.status); !advice.isEmpty())
        text += u' ' + advice;
    const GraphErrorBody body = parseGraphErrorBody(response.body);
    if (body.isValid())
        text += u'\n' + body.describe();
    else if (const QByteArray requestId = response.header("request-id"); !requestId.isEmpty())
        //: %1 the request-id of the failed Microsoft Graph request (a GUID)
        text += u'\n' + tr("request-id %1").arg(QString::fromLatin1(requestId));
    return text;
}

void GraphJob::failRequest(const QString& message, bool authFailure)
{
    if (m_softFailure) {
        const auto handler = std::exchange(m_softFailure, {});
        handler(message);
        return;
    }
    fail(message, authFailure);
}

void GraphJob::fail(const QString& message, bool authFailure)
{
    if (m_outcome != GraphOutcome::Running)
        return;
    qCDebug(lcGraph) << "failed:" << message;
    m_documents.clear();
    m_outcome = GraphOutcome::Failed;
    m_error = message;
    m_authFailure = authFailure;
    emit finished();
}

void GraphJob::succeed()
{
    if (m_outcome != GraphOutcome::Running)
        return;
    m_outcome = GraphOutcome::Succeeded;
    emit finished();
}

void GraphJob::addDocument(const QByteArray& body, const QString& name, DocumentKind kind, const QString& recordId)
{
    m_documents.push_back({ body.toStdString(), name, kind, recordId });
}

// ---------------------------------------------------------------------------------------------

CallRecordFetch::CallRecordFetch(QNetworkAccessManager* manager, TokenProvider* tokens, const GraphSettings& settings,
    const RequestPolicy& policy, const QString& callId, QObject* parent)
    : GraphJob(manager, tokens, settings, policy, parent)
    , m_callId(callId)
{
}

void CallRecordFetch::start()
{
    const QString id = QString::fromLatin1(QUrl::toPercentEncoding(m_callId));
    emit progress(tr("Signing in…"));
    get(graphUrl(u"/v1.0/communications/callRecords/" + id, QStringLiteral("$expand=sessions($expand=segments)")),
        //: %1 the call record id (a GUID); says what is being fetched
        tr("call record %1").arg(m_callId),
        [this](const QJsonObject& object, const QByteArray& body) { onRecord(object, body); });
}

void CallRecordFetch::reportProgress()
{
    //: %1 page number, %Ln the sessions fetched so far, e.g. "page 2 · 40 sessions"
    QString text = DisplayFormat::plural(tr("page %1 · %Ln session(s)", nullptr, m_items), m_items).arg(m_pages);
    if (m_participants > 0)
        //: %Ln the participants fetched so far; added after "page 2 · 40 sessions"
        text += u" · " + DisplayFormat::plural(tr("%Ln participant(s)", nullptr, m_participants), m_participants);
    emit progress(text);
}

void CallRecordFetch::onRecord(const QJsonObject& object, const QByteArray& body)
{
    if (object.isEmpty() || valueOf(object, u"id").isUndefined()) {
        //: %1 the call record id (a GUID)
        fail(tr("Microsoft Graph answered for call record %1 without a record (no \"id\"); nothing was opened.")
                 .arg(m_callId));
        return;
    }
    const QString answeredId = valueOf(object, u"id").toString();
    if (answeredId.compare(m_callId, Qt::CaseInsensitive) != 0) {
        // A proxy, a cache or a mis-routed request: another call's data must not open as this one.
        //: %1 the call record id asked for, %2 the id of the record that came back
        fail(tr("Microsoft Graph answered for call record %1 with call record %2; nothing was opened.")
                 .arg(m_callId, answeredId.isEmpty() ? tr("(no id)") : terminalSafe(answeredId)));
        return;
    }
    ++m_pages;
    const QJsonValue sessions = valueOf(object, u"sessions");
    m_items += sessions.toArray().size();
    //: %1 the call record id (a GUID); names a downloaded document
    addDocument(body, tr("Microsoft Graph: call record %1").arg(m_callId), DocumentKind::Auto, {});
    const QJsonValue participants = valueOf(object, u"participants_v2");
    m_participantsLink = annotation(object, u"participants_v2", kNextLink);
    m_participantsInline = participants.isArray();
    m_participants = participants.toArray().size();
    reportProgress();

    const QString next = annotation(object, u"sessions", kNextLink);
    QUrl url;
    if (!next.isEmpty()) {
        if (checkNextLink(next, &url))
            fetchSessions(url);
        return;
    }
    if (!sessions.isArray()) {
        // The server did not expand the sessions: ask for them.
        fetchSessions(graphUrl(u"/v1.0/communications/callRecords/"
                + QString::fromLatin1(QUrl::toPercentEncoding(m_callId)) + u"/sessions",
            QStringLiteral("$expand=segments")));
        return;
    }
    fetchSessions({});
}

void CallRecordFetch::fetchSessions(const QUrl& url)
{
    if (url.isEmpty()) {
        // All sessions are in: now the participants.
        if (m_participantsInline && m_participantsLink.isEmpty()) {
            succeed();
            return;
        }
        QUrl next;
        if (!m_participantsLink.isEmpty()) {
            if (checkNextLink(m_participantsLink, &next))
                fetchParticipants(next);
            return;
        }
        if (m_settings.graphUrl.host().endsWith(u".microsoft.us", Qt::CaseInsensitive)) {
            m_notes.append(tr("participants_v2 is not available in the US Government clouds; participants come from "
                              "the sessions."));
            succeed();
            return;
        }
        fetchParticipants(graphUrl(u"/v1.0/communications/callRecords/"
            + QString::fromLatin1(QUrl::toPercentEncoding(m_callId)) + u"/participants_v2"));
        return;
    }
    const int page = m_pages + 1;
    //: %1 page number; says what is being fetched
    get(url, tr("sessions page %1").arg(page), [this, page](const QJsonObject& object, const QByteArray& body) {
        const QJsonValue value = valueOf(object, u"value");
        if (!value.isArray()) {
            //: %1 page number
            fail(tr("Microsoft Graph sent sessions page %1 without a \"value\" list; nothing was opened.").arg(page));
            return;
        }
        ++m_pages;
        m_items += value.toArray().size();
        //: %1 the call record id (a GUID), %2 page number; names a downloaded document
        addDocument(body, tr("Microsoft Graph: call record %1, sessions page %2").arg(m_callId).arg(page),
            DocumentKind::SessionsPage, m_callId);
        reportProgress();
        const QString next = annotation(object, {}, kNextLink);
        QUrl nextUrl;
        if (next.isEmpty())
            fetchSessions({});
        else if (checkNextLink(next, &nextUrl))
            fetchSessions(nextUrl);
    });
}

void CallRecordFetch::fetchParticipants(const QUrl& url)
{
    const int page = m_pages + 1;
    // The sessions are all in: a participants page that cannot be had does not cost the record.
    // The names come from the sessions then; a page missing after others marks it partial.
    m_softFailure = [this](const QString& message) {
        //: %1 why the participants could not be fetched
        m_notes.append(tr("The participants list (participants_v2) could not be fetched; names come from the "
                          "sessions. %1")
                           .arg(message));
        succeed();
    };
    //: %1 page number; says what is being fetched
    get(url, tr("participants page %1").arg(page), [this, page](const QJsonObject& object, const QByteArray& body) {
        const QJsonValue value = valueOf(object, u"value");
        if (!value.isArray()) {
            //: %1 page number
            failRequest(tr("Microsoft Graph sent participants page %1 without a \"value\" list.").arg(page), false);
            return;
        }
        m_softFailure = nullptr;
        ++m_pages;
        m_participants += value.toArray().size();
        const QString next = annotation(object, {}, kNextLink);
        // An empty last page adds nothing (and must not turn "not reported" into "none").
        if (value.toArray().isEmpty() && next.isEmpty()) {
            succeed();
            return;
        }
        //: %1 the call record id (a GUID), %2 page number; names a downloaded document
        addDocument(body, tr("Microsoft Graph: call record %1, participants page %2").arg(m_callId).arg(page),
            DocumentKind::ParticipantsPage, m_callId);
        reportProgress();
        QUrl nextUrl;
        if (next.isEmpty())
            succeed();
        else if (checkNextLink(next, &nextUrl))
            fetchParticipants(nextUrl);
    });
}

// ---------------------------------------------------------------------------------------------

CallListFetch::CallListFetch(QNetworkAccessManager* manager, TokenProvider* tokens, const GraphSettings& settings,
    const RequestPolicy& policy, const QString& participantId, const QDateTime& from, const QDateTime& to,
    QObject* parent)
    : GraphJob(manager, tokens, settings, policy, parent)
{
    QStringList parts;
    if (from.isValid())
        parts.append(u"startDateTime ge " + from.toUTC().toString(Qt::ISODate));
    if (to.isValid())
        parts.append(u"startDateTime lt " + to.toUTC().toString(Qt::ISODate));
    if (!participantId.isEmpty()) {
        QString escaped = participantId;
        escaped.replace(QStringLiteral("'"), QStringLiteral("''"));
        parts.append(u"participants_v2/any(p:p/id eq '" + escaped + u"')");
    }
    m_filter = parts.join(u" and ");
}

void CallListFetch::start()
{
    emit progress(tr("Signing in…"));
    QString query;
    if (!m_filter.isEmpty())
        query = u"$filter=" + QString::fromLatin1(QUrl::toPercentEncoding(m_filter, "()':/,"));
    fetchPage(graphUrl(QStringLiteral("/v1.0/communications/callRecords"), query));
}

void CallListFetch::fetchPage(const QUrl& url)
{
    const int page = m_pages + 1;
    //: %1 page number; says what is being fetched
    get(url, tr("list of call records, page %1").arg(page),
        [this, page](const QJsonObject& object, const QByteArray& body) {
            const QJsonValue value = valueOf(object, u"value");
            if (!value.isArray()) {
                //: %1 page number
                fail(tr("Microsoft Graph sent list page %1 without a \"value\" list.").arg(page));
                return;
            }
            ++m_pages;
            const int count = int(value.toArray().size());
            m_items += count;
            if (count > 0)
                addDocument(
                    //: %1 page number; names a downloaded document
                    body, tr("Microsoft Graph: list of call records, page %1").arg(page), DocumentKind::Auto, {});
            //: %1 page number, %Ln the calls found so far
            emit progress(DisplayFormat::plural(tr("page %1 · %Ln call(s)", nullptr, m_items), m_items).arg(m_pages));
            const QString next = annotation(object, {}, kNextLink);
            QUrl nextUrl;
            if (next.isEmpty())
                succeed();
            else if (checkNextLink(next, &nextUrl))
                fetchPage(nextUrl);
        });
}

// ---------------------------------------------------------------------------------------------

GraphClient::GraphClient(const GraphSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_manager(new QNetworkAccessManager(this))
    , m_tokens(new TokenProvider(m_manager, settings, this))
{
    // A local test server must not be reached through a proxy.
    if (isLoopbackHost(settings.graphUrl.host()) && isLoopbackHost(settings.authorityUrl.host()))
        m_manager->setProxy(QNetworkProxy::NoProxy);
    // HTTP/2 to Graph is fine; plain-text HTTP/2 upgrades to local servers are not needed.
    m_manager->setTransferTimeout(0);
}

GraphClient::~GraphClient() = default;

void GraphClient::setRequestPolicy(const RequestPolicy& policy)
{
    m_policy = policy;
    m_tokens->setRequestPolicy(policy);
}

CallRecordFetch* GraphClient::fetchCallRecord(const QString& callId, QObject* parent)
{
    return new CallRecordFetch(m_manager, m_tokens, m_settings, m_policy, callId, parent ? parent : this);
}

CallListFetch* GraphClient::listCalls(
    const QString& participantId, const QDateTime& from, const QDateTime& to, QObject* parent)
{
    return new CallListFetch(
        m_manager, m_tokens, m_settings, m_policy, participantId, from, to, parent ? parent : this);
}
