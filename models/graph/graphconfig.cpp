#include "graphconfig.h"

#include "secretmemory.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GraphSettings)
};
} // namespace

CloudEndpoints cloudEndpoints(Cloud cloud)
{
    switch (cloud) {
    case Cloud::UsGovL4:
        return { QUrl(QStringLiteral("https://graph.microsoft.us")),
            QUrl(QStringLiteral("https://login.microsoftonline.us")) };
    case Cloud::UsGovL5:
        return { QUrl(QStringLiteral("https://dod-graph.microsoft.us")),
            QUrl(QStringLiteral("https://login.microsoftonline.us")) };
    case Cloud::Global:
    case Cloud::Custom:
        break;
    }
    return { QUrl(QStringLiteral("https://graph.microsoft.com")),
        QUrl(QStringLiteral("https://login.microsoftonline.com")) };
}

QString cloudDisplayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return Tr::tr("Global");
    case Cloud::UsGovL4:
        return Tr::tr("US Government L4 (GCC High)");
    case Cloud::UsGovL5:
        return Tr::tr("US Government L5 (DoD)");
    case Cloud::Custom:
        return Tr::tr("Custom URLs");
    }
    return {};
}

QString cloudKey(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QStringLiteral("global");
    case Cloud::UsGovL4:
        return QStringLiteral("usgovl4");
    case Cloud::UsGovL5:
        return QStringLiteral("usgovl5");
    case Cloud::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("global");
}

Cloud cloudFromKey(const QString& key)
{
    for (Cloud cloud : { Cloud::Global, Cloud::UsGovL4, Cloud::UsGovL5, Cloud::Custom }) {
        if (key.compare(cloudKey(cloud), Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return Cloud::Global;
}

QString GraphSettings::missingPart() const
{
    if (tenantId.trimmed().isEmpty())
        return Tr::tr("the tenant id is not set");
    if (clientId.trimmed().isEmpty())
        return Tr::tr("the client (application) id is not set");
    if (credential == CredentialKind::Secret && clientSecret.isEmpty())
        return Tr::tr("the client secret is not set");
    if (credential == CredentialKind::Certificate && certificatePath.isEmpty())
        return Tr::tr("the certificate file is not set");
    return {};
}

QString GraphSettings::scope() const
{
    QUrl origin = graphUrl;
    origin.setPath({});
    return origin.toString(QUrl::StripTrailingSlash) + u"/.default";
}

QUrl GraphSettings::tokenUrl() const
{
    QUrl url = authorityUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(tenantId.trimmed())) + u"/oauth2/v2.0/token",
        QUrl::TolerantMode);
    return url;
}

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkServiceUrl(const QUrl& url, const QString& what)
{
    if (!url.isValid() || url.host().isEmpty())
        //: %1 names the URL, e.g. "Graph URL"
        return Tr::tr("%1 is not a valid URL: %2").arg(what, url.toDisplayString());
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        //: %1 names the URL, e.g. "Graph URL" or "--graph-url", %2 the URL as given
        return Tr::tr("%1 must be a plain address without user name, query or fragment: %2")
            .arg(what, url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        if (isLoopbackHost(url.host()))
            return {};
        //: %1 names the URL, e.g. "Graph URL" or "--graph-url", %2 its host, e.g. "graph.example.com"
        return Tr::tr("%1 uses plain http:// with host %2; http is accepted only for this computer "
                      "(localhost, 127.0.0.1, ::1). Use https://")
            .arg(what, url.host());
    }
    //: %1 names the URL, e.g. "Graph URL" or "--graph-url", %2 the URL as given
    return Tr::tr("%1 must start with https:// (http:// only for localhost): %2").arg(what, url.toDisplayString());
}

QUrl parseServiceUrl(const QString& text, const QString& what, QString* error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString problem = checkServiceUrl(url, what);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

bool applyEnvironment(GraphSettings& settings, const QProcessEnvironment& environment, QString* error)
{
    bool any = false;
    const auto take = [&](const char* name, QString& target) {
        const QString value = environment.value(QString::fromLatin1(name));
        if (value.isEmpty())
            return false;
        target = value;
        any = true;
        return true;
    };
    take("AZURE_TENANT_ID", settings.tenantId);
    take("AZURE_CLIENT_ID", settings.clientId);
    if (take("AZURE_CLIENT_CERTIFICATE_PATH", settings.certificatePath)) {
        settings.credential = CredentialKind::Certificate;
        take("AZURE_CLIENT_CERTIFICATE_PASSWORD", settings.certificatePassword);
    }
    // As in Azure Identity, a secret wins over a certificate when both are set.
    if (take("AZURE_CLIENT_SECRET", settings.clientSecret))
        settings.credential = CredentialKind::Secret;
    if (!settings.clientSecret.isEmpty() || !settings.certificatePassword.isEmpty())
        keepSecretsOutOfCoreDumps();
    QString authority;
    if (take("AZURE_AUTHORITY_HOST", authority)) {
        if (!authority.contains(u"://"))
            authority.prepend(u"https://");
        QString problem;
        const QUrl url = parseServiceUrl(authority, QStringLiteral("AZURE_AUTHORITY_HOST"), &problem);
        if (problem.isEmpty()) {
            settings.authorityUrl = url;
            settings.cloud = Cloud::Custom;
        } else if (error) {
            *error = problem;
        }
    }
    return any;
}

QString extractCallId(const QString& text)
{
    static const QRegularExpression guid(QStringLiteral(
        "(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])"));
    // A URL of a call record names the id after "callRecords/" or "callRecords('"; prefer it
    // over other GUIDs in the text (tenant ids in admin center links, for example).
    static const QRegularExpression afterCallRecords(
        QStringLiteral("callRecords(?:/"
                       "|\\('|%28%27)([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto match = afterCallRecords.match(text); match.hasMatch())
        return match.captured(1).toLower();
    if (const auto match = guid.match(text); match.hasMatch())
        return match.captured(0).toLower();
    return {};
}
