#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// A throwaway key pair and self-signed certificate (CN=crv-test) for tests and the local fake
/// Graph server. Nothing here is fit for production use.
struct TestCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem; ///< unencrypted PKCS#8 ("PRIVATE KEY")
    QByteArray combinedPem; ///< certificate, then private key

    /// PKCS#12 (DER) with the certificate and key, protected by `password` (AES-256, SHA-256 MAC).
    QByteArray pkcs12(const QString& password) const;
    /// The key as encrypted PKCS#8 ("ENCRYPTED PRIVATE KEY", AES-256-CBC).
    QByteArray encryptedKeyPem(const QString& password) const;
    /// The key in the traditional format ("RSA PRIVATE KEY" for RSA), encrypted with AES-256-CBC
    /// and a "Proc-Type: 4,ENCRYPTED" header when `password` is not empty.
    QByteArray traditionalKeyPem(const QString& password = {}) const;
    /// The certificate as DER.
    QByteArray certificateDer() const;
};

/// A new RSA key of `bits` bits and its self-signed certificate, valid from an hour ago for a year,
/// signed with SHA-256. Aborts the test program when OpenSSL fails.
TestCertificate generateTestCertificate(int bits = 2048);
/// The same with an EC P-256 key (not usable for Microsoft Entra client assertions).
TestCertificate generateEcCertificate();

struct AssertionCheck {
    bool ok = false;
    QString error; ///< why the assertion is rejected ("" when ok)
    QJsonObject header;
    QJsonObject claims;
};

/// Checks a JWT client assertion as the token endpoint would: three base64url parts, a JSON
/// header and claims, the signature (PS256: RSASSA-PSS SHA-256 with a 32-byte salt; RS256:
/// RSASSA-PKCS1-v1_5 SHA-256) made with the key of `certificatePem`, the thumbprint of that
/// certificate in `x5t#S256` (PS256) or `x5t` (RS256), a `jti`, and `nbf < exp <= nbf + 600`.
/// The header and claims are returned whenever they could be parsed, so that the caller can
/// check aud, iss, sub and the times against the values it expects.
AssertionCheck verifyClientAssertion(const QByteArray& jwt, const QByteArray& certificatePem);

/// base64url without padding of the SHA-256 / SHA-1 digest of a PEM certificate's DER, computed
/// independently of the viewer's code. Empty when the PEM holds no certificate.
QByteArray testThumbprintSha256(const QByteArray& certificatePem);
QByteArray testThumbprintSha1(const QByteArray& certificatePem);
