#pragma once

#include "graphconfig.h"
#include "graphhttp.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class ClientCertificate;
class QNetworkAccessManager;

/// Fetches application tokens (OAuth 2.0 client credentials, secret or certificate) from the
/// Microsoft identity platform and keeps the current one in memory until 5 minutes before it
/// expires (half its lifetime for short-lived tokens). Tokens are never written or logged.
class TokenProvider : public QObject {
    Q_OBJECT
public:
    /// `token` is empty when `error` says why no token could be had.
    using Callback = std::function<void(const QString& token, const QString& error)>;

    TokenProvider(QNetworkAccessManager* manager, const GraphSettings& settings, QObject* parent = nullptr);
    ~TokenProvider() override;

    void setRequestPolicy(const RequestPolicy& policy) { m_policy = policy; }
    /// Calls `callback` (in `context`'s thread, never when `context` is gone) with a valid token,
    /// from the cache or from one token request shared by all callers waiting at the time.
    void requestToken(QObject* context, Callback callback);
    /// Forgets the cached token (after Graph answered 401).
    void invalidate();
    /// Stops a token request in progress; waiting callers get an error.
    void cancel();
    bool hasValidToken() const;

signals:
    void waiting(const QString& message);

private:
    void fetch();
    void finish(const QString& token, const QString& error);
    QString requestBody(QString* error);
    QString describeFailure(const HttpResponse& response) const;

    QNetworkAccessManager* m_manager;
    GraphSettings m_settings;
    RequestPolicy m_policy;
    std::shared_ptr<const ClientCertificate> m_certificate;
    QString m_token;
    QDateTime m_validUntil;
    HttpExchange* m_exchange = nullptr;
    std::vector<std::pair<QPointer<QObject>, Callback>> m_waiters;
};

/// A short hint for common AADSTS codes ("" for others).
QString aadstsHint(const QString& code);
/// Whether an access token can go into an Authorization header as it is: visible ASCII only
/// (no CR, LF, space or control character that could add headers).
bool isUsableAccessToken(const QString& token);
