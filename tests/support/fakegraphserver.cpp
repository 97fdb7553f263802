#include "fakegraphserver.h"

#include "testcertificate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject withoutAnnotations(const QJsonObject& object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.key().contains(u'@'))
            result.insert(it.key(), it.value());
    }
    return result;
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeGraphServer::FakeGraphServer(QObject* parent)
    : QObject(parent)
{
    m_http.setHandler([this](const ReceivedRequest& request) { return handle(request); });
}

bool FakeGraphServer::listen(quint16 port)
{
    return m_http.listen(port);
}

QString FakeGraphServer::tokenUrl() const
{
    return baseUrl() + u'/' + tenantId + u"/oauth2/v2.0/token";
}

QString FakeGraphServer::origin() const
{
    return nextLinkOrigin.isEmpty() ? baseUrl() : nextLinkOrigin;
}

void FakeGraphServer::addRecord(QJsonObject record)
{
    record = withoutAnnotations(record);
    const QString id = record.value(u"id").toString();
    if (!m_records.contains(id.toLower()))
        m_order.append(id);
    m_records.insert(id.toLower(), record);
}

bool FakeGraphServer::addRecordFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": " + file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || !document.object().value(u"id").isString()) {
        *error = path + u": not a call record with an id (" + parseError.errorString() + u')';
        return false;
    }
    addRecord(document.object());
    return true;
}

void FakeGraphServer::expireTokens()
{
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = QDateTime::currentDateTimeUtc().addSecs(-1);
}

ServerReply FakeGraphServer::graphError(int status, const QString& code, const QString& message)
{
    const QJsonObject inner { { u"request-id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"client-request-id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"date"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    const QJsonObject error { { u"code"_s, code }, { u"message"_s, message }, { u"innerError"_s, inner } };
    return ServerReply::json(status, compact(QJsonObject { { u"error"_s, error } }));
}

ServerReply FakeGraphServer::tokenError(int status, const QString& error, int aadsts, const QString& description)
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body { { u"error"_s, error },
        { u"error_description"_s,
            QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                .arg(aadsts)
                .arg(description, traceId, QUuid::createUuid().toString(QUuid::WithoutBraces),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) },
        { u"error_codes"_s, QJsonArray { aadsts } }, { u"trace_id"_s, traceId },
        { u"correlation_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
    return ServerReply::json(status, compact(body));
}

ServerReply FakeGraphServer::handle(const ReceivedRequest& request)
{
    const QString target = request.url.path(QUrl::FullyDecoded) + u'?' + request.url.query(QUrl::FullyDecoded);
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->count > 0 && target.contains(it->pathContains)) {
            --it->count;
            return it->reply;
        }
    }
    if (request.method == "POST" && request.url.path().endsWith(u"/oauth2/v2.0/token"))
        return token(request);
    if (request.method == "GET" && request.url.path().startsWith(u"/v1.0/"))
        return graph(request);
    return graphError(404, QStringLiteral("UnknownPath"), u"No route for " + request.url.path());
}

ServerReply FakeGraphServer::token(const ReceivedRequest& request)
{
    ++m_tokenRequests;
    lastTokenForm.clear();
    const QList<QByteArray> pairs = request.body.split('&');
    for (const QByteArray& pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            continue;
        QByteArray value = pair.mid(equals + 1);
        value.replace('+', ' ');
        lastTokenForm.insert(
            QString::fromLatin1(pair.left(equals)), QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    const QString tenant = request.url.path().section(u'/', 1, 1);
    if (tenant.compare(tenantId, Qt::CaseInsensitive) != 0)
        return tokenError(400, QStringLiteral("invalid_request"), 90002,
            u"Tenant '" + tenant + u"' not found. Check to make sure you have the correct tenant ID.");
    if (lastTokenForm.value(u"grant_type"_s) != u"client_credentials")
        return tokenError(400, QStringLiteral("unsupported_grant_type"), 70003,
            QStringLiteral("The app requested an unsupported grant type."));
    const QString client = lastTokenForm.value(u"client_id"_s);
    if (client.isEmpty() || (!clientId.isEmpty() && client != clientId))
        return tokenError(400, QStringLiteral("unauthorized_client"), 700016,
            u"Application with identifier '" + client + u"' was not found in the directory.");
    if (lastTokenForm.value(u"scope"_s) != baseUrl() + u"/.default")
        return tokenError(400, QStringLiteral("invalid_scope"), 70011,
            u"The provided value for the input parameter 'scope' is not valid: " + lastTokenForm.value(u"scope"_s));
    if (lastTokenForm.contains(u"client_assertion"_s)) {
        lastAssertionError.clear();
        if (lastTokenForm.value(u"client_assertion_type"_s)
            != u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
            lastAssertionError = QStringLiteral("wrong client_assertion_type");
        else if (certificatePem.isEmpty())
            lastAssertionError = QStringLiteral("no certificate registered");
        else {
            const AssertionCheck check
                = verifyClientAssertion(lastTokenForm.value(u"client_assertion"_s).toLatin1(), certificatePem);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (!check.ok)
                lastAssertionError = check.error;
            else if (check.claims.value(u"aud").toString() != tokenUrl())
                lastAssertionError = u"aud is " + check.claims.value(u"aud").toString();
            else if (check.claims.value(u"iss").toString() != client || check.claims.value(u"sub").toString() != client)
                lastAssertionError = QStringLiteral("iss or sub is not the client id");
            else if (qint64(check.claims.value(u"exp").toDouble()) <= now)
                lastAssertionError = QStringLiteral("expired");
        }
        if (!lastAssertionError.isEmpty())
            return tokenError(401, QStringLiteral("invalid_client"), 700027,
                u"Client assertion failed signature validation: " + lastAssertionError);
    } else {
        const QString secret = lastTokenForm.value(u"client_secret"_s);
        if (secret.isEmpty() || (!clientSecret.isEmpty() && secret != clientSecret))
            return tokenError(401, QStringLiteral("invalid_client"), 7000215,
                u"Invalid client secret provided. Ensure the secret being sent in the request is the client secret "
                u"value, not the client secret ID, for a secret added to app '"
                    + client + u"'.");
    }
    const QString token = u"fake." + QUuid::createUuid().toString(QUuid::Id128) + u".token";
    m_tokens.insert(token, QDateTime::currentDateTimeUtc().addSecs(expiresIn));
    const QJsonObject body { { u"token_type"_s, u"Bearer"_s }, { u"expires_in"_s, expiresIn },
        { u"ext_expires_in"_s, expiresIn }, { u"access_token"_s, token } };
    return ServerReply::json(200, compact(body));
}

ServerReply FakeGraphServer::graph(const ReceivedRequest& request)
{
    const QByteArray authorization = request.header("authorization");
    const QString token = QString::fromLatin1(authorization.mid(7));
    if (!authorization.startsWith("Bearer ") || !m_tokens.contains(token))
        return graphError(
            401, QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("Access token is empty or invalid."));
    if (m_tokens.value(token) <= QDateTime::currentDateTimeUtc())
        return graphError(401, QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("Lifetime validation failed, the token is expired."));

    const QUrlQuery query(request.url);
    const int skip = query.queryItemValue(QStringLiteral("$skiptoken")).toInt();
    static const QRegularExpression route(
        QStringLiteral("^/v1\\.0/communications/callRecords(?:/([^/]+))?(?:/(sessions|participants_v2))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = route.match(request.url.path());
    if (!match.hasMatch())
        return graphError(
            400, QStringLiteral("BadRequest"), u"Resource not found for the segment '" + request.url.path() + u"'.");
    const QString id = match.captured(1);
    const QString what = match.captured(2);
    if (id.isEmpty())
        return list(query.queryItemValue(QStringLiteral("$filter"), QUrl::FullyDecoded), skip);
    if (!m_records.contains(id.toLower()))
        return graphError(404, QStringLiteral("NotFound"), QStringLiteral("Resource not found."));
    if (what.isEmpty())
        return record(id);
    return page(id, what.toLower(), skip);
}

ServerReply FakeGraphServer::record(const QString& id)
{
    QJsonObject record = m_records.value(id.toLower());
    const QJsonArray sessions = record.value(u"sessions").toArray();
    record.remove(u"participants_v2"_s); // only one relationship can be expanded
    QJsonObject body { { u"@odata.context"_s,
        QString(origin() + u"/v1.0/$metadata#communications/callRecords(sessions(segments()))/$entity") } };
    for (auto it = record.begin(); it != record.end(); ++it)
        body.insert(it.key(), it.value());
    QJsonArray first;
    for (int i = 0; i < std::min<int>(sessionsPageSize, int(sessions.size())); ++i)
        first.append(sessions[i]);
    body.insert(u"sessions"_s, first);
    body.insert(u"sessions@odata.context"_s,
        QString(origin() + u"/v1.0/$metadata#communications/callRecords('" + id + u"')/sessions(segments())"));
    if (sessions.size() > sessionsPageSize)
        body.insert(u"sessions@odata.nextLink"_s,
            QString(origin() + u"/v1.0/communications/callRecords/" + id + u"/sessions?$expand=segments&$skiptoken="
                + QString::number(sessionsPageSize)));
    return ServerReply::json(200, compact(body));
}

ServerReply FakeGraphServer::page(const QString& id, const QString& what, int skip)
{
    const QJsonObject record = m_records.value(id.toLower());
    const QJsonArray all = record.value(what).toArray();
    const int size = what == u"sessions" ? sessionsPageSize : participantsPageSize;
    QJsonArray values;
    for (int i = skip; i < std::min<int>(skip + size, int(all.size())); ++i)
        values.append(all[i]);
    QJsonObject body { { u"@odata.context"_s,
                           QString(origin() + u"/v1.0/$metadata#communications/callRecords('" + id + u"')/" + what
                               + (what == u"sessions" ? u"(segments())"_s : QString())) },
        { u"value"_s, values } };
    const int next = repeatNextLink ? skip : skip + size;
    if (skip + size < all.size() || (repeatNextLink && what == u"sessions"))
        body.insert(u"@odata.nextLink"_s,
            QString(origin() + u"/v1.0/communications/callRecords/" + id + u'/' + what
                + (what == u"sessions" ? u"?$expand=segments&$skiptoken="_s : u"?$skiptoken="_s)
                + QString::number(next)));
    return ServerReply::json(200, compact(body));
}

ServerReply FakeGraphServer::list(const QString& filter, int skip)
{
    static const QRegularExpression ge(QStringLiteral("startDateTime ge (\\S+)"));
    static const QRegularExpression lt(QStringLiteral("startDateTime lt (\\S+)"));
    static const QRegularExpression participant(QStringLiteral("participants_v2/any\\(p:p/id eq '([^']*)'\\)"));
    const auto dateOf = [&](const QRegularExpression& re) {
        const auto match = re.match(filter);
        return match.hasMatch() ? QDateTime::fromString(match.captured(1), Qt::ISODate) : QDateTime();
    };
    const QDateTime from = dateOf(ge);
    const QDateTime to = dateOf(lt);
    const auto participantMatch = participant.match(filter);
    QJsonArray matching;
    for (const QString& id : m_order) {
        QJsonObject record = m_records.value(id.toLower());
        const QDateTime start = QDateTime::fromString(record.value(u"startDateTime").toString(), Qt::ISODate);
        if ((from.isValid() && start < from) || (to.isValid() && start >= to))
            continue;
        if (participantMatch.hasMatch()) {
            bool found = false;
            const QJsonArray participants = record.value(u"participants_v2").toArray();
            for (const QJsonValue& p : participants)
                found = found || p.toObject().value(u"id").toString() == participantMatch.captured(1);
            if (!found)
                continue;
        }
        record.remove(u"sessions"_s);
        record.remove(u"participants_v2"_s);
        matching.append(record);
    }
    QJsonArray values;
    for (int i = skip; i < std::min<int>(skip + listPageSize, int(matching.size())); ++i)
        values.append(matching[i]);
    QJsonObject body { { u"@odata.context"_s, QString(origin() + u"/v1.0/$metadata#communications/callRecords"_s) },
        { u"value"_s, values } };
    if (skip + listPageSize < matching.size()) {
        QUrl next(origin() + u"/v1.0/communications/callRecords"_s);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("$filter"), QString::fromLatin1(QUrl::toPercentEncoding(filter)));
        query.addQueryItem(QStringLiteral("$skiptoken"), QString::number(skip + listPageSize));
        next.setQuery(query);
        body.insert(u"@odata.nextLink"_s, next.toString(QUrl::FullyEncoded));
    }
    return ServerReply::json(200, compact(body));
}
