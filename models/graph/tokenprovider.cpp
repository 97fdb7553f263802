#include "tokenprovider.h"

#include "clientassertion.h"
#include "grapherror.h"
#include "secretmemory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcToken, "crv.graph.token", QtWarningMsg)

namespace {

QByteArray formField(const char* name, const QString& value)
{
    // Percent-encode everything but unreserved characters: '+' in a secret must not become a
    // space (QUrlQuery leaves '+' alone).
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

QString aadstsHint(const QString& code)
{
    struct Hint {
        const char* code;
        const char* text;
    };
    static const Hint hints[] = {
        { "AADSTS7000215",
            QT_TRANSLATE_NOOP("TokenProvider", "Check the client secret: use the secret's value, not its id.") },
        { "AADSTS7000222",
            QT_TRANSLATE_NOOP(
                "TokenProvider", "The client secret has expired: create a new one in the app registration.") },
        { "AADSTS700016",
            QT_TRANSLATE_NOOP("TokenProvider", "Check the client id and that the app is registered in this tenant.") },
        { "AADSTS90002", QT_TRANSLATE_NOOP("TokenProvider", "Check the tenant id (or domain name).") },
        { "AADSTS900023", QT_TRANSLATE_NOOP("TokenProvider", "Check the tenant id (or domain name).") },
        { "AADSTS700027",
            QT_TRANSLATE_NOOP("TokenProvider",
                "The certificate is not registered for this app, or its signature is not accepted: upload the "
                "certificate's public part to the app registration, or try RS256.") },
        { "AADSTS700024",
            QT_TRANSLATE_NOOP(
                "TokenProvider", "The client assertion is outside its validity: check this computer's clock.") },
        { "AADSTS70011",
            QT_TRANSLATE_NOOP("TokenProvider", "The scope is not valid: check the Graph URL of the cloud.") },
        { "AADSTS50059",
            QT_TRANSLATE_NOOP("TokenProvider", "No tenant was found for this sign-in: check the tenant id.") },
    };
    for (const Hint& hint : hints) {
        if (code == QLatin1String(hint.code))
            return QCoreApplication::translate("TokenProvider", hint.text);
    }
    return {};
}

TokenProvider::TokenProvider(QNetworkAccessManager* manager, const GraphSettings& settings, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_settings(settings)
{
    keepSecretsOutOfCoreDumps();
}

TokenProvider::~TokenProvider()
{
    wipeSecret(m_token);
    wipeSecret(m_settings.clientSecret);
    wipeSecret(m_settings.certificatePassword);
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_validUntil;
}

void TokenProvider::requestToken(QObject* context, Callback callback)
{
    if (hasValidToken()) {
        callback(m_token, {});
        return;
    }
    m_waiters.emplace_back(context, std::move(callback));
    if (!m_exchange)
        fetch();
}

void TokenProvider::invalidate()
{
    wipeSecret(m_token);
    m_validUntil = {};
}

void TokenProvider::cancel()
{
    if (m_exchange)
        m_exchange->cancel();
}

QString TokenProvider::requestBody(QString* error)
{
    QByteArray body = formField("grant_type", QStringLiteral("client_credentials")) + '&'
        + formField("client_id", m_settings.clientId.trimmed()) + '&' + formField("scope", m_settings.scope());
    if (m_settings.credential == CredentialKind::Secret) {
        body += '&' + formField("client_secret", m_settings.clientSecret);
        QString text = QString::fromLatin1(body);
        wipeSecret(body);
        return text;
    }
    if (!m_certificate) {
        m_certificate = ClientCertificate::load(m_settings.certificatePath, m_settings.certificatePassword, error);
        if (!m_certificate)
            return {};
    }
    const QByteArray assertion = m_certificate->makeAssertion(m_settings.clientId.trimmed(),
        m_settings.tokenUrl().toString(), m_settings.algorithm, QDateTime::currentDateTimeUtc(), error);
    if (assertion.isEmpty())
        return {};
    body += '&'
        + formField("client_assertion_type", QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
        + '&' + formField("client_assertion", QString::fromLatin1(assertion));
    QString text = QString::fromLatin1(body);
    wipeSecret(body);
    return text;
}

void TokenProvider::fetch()
{
    if (const QString missing = m_settings.missingPart(); !missing.isEmpty()) {
        finish({},
            //: %1 says what is missing, e.g. "the tenant id is not set"
            tr("Cannot sign in to Microsoft Graph: %1. Set it in Settings or with the AZURE_* environment variables.")
                .arg(missing));
        return;
    }
    // The secret goes only to an https service (or this computer): checked here too, whatever
    // the settings came from.
    if (const QString problem = checkServiceUrl(m_settings.authorityUrl, tr("The sign-in URL")); !problem.isEmpty()) {
        finish({}, problem);
        return;
    }
    QString error;
    QString body = requestBody(&error);
    if (body.isEmpty()) {
        //: %1 the certificate problem, e.g. "the key does not match the certificate"
        const QString message = tr("Cannot sign in with the certificate: %1").arg(error);
        finish({}, message);
        return;
    }
    const QUrl url = m_settings.tokenUrl();
    qCDebug(lcToken) << "requesting a token from" << url.toDisplayString();
    m_exchange = new HttpExchange(
        m_manager,
        [url] {
            QNetworkRequest request(url);
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader("Accept", "application/json");
            request.setRawHeader("client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
            return request;
        },
        body.toLatin1(), m_policy, m_settings.timeoutSeconds * 1000, this);
    wipeSecret(body); // the exchange keeps (and wipes) its own copy
    m_exchange->setWaitingCallback([this](double seconds, int attempt, int maxAttempts, int status) {
        //: %1 HTTP status, %2 seconds, %3 and %4 try numbers
        emit waiting(tr("The sign-in service is busy (HTTP %1); waiting %2 s before try %3 of %4")
                         .arg(status)
                         .arg(QLocale().toString(seconds, 'f', 1))
                         .arg(attempt)
                         .arg(maxAttempts));
    });
    m_exchange->start([this](const HttpResponse& response) {
        m_exchange->deleteLater();
        m_exchange = nullptr;
        if (response.cancelled) {
            finish({}, tr("Sign-in cancelled."));
            return;
        }
        if (!response.isSuccess()) {
            finish({}, describeFailure(response));
            return;
        }
        const QJsonDocument document = QJsonDocument::fromJson(response.body);
        const QJsonObject object = document.object();
        const QString token = object.value(u"access_token").toString();
        const QString type = object.value(u"token_type").toString();
        const QJsonValue expiresValue = object.value(u"expires_in");
        const qint64 expiresIn
            = expiresValue.isString() ? expiresValue.toString().toLongLong() : qint64(expiresValue.toDouble(-1));
        if (token.isEmpty() || (!type.isEmpty() && type.compare(u"Bearer", Qt::CaseInsensitive) != 0)
            || expiresIn <= 0) {
            finish({},
                //: %1 the sign-in service URL, e.g. "https://login.microsoftonline.com/…/oauth2/v2.0/token"
                tr("The sign-in service at %1 sent an answer without a usable access token.")
                    .arg(m_settings.tokenUrl().toDisplayString()));
            return;
        }
        if (!isUsableAccessToken(token)) {
            // A line break or control character would add headers to every Graph request.
            finish({},
                //: %1 the sign-in service URL
                tr("The sign-in service at %1 sent an access token with characters that cannot be sent in a request "
                   "header (a line break, a space or a control character); it was not used.")
                    .arg(m_settings.tokenUrl().toDisplayString()));
            return;
        }
        const qint64 margin = std::min<qint64>(300, expiresIn / 2);
        m_token = token;
        m_validUntil = QDateTime::currentDateTimeUtc().addSecs(expiresIn - margin);
        qCDebug(lcToken) << "token received, valid for" << expiresIn << "s";
        finish(m_token, {});
    });
}

bool isUsableAccessToken(const QString& token)
{
    // RFC 6750 b64token is a subset of the visible ASCII characters; anything else (CR, LF,
    // space, controls, non-ASCII) could split or extend the Authorization header.
    return !token.isEmpty()
        && std::all_of(token.begin(), token.end(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; });
}

QString TokenProvider::describeFailure(const HttpResponse& response) const
{
    if (response.status == 0 || response.networkError != QNetworkReply::NoError)
        //: %1 why the sign-in service could not be reached, e.g. "no answer from https://…: …"
        return tr("Cannot sign in to Microsoft Graph: %1").arg(response.transportProblem(m_settings.timeoutSeconds));
    const TokenErrorBody error = parseTokenErrorBody(response.body);
    if (!error.isValid()) {
        //: %1 HTTP status code, %2 URL
        return tr("Cannot sign in to Microsoft Graph: the sign-in service answered HTTP %1 without an error "
                  "description (%2). Check the authority URL and the tenant id.")
            .arg(response.status)
            .arg(m_settings.tokenUrl().toDisplayString());
    }
    //: %1 the error from Microsoft Entra, e.g. "AADSTS7000215: Invalid client secret provided."
    QString text = tr("Sign-in refused by Microsoft Entra: %1").arg(error.describe());
    if (const QString hint = aadstsHint(error.aadstsCode); !hint.isEmpty())
        text += u' ' + hint;
    return text;
}

void TokenProvider::finish(const QString& token, const QString& error)
{
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (auto& [context, callback] : waiters) {
        if (context)
            callback(token, error);
    }
}
