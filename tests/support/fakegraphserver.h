#pragma once

#include "minihttpserver.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

/// A fault served instead of the normal answer to the next `count` requests whose path (and
/// query) contains `pathContains`.
struct Fault {
    QString pathContains;
    int count = 1;
    ServerReply reply;
};

/// A stand-in for the Microsoft identity platform token endpoint and the Graph callRecords
/// endpoints, on 127.0.0.1: client-credentials tokens (secret or certificate assertion),
/// GET callRecords/{id}?$expand=sessions($expand=segments) with sessions@odata.nextLink paging,
/// /sessions and /participants_v2 pages, the list with $filter, Graph error bodies, and
/// injectable faults. Used by the tests and by the fake-graph demo program.
class FakeGraphServer : public QObject {
    Q_OBJECT
public:
    explicit FakeGraphServer(QObject* parent = nullptr);

    bool listen(quint16 port = 0);
    QString baseUrl() const { return m_http.baseUrl(); }
    QString tokenUrl() const;
    MiniHttpServer& http() { return m_http; }

    // What the server accepts. Empty client id / secret: any is accepted.
    QString tenantId = QStringLiteral("contoso.onmicrosoft.com");
    QString clientId;
    QString clientSecret;
    /// When set, certificate assertions are verified against this certificate (signature,
    /// thumbprint, aud, iss, sub, exp).
    QByteArray certificatePem;

    int sessionsPageSize = 2;
    int participantsPageSize = 2;
    int listPageSize = 2;
    int expiresIn = 3599;
    /// Origin put in next links; empty means this server. Another origin tests the client's refusal.
    QString nextLinkOrigin;
    /// Makes every sessions page link to the same page (a loop).
    bool repeatNextLink = false;

    /// Adds a call record (the full record with sessions, segments and participants_v2).
    void addRecord(QJsonObject record);
    bool addRecordFile(const QString& path, QString* error);
    QStringList recordIds() const { return m_order; }
    void addFault(const Fault& fault) { m_faults.append(fault); }
    /// Tokens issued so far stop being accepted.
    void expireTokens();

    int tokenRequests() const { return m_tokenRequests; }
    QStringList issuedTokens() const { return m_tokens.keys(); }
    /// Form fields of the last token request.
    QMap<QString, QString> lastTokenForm;
    /// Why the last certificate assertion was refused ("" when accepted).
    QString lastAssertionError;

private:
    ServerReply handle(const ReceivedRequest& request);
    ServerReply token(const ReceivedRequest& request);
    ServerReply graph(const ReceivedRequest& request);
    ServerReply record(const QString& id);
    ServerReply page(const QString& id, const QString& what, int skip);
    ServerReply list(const QString& filter, int skip);
    QString origin() const;
    static ServerReply graphError(int status, const QString& code, const QString& message);
    static ServerReply tokenError(int status, const QString& error, int aadsts, const QString& description);

    MiniHttpServer m_http;
    QHash<QString, QJsonObject> m_records; // by lower-case id
    QStringList m_order;
    QList<Fault> m_faults;
    QHash<QString, QDateTime> m_tokens; // token → expiry
    int m_tokenRequests = 0;
};
