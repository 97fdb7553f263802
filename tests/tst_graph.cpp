// Microsoft Graph access against a real HTTP server on 127.0.0.1 started by the test
// (FakeGraphServer): tokens, paging, throttling, errors, certificate assertions, the command
// line, and what is (not) logged.
#include "fakegraphserver.h"
#include "graph/clientassertion.h"
#include "graph/graphclient.h"
#include "graph/grapherror.h"
#include "graph/secretmemory.h"
#include "graph/tokenprovider.h"
#include "record/loader.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QString kClientId = u"11111111-2222-3333-4444-555555555555"_s;
// Characters that break naive form encoding: '+' must not become a space, '&' and '=' must
// not split fields.
const QString kSecret = u"s3cr+t/&=value~ü"_s;

QString participantId(int n)
{
    return u"aaaaaaaa-0000-0000-0000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject makeRecord(const QString& id, int sessions, int participants,
    const QString& start = u"2026-11-27T10:00:00Z"_s, int firstParticipant = 1)
{
    QJsonArray sessionList;
    for (int i = 1; i <= sessions; ++i) {
        const QJsonObject stream { { u"streamId"_s, u"1"_s }, { u"streamDirection"_s, u"callerToCallee"_s },
            { u"averageJitter"_s, u"PT0.016S"_s }, { u"averageRoundTripTime"_s, u"PT0.1S"_s },
            { u"averagePacketLossRate"_s, 0.01 } };
        const QJsonObject media { { u"label"_s, u"main-audio"_s }, { u"streams"_s, QJsonArray { stream } } };
        const QJsonObject segment { { u"id"_s, u"seg-%1"_s.arg(i) }, { u"startDateTime"_s, start },
            { u"endDateTime"_s, start }, { u"media"_s, QJsonArray { media } } };
        sessionList.append(QJsonObject { { u"id"_s, u"session-%1"_s.arg(i) },
            { u"modalities"_s, QJsonArray { u"audio"_s } }, { u"startDateTime"_s, start }, { u"endDateTime"_s, start },
            { u"segments"_s, QJsonArray { segment } } });
    }
    QJsonArray participantList;
    for (int i = 0; i < participants; ++i) {
        const int n = firstParticipant + i;
        const QJsonObject user { { u"id"_s, participantId(n) }, { u"displayName"_s, u"Person %1"_s.arg(n) } };
        participantList.append(
            QJsonObject { { u"id"_s, participantId(n) }, { u"identity"_s, QJsonObject { { u"user"_s, user } } } });
    }
    return QJsonObject { { u"id"_s, id }, { u"version"_s, 2 }, { u"type"_s, u"groupCall"_s },
        { u"modalities"_s, QJsonArray { u"audio"_s } }, { u"startDateTime"_s, start },
        { u"endDateTime"_s, QDateTime::fromString(start, Qt::ISODate).addSecs(600).toString(Qt::ISODate) },
        { u"sessions"_s, sessionList }, { u"participants_v2"_s, participantList } };
}

ServerReply withHeader(ServerReply reply, const QByteArray& name, const QByteArray& value)
{
    reply.headers.append(qMakePair(name, value));
    return reply;
}

const QString kCall = u"e523d2ed-2966-4b6b-925b-754a88034cc5"_s;

QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    capturedLog.append(message);
}

} // namespace

class TestGraph : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeGraphServer> server;

    GraphSettings settings() const
    {
        GraphSettings s;
        s.tenantId = server->tenantId;
        s.clientId = kClientId;
        s.clientSecret = kSecret;
        s.cloud = Cloud::Custom;
        s.graphUrl = QUrl(server->baseUrl());
        s.authorityUrl = QUrl(server->baseUrl());
        s.timeoutSeconds = 10;
        return s;
    }

    static RequestPolicy fastRetries()
    {
        RequestPolicy policy;
        policy.baseDelayMs = 10;
        policy.maxDelayMs = 50;
        return policy;
    }

    /// A client of the fake server with `policy` (limits, retries).
    std::unique_ptr<GraphClient> clientWith(const RequestPolicy& policy) const
    {
        auto client = std::make_unique<GraphClient>(settings());
        client->setRequestPolicy(policy);
        return client;
    }

    /// Starts the job and spins the event loop until it ends.
    template <typename Job>
    static void runToEnd(Job* job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &GraphJob::finished);
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1, timeoutMs);
        QCOMPARE(finished.count(), 1);
    }

    QList<ReceivedRequest> graphRequests() const
    {
        QList<ReceivedRequest> result;
        for (const ReceivedRequest& request : std::as_const(server->http().requests)) {
            if (request.url.path().startsWith(u"/v1.0/"))
                result.append(request);
        }
        return result;
    }

private slots:
    void init()
    {
        server = std::make_unique<FakeGraphServer>();
        server->clientId = kClientId;
        server->clientSecret = kSecret;
        server->sessionsPageSize = 2;
        server->participantsPageSize = 2;
        QVERIFY(server->listen());
        server->addRecord(makeRecord(kCall, 7, 5));
    }

    void cleanup() { server.reset(); }

    // First of the suite: no other test has made a client yet.
    void secretsStayOutOfCoreDumps()
    {
        if (secretsAreKeptOutOfCoreDumps())
            QSKIP("the process was already not dumpable when this test started");
        rlimit core {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        {
            GraphClient client(settings()); // its token provider holds the secret
            QVERIFY(secretsAreKeptOutOfCoreDumps());
        }
        // It stays so: freed memory may still hold a copy of the secret.
        QVERIFY(secretsAreKeptOutOfCoreDumps());
        QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
        QCOMPARE(core.rlim_cur, rlim_t(0));
        QCOMPARE(core.rlim_max, rlim_t(0));
        // Wiping empties our copy and leaves other holders' copies alone.
        QByteArray secret("s3cret-value");
        const QByteArray shared = secret;
        wipeSecret(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(shared, QByteArray("s3cret-value"));
        QString token = u"eyJ0eXAi"_s;
        wipeSecret(token);
        QVERIFY(token.isEmpty());
    }

    // --- pure functions -----------------------------------------------------------------

    void serviceUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://graph.microsoft.com"_s << true;
        QTest::newRow("https with path") << u"https://proxy.example.com/graph/"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http loopback 127/8") << u"http://127.10.0.3:8080"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:1234"_s << true;
        QTest::newRow("http remote") << u"http://graph.microsoft.com"_s << false;
        QTest::newRow("http private address") << u"http://10.0.0.5"_s << false;
        QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example"_s << false;
        QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << false;
        QTest::newRow("no scheme") << u"graph.microsoft.com"_s << false;
        QTest::newRow("user info") << u"https://user:pw@graph.microsoft.com"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void serviceUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        QString error;
        const QUrl parsed = parseServiceUrl(url, u"Graph URL"_s, &error);
        QCOMPARE(error.isEmpty(), accepted);
        if (accepted)
            QVERIFY(!parsed.toString().endsWith(u'/'));
        else
            QVERIFY2(error.contains(u"Graph URL"_s), qPrintable(error));
    }

    void callIdFromPastedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::newRow("bare") << u"  E523D2ED-2966-4B6B-925B-754A88034CC5 "_s << kCall;
        QTest::newRow("graph url")
            << u"https://graph.microsoft.com/v1.0/communications/callRecords/e523d2ed-2966-4b6b-925b-754a88034cc5?$expand=sessions"_s
            << kCall;
        QTest::newRow("odata key") << u"callRecords('e523d2ed-2966-4b6b-925b-754a88034cc5')"_s << kCall;
        QTest::newRow("tenant first")
            << u"tenant dc368399-474c-4d40-900c-6265431fd81f callRecords/e523d2ed-2966-4b6b-925b-754a88034cc5"_s
            << kCall;
        QTest::newRow("none") << u"no id in here 1234"_s << QString();
        QTest::newRow("too long") << u"e523d2ed-2966-4b6b-925b-754a88034cc55"_s << QString();
    }

    void callIdFromPastedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QCOMPARE(extractCallId(text), id);
    }

    void retryAfterValues_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seconds") << QByteArray("10") << qint64(10000);
        QTest::newRow("fraction") << QByteArray("0.7") << qint64(700);
        QTest::newRow("graph sample") << QByteArray(" 2.128 ") << qint64(2128);
        QTest::newRow("http date") << QByteArray("Sat, 28 Nov 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArray("Sat, 28 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
    }

    void retryAfterValues()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, ms);
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
        QCOMPARE(retryAfterMs(header, now), ms);
    }

    void errorBodies()
    {
        const GraphErrorBody graph = parseGraphErrorBody(
            R"({"error":{"code":"Forbidden","message":"Insufficient privileges.","innererror":{"date":"2026-11-28T10:00:00","request-id":"r-1","client-request-id":"c-1"}}})");
        QCOMPARE(graph.code, u"Forbidden"_s);
        QCOMPARE(graph.requestId, u"r-1"_s);
        QVERIFY(graph.describe().contains(u"request-id r-1"_s));
        QVERIFY(graph.describe().contains(u"2026-11-28T10:00:00"_s));
        QVERIFY(!parseGraphErrorBody("<html>502 Bad Gateway</html>").isValid());

        const TokenErrorBody token = parseTokenErrorBody(
            R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.\r\nTrace ID: t\r\n","error_codes":[7000215],"trace_id":"t-9","correlation_id":"c-9"})");
        QCOMPARE(token.aadstsCode, u"AADSTS7000215"_s);
        QCOMPARE(token.description, u"AADSTS7000215: Invalid client secret provided."_s);
        QVERIFY(token.describe().contains(u"correlation id c-9"_s));
    }

    // --- a whole fetch ------------------------------------------------------------------

    void pagedFetchMergesEveryPage()
    {
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        QSignalSpy progress(fetch, &GraphJob::progress);
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        // Record + 3 sessions pages (2+2+2+1) + 3 participants pages (2+2+1).
        QCOMPARE(fetch->documents().size(), size_t(7));
        QVERIFY(progress.count() >= 7);
        QVERIFY(progress.last().first().toString().contains(u"7 sessions"_s));

        const LoadResult loaded = loadCallRecordDocuments(fetch->takeDocuments());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.records.size(), size_t(1));
        const CallRecord& record = *loaded.records.front();
        QCOMPARE(record.sessions.size(), size_t(7));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(record.sessions[size_t(i)].id.toQString(), u"session-%1"_s.arg(i + 1));
        QVERIFY(record.participantsV2.has_value());
        QCOMPARE(record.participantsV2->size(), size_t(5));
        QCOMPARE(record.participantsV2->back().id.toQString(), participantId(5));
        QVERIFY(record.isComplete());

        // One token for the whole fetch, sent to Graph and nowhere else.
        QCOMPARE(server->tokenRequests(), 1);
        QCOMPARE(server->lastTokenForm.value(u"grant_type"_s), u"client_credentials"_s);
        QCOMPARE(server->lastTokenForm.value(u"client_id"_s), kClientId);
        QCOMPARE(server->lastTokenForm.value(u"client_secret"_s), kSecret);
        QCOMPARE(server->lastTokenForm.value(u"scope"_s), server->baseUrl() + u"/.default");
        const QString token = server->issuedTokens().value(0);
        const QList<ReceivedRequest> requests = graphRequests();
        QCOMPARE(requests.size(), 7);
        QVERIFY(requests.first().url.query(QUrl::FullyDecoded).contains(u"$expand=sessions($expand=segments)"_s));
        QSet<QByteArray> requestIds;
        for (const ReceivedRequest& request : requests) {
            QCOMPARE(request.header("authorization"), QByteArray("Bearer " + token.toLatin1()));
            QCOMPARE(request.header("prefer"), QByteArray("include-unknown-enum-members"));
            QVERIFY(!QUuid::fromString(QString::fromLatin1(request.header("client-request-id"))).isNull());
            requestIds.insert(request.header("client-request-id"));
        }
        QCOMPARE(requestIds.size(), requests.size());
        for (const ReceivedRequest& request : std::as_const(server->http().requests)) {
            if (request.url.path().endsWith(u"/token"))
                QVERIFY(request.header("authorization").isEmpty());
        }
    }

    void nextLinkInAnyLetterCase()
    {
        // The record's next link spelled in lower case, as some producers do.
        QJsonObject body = makeRecord(kCall, 1, 0);
        body.insert(u"sessions@odata.NEXTLINK"_s,
            QString(server->baseUrl() + u"/v1.0/communications/callRecords/"_s + kCall + u"/sessions?$skiptoken=1"_s));
        server->addRecord(makeRecord(kCall, 3, 0));
        server->addFault({ u"$expand=sessions("_s, 1, ServerReply::json(200, QJsonDocument(body).toJson()) });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        const LoadResult loaded = loadCallRecordDocuments(fetch->takeDocuments());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.records.front()->sessions.size(), size_t(3));
    }

    void throttlingHonoursFractionalRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    void throttlingHonoursFractionalRetryAfter()
    {
        QFETCH(int, status);
        server->addFault({ u"/sessions"_s, 2,
            withHeader(ServerReply::json(
                           status, R"({"error":{"code":"TooManyRequests","message":"Please retry again later."}})"),
                "Retry-After", "0.7") });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        QSignalSpy waiting(fetch, &GraphJob::waiting);
        QElapsedTimer timer;
        timer.start();
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        QVERIFY2(timer.elapsed() >= 1350, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(waiting.count(), 2);
        QVERIFY2(
            waiting.first().first().toString().contains(u"0.7 s"_s), qPrintable(waiting.first().first().toString()));
        QVERIFY(waiting.last().first().toString().contains(u"try 3 of 5"_s));
    }

    void throttlingGivesUpAfterFiveTries()
    {
        server->addFault({ u"/sessions"_s, 100,
            ServerReply::json(503, R"({"error":{"code":"ServiceUnavailable","message":"busy"}})") });
        GraphClient client(settings());
        client.setRequestPolicy(fastRetries());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->documents().empty());
        QVERIFY2(fetch->errorString().contains(u"HTTP 503"_s), qPrintable(fetch->errorString()));
        QVERIFY(fetch->errorString().contains(u"5 tries"_s));
        int sessionRequests = 0;
        for (const ReceivedRequest& request : graphRequests())
            sessionRequests += request.url.path().endsWith(u"/sessions") ? 1 : 0;
        QCOMPARE(sessionRequests, 5);
    }

    void expiredTokenIsRenewedOnce()
    {
        // Graph answers 401 once (token revoked): one new token, the request is repeated.
        server->addFault({ u"/sessions"_s, 1,
            ServerReply::json(
                401, R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired."}})") });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        QCOMPARE(server->tokenRequests(), 2);
    }

    void repeated401Fails()
    {
        server->addFault({ u"/sessions"_s, 2,
            ServerReply::json(401,
                R"({"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}})") });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->isAuthenticationFailure());
        QVERIFY2(fetch->errorString().contains(u"HTTP 401"_s), qPrintable(fetch->errorString()));
        QVERIFY(fetch->errorString().contains(u"InvalidAuthenticationToken"_s));
        QCOMPARE(server->tokenRequests(), 2);
    }

    void shortLivedTokenIsRefreshedBeforeUse()
    {
        // A token valid for 2 s is cached for 1 s (half its life); a slow page outlives it.
        server->expiresIn = 2;
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        connect(fetch, &GraphJob::progress, this, [](const QString& text) {
            if (text.startsWith(u"page 2 "))
                QTest::qWait(1200); // the next request needs a new token
        });
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        QVERIFY(server->tokenRequests() >= 2);
    }

    void graphErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("authFailure");
        QTest::newRow("403") << 403 << u"Forbidden"_s
                             << QStringList { u"CallRecords.Read.All"_s, u"admin consent"_s, u"request-id"_s } << true;
        QTest::newRow("404") << 404 << u"NotFound"_s << QStringList { u"60 minutes"_s, u"30 days"_s, u"NotFound"_s }
                             << false;
        QTest::newRow("500") << 500 << u"InternalServerError"_s << QStringList { u"HTTP 500"_s, u"internal error"_s }
                             << false;
        QTest::newRow("400") << 400 << u"BadRequest"_s << QStringList { u"HTTP 400"_s, u"BadRequest"_s } << false;
    }

    void graphErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QFETCH(bool, authFailure);
        const QByteArray body = QJsonDocument(QJsonObject { { u"error"_s,
                                                  QJsonObject { { u"code"_s, code }, { u"message"_s, u"Something."_s },
                                                      { u"innerError"_s,
                                                          QJsonObject { { u"request-id"_s, u"req-42"_s },
                                                              { u"date"_s, u"2026-11-28T10:00:00"_s } } } } } })
                                    .toJson();
        server->addFault({ u"/callRecords/"_s, 1, ServerReply::json(status, body) });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QCOMPARE(fetch->isAuthenticationFailure(), authFailure);
        for (const QString& part : expected)
            QVERIFY2(fetch->errorString().contains(part), qPrintable(fetch->errorString()));
        QVERIFY(fetch->errorString().contains(u"req-42"_s));
        QVERIFY(fetch->errorString().contains(u"2026-11-28T10:00:00"_s));
    }

    // A token with a line break would add headers to every Graph request: it is refused.
    void tokenWithLineBreaksIsRefused_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("CR LF and a header") << u"abc\r\nX-Injected: 1"_s;
        QTest::newRow("LF") << u"abc\ndef"_s;
        QTest::newRow("space") << u"abc def"_s;
        QTest::newRow("non-ASCII") << u"abcé"_s;
    }
    void tokenWithLineBreaksIsRefused()
    {
        QFETCH(QString, token);
        const QJsonObject body { { u"token_type"_s, u"Bearer"_s }, { u"expires_in"_s, 3600 },
            { u"access_token"_s, token } };
        server->addFault({ u"/oauth2/v2.0/token"_s, 1, ServerReply::json(200, QJsonDocument(body).toJson()) });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(
            fetch->errorString().contains(u"cannot be sent in a request header"_s), qPrintable(fetch->errorString()));
        for (const ReceivedRequest& request : std::as_const(server->http().requests))
            QVERIFY2(!request.url.path().contains(u"/callRecords"_s), qPrintable(request.url.toString()));
    }
    void usableTokens()
    {
        QVERIFY(isUsableAccessToken(u"eyJ0eXAiOiJKV1Qi.eyJhdWQiOi-_~+/=.sig"_s));
        QVERIFY(!isUsableAccessToken(QString()));
        QVERIFY(!isUsableAccessToken(u"a\tb"_s));
    }

    void unknownCallIsNotFound()
    {
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(u"00000000-0000-0000-0000-000000000000"_s);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"HTTP 404"_s), qPrintable(fetch->errorString()));
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("aadsts");
        QTest::newRow("wrong tenant") << u"other.onmicrosoft.com"_s << kSecret << u"AADSTS90002"_s;
        QTest::newRow("wrong secret") << QString() << u"wrong"_s << u"AADSTS7000215"_s;
    }

    void tokenErrors()
    {
        QFETCH(QString, tenant);
        QFETCH(QString, secret);
        QFETCH(QString, aadsts);
        GraphSettings s = settings();
        if (!tenant.isEmpty())
            s.tenantId = tenant;
        s.clientSecret = secret;
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->isAuthenticationFailure());
        QVERIFY2(fetch->errorString().contains(aadsts), qPrintable(fetch->errorString()));
        QVERIFY(fetch->errorString().contains(u"trace id"_s));
        QVERIFY(!aadstsHint(aadsts).isEmpty());
        QVERIFY(fetch->errorString().contains(aadstsHint(aadsts)));
        QVERIFY(graphRequests().isEmpty());
    }

    void missingSettingsSayWhat()
    {
        GraphSettings s = settings();
        s.clientSecret.clear();
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"client secret is not set"_s), qPrintable(fetch->errorString()));
        QVERIFY(server->http().requests.isEmpty());
    }

    void slowServerTimesOut()
    {
        ServerReply hang;
        hang.hang = true;
        server->addFault({ u"/sessions"_s, 1, hang });
        GraphSettings s = settings();
        s.timeoutSeconds = 1;
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        QElapsedTimer timer;
        timer.start();
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->documents().empty());
        QVERIFY2(fetch->errorString().contains(u"within 1 s"_s), qPrintable(fetch->errorString()));
        QVERIFY(timer.elapsed() >= 900);
    }

    void tricklingServerTimesOut()
    {
        // Bytes keep coming, too slowly: the time limit is for the whole answer.
        ServerReply trickle = ServerReply::json(200, QJsonDocument(makeRecord(kCall, 1, 0)).toJson());
        trickle.trickleMs = 200;
        server->addFault({ u"$expand=sessions("_s, 1, trickle });
        GraphSettings s = settings();
        s.timeoutSeconds = 1;
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"within 1 s"_s), qPrintable(fetch->errorString()));
    }

    void participantsFailureKeepsTheRecord()
    {
        server->addFault({ u"/participants_v2"_s, 1,
            ServerReply::json(403, R"({"error":{"code":"Forbidden","message":"Not allowed."}})") });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        QCOMPARE(fetch->notes().size(), 1);
        QVERIFY(fetch->notes().first().contains(u"participants_v2"_s));
        const LoadResult loaded = loadCallRecordDocuments(fetch->takeDocuments());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QCOMPARE(loaded.records.front()->sessions.size(), size_t(7));
        QVERIFY(!loaded.records.front()->participantsV2.has_value());
        QVERIFY(loaded.records.front()->isComplete());
    }

    void pageOfAnotherRecordIsRefused()
    {
        const QByteArray page = "{\"@odata.context\": \"" + server->baseUrl().toUtf8()
            + "/v1.0/$metadata#communications/callRecords('11111111-0000-0000-0000-000000000000')/sessions\", "
              "\"value\": [{\"id\": \"x\", \"modalities\": [\"audio\"]}]}";
        server->addFault({ u"/sessions"_s, 1, ServerReply::json(200, page) });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        const LoadResult loaded = loadCallRecordDocuments(fetch->takeDocuments());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(u"fetched for call record"_s), qPrintable(loaded.error));
    }

    void cancelWhileWaitingForRetry()
    {
        server->addFault({ u"/sessions"_s, 1, withHeader(ServerReply::json(429, "{}"), "Retry-After", "30") });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        QSignalSpy finished(fetch, &GraphJob::finished);
        connect(fetch, &GraphJob::waiting, fetch, [fetch] { QTimer::singleShot(100, fetch, &GraphJob::cancel); });
        QElapsedTimer timer;
        timer.start();
        fetch->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(fetch->outcome(), GraphOutcome::Cancelled);
        QVERIFY(timer.elapsed() < 10000);
        const int requests = int(server->http().requests.size());
        QTest::qWait(300);
        QCOMPARE(int(server->http().requests.size()), requests); // no retry after the cancel
    }

    void brokenBodies_data()
    {
        QTest::addColumn<int>("truncateAt");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << 40 << QJsonDocument(makeRecord(kCall, 1, 0)).toJson()
                                   << u"closed the connection"_s;
        QTest::newRow("malformed") << -1 << QByteArray(R"({"id":"x", "sessions": [ {"id": )") << u"not valid JSON"_s;
        QTest::newRow("html") << -1 << QByteArray("<html><body>Bad gateway</body></html>") << u"not valid JSON"_s;
        QTest::newRow("array") << -1 << QByteArray("[1,2]") << u"not a JSON object"_s;
        QTest::newRow("empty object") << -1 << QByteArray("{}") << u"without a record"_s;
        QTest::newRow("another call")
            << -1 << QJsonDocument(makeRecord(u"11111111-0000-0000-0000-000000000000"_s, 1, 0)).toJson()
            << u"with call record 11111111-0000-0000-0000-000000000000"_s;
        QTest::newRow("numeric id") << -1 << QByteArray(R"({"id": 42, "sessions": []})")
                                    << u"with call record (no id)"_s;
    }

    void brokenBodies()
    {
        QFETCH(int, truncateAt);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ServerReply reply = ServerReply::json(200, body);
        reply.truncateAt = truncateAt;
        server->addFault({ u"$expand=sessions("_s, 1, reply });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->documents().empty());
        QVERIFY2(fetch->errorString().contains(expected), qPrintable(fetch->errorString()));
    }

    void foreignNextLinkIsRefused()
    {
        // Another server (another port): it must never see a request, let alone the token.
        MiniHttpServer foreign;
        QVERIFY(foreign.listen());
        server->nextLinkOrigin = foreign.baseUrl();
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"Refused to follow"_s), qPrintable(fetch->errorString()));
        QVERIFY(fetch->errorString().contains(foreign.baseUrl().mid(7)));
        QTest::qWait(100);
        QVERIFY(foreign.requests.isEmpty());
    }

    void nextLinkLoopStops()
    {
        server->repeatNextLink = true;
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"same next-page link twice"_s), qPrintable(fetch->errorString()));
        QVERIFY(graphRequests().size() < 10);
    }

    void responseSizeIsCapped_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<qint64>("announced");
        QTest::addColumn<qint64>("streamed");
        QTest::newRow("announces 2 GiB") << false << (qint64(2) << 30) << (qint64(2) << 30);
        QTest::newRow("chunked, no length") << true << qint64(-1) << (qint64(2) << 30);
        QTest::newRow("8 MiB, its real length") << false << qint64(-1) << (qint64(8) << 20);
    }

    void responseSizeIsCapped()
    {
        // A page longer than the limit is cut off as it arrives, whether it says its length or
        // not: nothing is buffered whole, nothing partial opens, and the fetch ends at once.
        QFETCH(bool, chunked);
        QFETCH(qint64, announced);
        QFETCH(qint64, streamed);
        ServerReply huge = ServerReply::json(200, {});
        huge.streamBytes = streamed;
        huge.announcedLength = announced;
        huge.chunked = chunked;
        server->addFault({ u"/sessions"_s, 1, huge });
        RequestPolicy policy = fastRetries();
        policy.maxResponseBytes = qint64(1) << 20;
        const auto client = clientWith(policy);
        CallRecordFetch* fetch = client->fetchCallRecord(kCall);
        QElapsedTimer timer;
        timer.start();
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->documents().empty());
        QVERIFY2(fetch->errorString().contains(u"is longer than 1 MiB, the limit for one answer"_s),
            qPrintable(fetch->errorString()));
        QVERIFY2(fetch->errorString().contains(u"nothing was opened"_s), qPrintable(fetch->errorString()));
        QVERIFY2(fetch->errorString().contains(u"sessions page 2"_s), qPrintable(fetch->errorString()));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed()))); // not 2 GiB later
    }

    void fetchStopsAtThePageLimit()
    {
        // One session a page: 7 sessions pages, then participants pages. At most 4 requests.
        server->sessionsPageSize = 1;
        RequestPolicy policy = fastRetries();
        policy.maxRequests = 4;
        const auto client = clientWith(policy);
        CallRecordFetch* fetch = client->fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->documents().empty());
        QVERIFY2(fetch->errorString().contains(u"more than 4 pages"_s), qPrintable(fetch->errorString()));
        QVERIFY2(fetch->errorString().contains(u"before sessions page 5"_s), qPrintable(fetch->errorString()));
        QCOMPARE(graphRequests().size(), 4);
        // With the default limit the same fetch succeeds.
        const auto unlimited = clientWith(fastRetries());
        CallRecordFetch* whole = unlimited->fetchCallRecord(kCall);
        runToEnd(whole);
        QVERIFY2(whole->outcome() == GraphOutcome::Succeeded, qPrintable(whole->errorString()));
    }

    void fetchStopsAtTheByteLimit()
    {
        server->sessionsPageSize = 1;
        const auto measuring = clientWith(fastRetries());
        CallRecordFetch* whole = measuring->fetchCallRecord(kCall);
        runToEnd(whole);
        QVERIFY2(whole->outcome() == GraphOutcome::Succeeded, qPrintable(whole->errorString()));
        qint64 total = 0;
        for (const InputDocument& document : whole->documents())
            total += qint64(document.bytes.size());
        // One byte less than everything: the last page goes over.
        RequestPolicy policy = fastRetries();
        policy.maxFetchBytes = total - 1;
        const auto client = clientWith(policy);
        CallRecordFetch* fetch = client->fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY(fetch->documents().empty());
        QVERIFY2(fetch->errorString().contains(u"add up to more than"_s), qPrintable(fetch->errorString()));
        QVERIFY2(fetch->errorString().contains(u"the limit for one fetch"_s), qPrintable(fetch->errorString()));
    }

    void refusedConnection()
    {
        GraphSettings s = settings();
        s.authorityUrl = QUrl(u"http://127.0.0.1:1"_s); // nothing listens on port 1
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"refused"_s), qPrintable(fetch->errorString()));
    }

    void untrustedTlsCertificateIsNeverAccepted()
    {
        // A TLS server with a self-signed certificate: the handshake must fail, and no token
        // request may be sent over it.
        const TestCertificate certificate = generateTestCertificate();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificate.certificatePem));
        configuration.setPrivateKey(QSslKey(certificate.privateKeyPem, QSsl::Rsa));
        QSslServer tlsServer;
        tlsServer.setSslConfiguration(configuration);
        QVERIFY(tlsServer.listen(QHostAddress::LocalHost));
        int encrypted = 0;
        connect(&tlsServer, &QSslServer::pendingConnectionAvailable, this, [&] { ++encrypted; });
        GraphSettings s = settings();
        s.authorityUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(tlsServer.serverPort()));
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"secure connection"_s), qPrintable(fetch->errorString()));
        QCOMPARE(encrypted, 0);
        QVERIFY(server->http().requests.isEmpty());
    }

    void cancelMidFetch()
    {
        ServerReply slow = ServerReply::json(200, "{}");
        slow.hang = true;
        server->addFault({ u"skiptoken=4"_s, 1, slow });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        QSignalSpy finished(fetch, &GraphJob::finished);
        connect(fetch, &GraphJob::progress, fetch, [fetch](const QString& text) {
            if (text.startsWith(u"page 2 "))
                QTimer::singleShot(200, fetch, &GraphJob::cancel);
        });
        fetch->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(fetch->outcome(), GraphOutcome::Cancelled);
        QVERIFY(fetch->documents().empty());
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
    }

    void certificateAssertion_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::newRow("PS256") << int(AssertionAlgorithm::PS256);
        QTest::newRow("RS256") << int(AssertionAlgorithm::RS256);
    }

    void certificateAssertion()
    {
        QFETCH(int, algorithm);
        const TestCertificate certificate = generateTestCertificate();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"app.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(certificate.combinedPem);
        file.close();
        server->certificatePem = certificate.certificatePem;
        GraphSettings s = settings();
        s.credential = CredentialKind::Certificate;
        s.clientSecret.clear();
        s.certificatePath = path;
        s.algorithm = AssertionAlgorithm(algorithm);
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QVERIFY2(
            fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString() + server->lastAssertionError));
        QCOMPARE(server->lastAssertionError, QString());
        QVERIFY(!server->lastTokenForm.contains(u"client_secret"_s));
        QCOMPARE(server->lastTokenForm.value(u"client_assertion_type"_s),
            u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
        const AssertionCheck check = verifyClientAssertion(
            server->lastTokenForm.value(u"client_assertion"_s).toLatin1(), certificate.certificatePem);
        QVERIFY2(check.ok, qPrintable(check.error));
        QCOMPARE(check.header.value(u"alg"_s).toString(),
            algorithm == int(AssertionAlgorithm::PS256) ? u"PS256"_s : u"RS256"_s);
        QCOMPARE(check.claims.value(u"aud"_s).toString(), server->tokenUrl());
    }

    void certificateNotRegistered()
    {
        server->certificatePem = generateTestCertificate().certificatePem;
        const TestCertificate other = generateTestCertificate();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(other.combinedPem);
        file.close();
        GraphSettings s = settings();
        s.credential = CredentialKind::Certificate;
        s.certificatePath = path;
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"AADSTS700027"_s), qPrintable(fetch->errorString()));
        QVERIFY(!server->lastAssertionError.isEmpty());
    }

    void unreadableCertificate()
    {
        GraphSettings s = settings();
        s.credential = CredentialKind::Certificate;
        s.certificatePath = u"/nonexistent/app.pem"_s;
        GraphClient client(s);
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        QCOMPARE(fetch->outcome(), GraphOutcome::Failed);
        QVERIFY2(fetch->errorString().contains(u"/nonexistent/app.pem"_s), qPrintable(fetch->errorString()));
        QVERIFY(server->http().requests.isEmpty());
    }

    void logsHoldNoSecretOrToken()
    {
        QLoggingCategory::setFilterRules(u"crv.*=true"_s);
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        server->addFault({ u"/sessions"_s, 1, withHeader(ServerReply::json(429, "{}"), "Retry-After", "0.1") });
        server->addFault({ u"/participants_v2"_s, 1, ServerReply::json(401, "{}") });
        GraphClient client(settings());
        CallRecordFetch* fetch = client.fetchCallRecord(kCall);
        runToEnd(fetch);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(fetch->outcome() == GraphOutcome::Succeeded, qPrintable(fetch->errorString()));
        QCOMPARE(server->issuedTokens().size(), 2);
        const QString log = capturedLog.join(u'\n');
        QVERIFY2(capturedLog.size() >= 10, qPrintable(log)); // the fetch was logged ...
        QVERIFY(log.contains(u"/sessions"_s));
        QVERIFY(!log.contains(kSecret)); // ... without secrets
        QVERIFY(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(kSecret))));
        for (const QString& token : server->issuedTokens())
            QVERIFY(!log.contains(token));
    }

    void listCallsFollowsPages()
    {
        for (int i = 0; i < 5; ++i) {
            const QString id = u"bbbbbbbb-0000-0000-0000-00000000000%1"_s.arg(i);
            const QString start = QDateTime(QDate(2026, 11, 27), QTime(8 + i, 0), Qt::UTC).toString(Qt::ISODate);
            // Records 0, 2, 4 have participant 9.
            server->addRecord(makeRecord(id, 1, 2, start, i % 2 == 0 ? 8 : 1));
        }
        GraphClient client(settings());
        CallListFetch* list = client.listCalls(participantId(9), QDateTime(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC),
            QDateTime(QDate(2026, 11, 28), QTime(0, 0), Qt::UTC));
        QCOMPARE(list->filter(),
            u"startDateTime ge 2026-11-27T08:30:00Z and startDateTime lt 2026-11-28T00:00:00Z and participants_v2/any(p:p/id eq '%1')"_s
                .arg(participantId(9)));
        server->listPageSize = 1;
        runToEnd(list);
        QVERIFY2(list->outcome() == GraphOutcome::Succeeded, qPrintable(list->errorString()));
        const LoadResult loaded = loadCallRecordDocuments(list->takeDocuments());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QStringList ids;
        for (const auto& record : loaded.records)
            ids.append(record->id.toQString());
        QCOMPARE(ids,
            (QStringList { u"bbbbbbbb-0000-0000-0000-000000000002"_s, u"bbbbbbbb-0000-0000-0000-000000000004"_s }));
        QCOMPARE(list->pages(), 2);
    }

    // --- the command line ---------------------------------------------------------------

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in stdout for 0, else in stderr
        QTest::newRow("summary") << QStringList { u"--summary"_s, u"--call-id"_s, kCall } << QString() << 0
                                 << u"sessions 7 · segments 7"_s;
        QTest::newRow("pasted url") << QStringList { u"--summary"_s, u"--call-id"_s,
            u"https://graph.microsoft.com/v1.0/communications/callRecords/"_s + kCall }
                                    << QString() << 0 << u"Call record "_s + kCall;
        QTest::newRow("csv") << QStringList { u"--export"_s, u"csv"_s, u"-o"_s, u"-"_s, u"--call-id"_s, kCall }
                             << QString() << 0 << u"session-7"_s;
        QTest::newRow("json") << QStringList { u"--export"_s, u"json"_s, u"-o"_s, u"-"_s, u"--call-id"_s, kCall }
                              << QString() << 0 << u"Person 5"_s;
        QTest::newRow("md redacted") << QStringList { u"--export"_s, u"md"_s, u"--redact"_s, u"-o"_s, u"-"_s,
            u"--call-id"_s, kCall } << QString()
                                     << 0 << u"Participant 5"_s;
        QTest::newRow("forbidden") << QStringList { u"--summary"_s, u"--call-id"_s, kCall } << u"403"_s << 3
                                   << u"CallRecords.Read.All"_s;
        QTest::newRow("not found") << QStringList { u"--summary"_s, u"--call-id"_s,
            u"00000000-0000-0000-0000-000000000001"_s }
                                   << QString() << 3 << u"30 days"_s;
        QTest::newRow("list") << QStringList { u"--list-calls"_s, u"--participant"_s, participantId(2), u"--since"_s,
            u"2026-11-27"_s, u"--until"_s, u"2026-11-28T00:00:00Z"_s }
                              << QString() << 0 << kCall + u"\t2026-11-27T10:00:00Z\t600.0\tgroupCall\t-"_s;
        QTest::newRow("answer of 2 GiB") << QStringList { u"--summary"_s, u"--call-id"_s, kCall } << u"huge"_s << 3
                                         << u"longer than 64 MiB, the limit for one answer"_s;
        QTest::newRow("chunked answer without end")
            << QStringList { u"--export"_s, u"json"_s, u"-o"_s, u"-"_s, u"--call-id"_s, kCall } << u"chunked"_s << 3
            << u"longer than 64 MiB, the limit for one answer"_s;
        QTest::newRow("bad id") << QStringList { u"--summary"_s, u"--call-id"_s, u"yesterday's call"_s } << QString()
                                << 2 << u"no call id"_s;
    }

    void commandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        if (fault == u"403")
            server->addFault(
                { u"/callRecords/"_s, 1, ServerReply::json(403, R"({"error":{"code":"Forbidden","message":"no"}})") });
        if (fault == u"huge" || fault == u"chunked") {
            ServerReply huge = ServerReply::json(200, {});
            huge.streamBytes = qint64(2) << 30;
            huge.chunked = fault == u"chunked";
            server->addFault({ u"/sessions"_s, 1, huge });
        }
        QTemporaryDir config;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"AZURE_TENANT_ID"_s, server->tenantId);
        env.insert(u"AZURE_CLIENT_ID"_s, kClientId);
        env.insert(u"AZURE_CLIENT_SECRET"_s, kSecret);
        env.remove(u"AZURE_CLIENT_CERTIFICATE_PATH"_s);
        env.remove(u"AZURE_AUTHORITY_HOST"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CRV_VIEWER),
            arguments + QStringList { u"--graph-url"_s, server->baseUrl(), u"--authority-url"_s, server->baseUrl() });
        // The server runs in this process: keep its event loop turning while the viewer works.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60000);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(process.exitCode() == exitCode, qPrintable(err));
        QVERIFY2((exitCode == 0 ? out : err).contains(expected), qPrintable(out + err));
        if (exitCode != 0)
            QVERIFY2(out.isEmpty(), qPrintable(out)); // nothing partial
        QVERIFY(!out.contains(kSecret) && !err.contains(kSecret));
        for (const QString& token : server->issuedTokens())
            QVERIFY(!out.contains(token) && !err.contains(token));
        if (arguments.contains(u"--redact"_s))
            QVERIFY2(!out.contains(u"Person "_s) && !out.contains(participantId(1)), qPrintable(out));
    }

    void insecureUrlIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("authorityHost");
        QTest::newRow("graph url") << QStringList { u"--graph-url"_s, u"http://graph.example.com"_s } << QString();
        QTest::newRow("authority url") << QStringList { u"--authority-url"_s, u"http://login.example.com"_s }
                                       << QString();
        QTest::newRow("AZURE_AUTHORITY_HOST") << QStringList() << u"http://192.0.2.2:18998"_s;
    }

    void insecureUrlIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, authorityHost);
        QTemporaryDir config;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, config.path());
        env.insert(u"AZURE_TENANT_ID"_s, server->tenantId);
        env.insert(u"AZURE_CLIENT_ID"_s, kClientId);
        env.insert(u"AZURE_CLIENT_SECRET"_s, kSecret);
        if (!authorityHost.isEmpty())
            env.insert(u"AZURE_AUTHORITY_HOST"_s, authorityHost);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CRV_VIEWER), QStringList { u"--summary"_s, u"--call-id"_s, kCall } + arguments);
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains(u"http is accepted only"_s), qPrintable(err));
        QVERIFY(!err.contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
