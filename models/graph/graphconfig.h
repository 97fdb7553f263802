#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

/// Where the viewer signs in and which Graph it talks to.
enum class Cloud {
    Global, ///< graph.microsoft.com, login.microsoftonline.com
    UsGovL4, ///< GCC High: graph.microsoft.us, login.microsoftonline.us
    UsGovL5, ///< DoD: dod-graph.microsoft.us, login.microsoftonline.us
    Custom, ///< URLs given by the user (or --graph-url / --authority-url)
};

struct CloudEndpoints {
    QUrl graph;
    QUrl authority;
};

/// The Graph and token hosts of a national cloud (Custom gives the global ones).
CloudEndpoints cloudEndpoints(Cloud cloud);
QString cloudDisplayName(Cloud cloud);
QString cloudKey(Cloud cloud); ///< stable name for settings: "global", "usgovl4", "usgovl5", "custom"
Cloud cloudFromKey(const QString& key); ///< unknown keys give Global

enum class CredentialKind { Secret, Certificate };

/// The signature of a certificate's client assertion. PS256 with `x5t#S256` is what Microsoft
/// Entra asks for today; RS256 with a SHA-1 `x5t` is accepted by older tenants.
enum class AssertionAlgorithm { PS256, RS256 };

/// Everything needed to fetch call records with application permissions. Secrets are only
/// ever held in memory (and in the OS keychain by the application); never in QSettings.
struct GraphSettings {
    QString tenantId; ///< GUID or domain name
    QString clientId; ///< application (client) id
    CredentialKind credential = CredentialKind::Secret;
    QString clientSecret;
    QString certificatePath; ///< PEM (certificate + private key) or PKCS#12 (.pfx/.p12)
    QString certificatePassword;
    AssertionAlgorithm algorithm = AssertionAlgorithm::PS256;
    Cloud cloud = Cloud::Global;
    QUrl graphUrl { QStringLiteral("https://graph.microsoft.com") };
    QUrl authorityUrl { QStringLiteral("https://login.microsoftonline.com") };
    int timeoutSeconds = 30; ///< per request

    /// What is missing before a token can be requested ("" when complete).
    QString missingPart() const;
    /// `{graph}/.default`.
    QString scope() const;
    /// `{authority}/{tenant}/oauth2/v2.0/token`.
    QUrl tokenUrl() const;
};

/// Checks a Graph or authority URL given by the user: https, or http only for loopback hosts
/// (127.0.0.0/8, ::1, localhost). Returns an error message naming `what`, or "" when fine.
QString checkServiceUrl(const QUrl& url, const QString& what);
/// Parses and checks a URL typed on the command line or in the settings dialog. On failure
/// `error` says why; the returned URL has no trailing slash.
QUrl parseServiceUrl(const QString& text, const QString& what, QString* error);
bool isLoopbackHost(const QString& host);

/// Applies Azure Identity's EnvironmentCredential variables: AZURE_TENANT_ID, AZURE_CLIENT_ID,
/// AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH (+ AZURE_CLIENT_CERTIFICATE_PASSWORD),
/// AZURE_AUTHORITY_HOST. Returns true when any of them was set. An AZURE_AUTHORITY_HOST that
/// fails checkServiceUrl is not used, and `error` (when given) says why.
bool applyEnvironment(GraphSettings& settings, const QProcessEnvironment& environment, QString* error = nullptr);

/// Extracts a call-record id (a GUID) from pasted text: a bare id, a Graph URL, a Teams admin
/// center URL or any text containing one. Returns "" when there is none.
QString extractCallId(const QString& text);
