#pragma once

#include "graphconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

/// A certificate and its RSA private key, loaded with OpenSSL, used to sign the JWT client
/// assertion of the OAuth 2.0 client-credentials flow ("certificate credential").
class ClientCertificate {
public:
    /// Loads a PEM file holding the certificate and its private key (as Azure Identity's
    /// AZURE_CLIENT_CERTIFICATE_PATH), or a PKCS#12 file (.pfx / .p12). `password` decrypts an
    /// encrypted key or PKCS#12 file. On failure returns null and sets `error` to a message
    /// naming the file and what is wrong (no certificate, no key, key does not match,
    /// wrong password, not RSA, expired certificate is allowed but reported by expiry()).
    static std::shared_ptr<const ClientCertificate> load(const QString& path, const QString& password, QString* error);
    /// Same from bytes already in memory; `name` is used in messages.
    static std::shared_ptr<const ClientCertificate> fromData(
        const QByteArray& data, const QString& password, const QString& name, QString* error);

    ~ClientCertificate();
    ClientCertificate(const ClientCertificate&) = delete;
    ClientCertificate& operator=(const ClientCertificate&) = delete;

    /// base64url (no padding) of the SHA-256 / SHA-1 digest of the DER certificate.
    QByteArray thumbprintSha256() const;
    QByteArray thumbprintSha1() const;
    QDateTime notAfter() const;
    QString subject() const;

    /// A signed JWT: header {"alg":"PS256","typ":"JWT","x5t#S256":…} (or RS256 with "x5t"),
    /// claims aud = `audience` (the token URL), iss = sub = `clientId`, jti (random GUID),
    /// nbf = iat = `now`, exp = now + 10 minutes. Returns "" and sets `error` when signing fails.
    QByteArray makeAssertion(const QString& clientId, const QString& audience, AssertionAlgorithm algorithm,
        const QDateTime& now, QString* error) const;

private:
    ClientCertificate();
    struct Private;
    std::unique_ptr<Private> d;
};

/// base64url without padding (RFC 7515 §2).
QByteArray base64Url(const QByteArray& data);
