#include "graph/clientassertion.h"
#include "testcertificate.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/provider.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AssertionAlgorithm)

namespace {
const QString clientId = u"5f0c1a52-3e7d-4b8e-9a61-2d4c7b9e0f13"_s;
const QString audience = u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s;
constexpr qint64 fixedNow = 1700000000;

constexpr auto urlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray decode(const QByteArray& part)
{
    return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding);
}

QByteArray encode(const QByteArray& data)
{
    return data.toBase64(urlOptions);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <auto Free>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T* p) const
    {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using LibCtxPtr = std::unique_ptr<OSSL_LIB_CTX, OpenSslDeleter<OSSL_LIB_CTX_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;

/// Verifies the signature of `jwt` directly with OpenSSL, with the given padding and PSS salt length.
bool verifyRaw(const QByteArray& jwt, const QByteArray& certificatePem, int padding, int saltLength = 0)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    BioPtr bio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate)
        return false;
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr;
    if (EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, X509_get0_pubkey(certificate.get()))
            != 1
        || EVP_PKEY_CTX_set_rsa_padding(keyContext, padding) <= 0
        || (padding == RSA_PKCS1_PSS_PADDING && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, saltLength) <= 0)) {
        ERR_clear_error();
        return false;
    }
    const QByteArray input = parts[0] + '.' + parts[1];
    const QByteArray signature = decode(parts[2]);
    const int result = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()));
    ERR_clear_error();
    return result == 1;
}

/// A PS256 JWT signed here, independently of ClientCertificate, to exercise the checks of the verifier.
QByteArray signPs256(const QJsonObject& header, const QJsonObject& claims, const QByteArray& privateKeyPem)
{
    BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    char empty[] = "";
    PkeyPtr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, empty));
    if (!key)
        return {};
    const QByteArray input = encode(compact(header)) + '.' + encode(compact(claims));
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr;
    size_t length = 0;
    if (EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) <= 0
        || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32) <= 0
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(input.constData()),
               size_t(input.size()))
            != 1)
        return {};
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
            reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()))
        != 1)
        return {};
    signature.truncate(qsizetype(length));
    return input + '.' + encode(signature);
}

QByteArray damagedCertificatePem(const QByteArray& pem)
{
    // Keep the PEM framing and base64 valid, but break the DER inside.
    const qsizetype begin = pem.indexOf('\n') + 1;
    QByteArray damaged = pem;
    for (qsizetype i = begin + 8; i < begin + 40; ++i)
        damaged[i] = 'A';
    return damaged;
}
} // namespace

class TestAssertion : public QObject {
    Q_OBJECT
private:
    TestCertificate m_rsa;
    TestCertificate m_other;
    TestCertificate m_ec;
    std::shared_ptr<const ClientCertificate> m_certificate;

    QByteArray makeAssertion(AssertionAlgorithm algorithm)
    {
        QString error;
        QByteArray jwt = m_certificate->makeAssertion(
            clientId, audience, algorithm, QDateTime::fromSecsSinceEpoch(fixedNow, Qt::UTC), &error);
        if (jwt.isEmpty())
            qWarning("makeAssertion: %s", qPrintable(error));
        return jwt;
    }

private slots:
    void initTestCase()
    {
        m_rsa = generateTestCertificate();
        m_other = generateTestCertificate();
        m_ec = generateEcCertificate();
        QString error;
        m_certificate = ClientCertificate::fromData(m_rsa.combinedPem, {}, u"memory"_s, &error);
        QVERIFY2(m_certificate, qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    void base64UrlEncoding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("one byte") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("two bytes") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("three bytes") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("url alphabet") << QByteArray("\xfb\xff\xbf") << QByteArray("-_-_");
        QTest::newRow("url alphabet, no padding") << QByteArray("\xff\xfe") << QByteArray("__4");
    }
    void base64UrlEncoding()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, expected);
        QCOMPARE(base64Url(data), expected);
    }

    void assertion_data()
    {
        QTest::addColumn<AssertionAlgorithm>("algorithm");
        QTest::addColumn<QByteArray>("expectedHeader");
        QTest::newRow("PS256") << AssertionAlgorithm::PS256
                               << QByteArray("{\"alg\":\"PS256\",\"typ\":\"JWT\",\"x5t#S256\":\""
                                      + testThumbprintSha256(m_rsa.certificatePem) + "\"}");
        QTest::newRow("RS256") << AssertionAlgorithm::RS256
                               << QByteArray("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"x5t\":\""
                                      + testThumbprintSha1(m_rsa.certificatePem) + "\"}");
    }
    void assertion()
    {
        QFETCH(AssertionAlgorithm, algorithm);
        QFETCH(QByteArray, expectedHeader);

        const QByteArray jwt = makeAssertion(algorithm);
        QVERIFY(!jwt.isEmpty());
        const AssertionCheck check = verifyClientAssertion(jwt, m_rsa.certificatePem);
        QVERIFY2(check.ok, qPrintable(check.error));

        const QList<QByteArray> parts = jwt.split('.');
        QCOMPARE(parts.size(), 3);
        for (const QByteArray& part : parts)
            QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'), part.constData());
        QCOMPARE(decode(parts[0]), expectedHeader);
        QCOMPARE(decode(parts[2]).size(), 256); // a 2048-bit RSA signature

        QCOMPARE(check.claims.size(), 7);
        QCOMPARE(check.claims.value(u"aud"_s).toString(), audience);
        QCOMPARE(check.claims.value(u"iss"_s).toString(), clientId);
        QCOMPARE(check.claims.value(u"sub"_s).toString(), clientId);
        QCOMPARE(check.claims.value(u"nbf"_s).toInteger(), fixedNow);
        QCOMPARE(check.claims.value(u"iat"_s).toInteger(), fixedNow);
        QCOMPARE(check.claims.value(u"exp"_s).toInteger(), fixedNow + 600);
        const QString jti = check.claims.value(u"jti"_s).toString();
        QCOMPARE(jti.size(), 36);
        QVERIFY(!QUuid::fromString(jti).isNull());
    }

    void assertionsAreUnique()
    {
        const AssertionCheck first
            = verifyClientAssertion(makeAssertion(AssertionAlgorithm::RS256), m_rsa.certificatePem);
        const AssertionCheck second
            = verifyClientAssertion(makeAssertion(AssertionAlgorithm::RS256), m_rsa.certificatePem);
        QVERIFY2(first.ok && second.ok, qPrintable(first.error + second.error));
        QVERIFY(first.claims.value(u"jti"_s) != second.claims.value(u"jti"_s));
    }

    void invalidNowMeansCurrentTime()
    {
        QString error;
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        const QByteArray jwt
            = m_certificate->makeAssertion(clientId, audience, AssertionAlgorithm::PS256, QDateTime(), &error);
        const qint64 after = QDateTime::currentSecsSinceEpoch();
        const AssertionCheck check = verifyClientAssertion(jwt, m_rsa.certificatePem);
        QVERIFY2(check.ok, qPrintable(check.error + error));
        const qint64 nbf = check.claims.value(u"nbf"_s).toInteger();
        QVERIFY(nbf >= before && nbf <= after);
    }

    void signatureScheme()
    {
        // PS256: RSASSA-PSS with SHA-256 and a 32-byte salt, never PKCS#1 v1.5.
        const QByteArray ps256 = makeAssertion(AssertionAlgorithm::PS256);
        QVERIFY(verifyRaw(ps256, m_rsa.certificatePem, RSA_PKCS1_PSS_PADDING, 32));
        QVERIFY(!verifyRaw(ps256, m_rsa.certificatePem, RSA_PKCS1_PSS_PADDING, 20));
        QVERIFY(!verifyRaw(ps256, m_rsa.certificatePem, RSA_PKCS1_PADDING));
        // RS256: RSASSA-PKCS1-v1_5 with SHA-256.
        const QByteArray rs256 = makeAssertion(AssertionAlgorithm::RS256);
        QVERIFY(verifyRaw(rs256, m_rsa.certificatePem, RSA_PKCS1_PADDING));
        QVERIFY(!verifyRaw(rs256, m_rsa.certificatePem, RSA_PKCS1_PSS_PADDING, 32));
    }

    void rejectedAssertion_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::addColumn<QByteArray>("certificatePem");
        QTest::addColumn<QString>("errorPart");

        const QByteArray ps256 = makeAssertion(AssertionAlgorithm::PS256);
        const QByteArray rs256 = makeAssertion(AssertionAlgorithm::RS256);
        const QList<QByteArray> parts = ps256.split('.');

        QJsonObject claims = QJsonDocument::fromJson(decode(parts[1])).object();
        claims.insert(u"aud"_s, u"https://attacker.example/token"_s);
        QTest::newRow("claims changed") << QByteArray(parts[0] + '.' + encode(compact(claims)) + '.' + parts[2])
                                        << m_rsa.certificatePem << u"signature"_s;

        QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
        header.insert(u"alg"_s, u"RS256"_s);
        header.insert(u"x5t"_s, QString::fromLatin1(testThumbprintSha1(m_rsa.certificatePem)));
        QTest::newRow("alg switched") << QByteArray(encode(compact(header)) + '.' + parts[1] + '.' + parts[2])
                                      << m_rsa.certificatePem << u"signature"_s;

        QByteArray signature = decode(parts[2]);
        signature[100] = char(signature[100] ^ 0x01);
        QTest::newRow("signature bit flipped") << QByteArray(parts[0] + '.' + parts[1] + '.' + encode(signature))
                                               << m_rsa.certificatePem << u"signature"_s;
        QTest::newRow("signature truncated")
            << QByteArray(parts[0] + '.' + parts[1] + '.' + encode(decode(parts[2]).left(255))) << m_rsa.certificatePem
            << u"signature"_s;
        QTest::newRow("no signature") << QByteArray(parts[0] + '.' + parts[1] + '.') << m_rsa.certificatePem
                                      << u"signature"_s;
        QTest::newRow("other certificate, PS256") << ps256 << m_other.certificatePem << u"thumbprint"_s;
        QTest::newRow("other certificate, RS256") << rs256 << m_other.certificatePem << u"thumbprint"_s;
        QTest::newRow("two parts") << QByteArray(parts[0] + '.' + parts[1]) << m_rsa.certificatePem << u"three"_s;
        QTest::newRow("padding") << QByteArray(ps256 + "==") << m_rsa.certificatePem << u"base64url"_s;
        QTest::newRow("standard base64") << QByteArray(parts[0] + '.' + parts[1] + '.' + decode(parts[2]).toBase64())
                                         << m_rsa.certificatePem << u"base64url"_s;

        // Correctly signed, but with claims the token endpoint refuses.
        QJsonObject goodHeader = QJsonDocument::fromJson(decode(parts[0])).object();
        const QJsonObject goodClaims = QJsonDocument::fromJson(decode(parts[1])).object();
        QJsonObject longLived = goodClaims;
        longLived.insert(u"exp"_s, fixedNow + 601);
        QTest::newRow("valid over 10 minutes")
            << signPs256(goodHeader, longLived, m_rsa.privateKeyPem) << m_rsa.certificatePem << u"10 minutes"_s;
        QJsonObject backwards = goodClaims;
        backwards.insert(u"exp"_s, fixedNow);
        QTest::newRow("exp not after nbf")
            << signPs256(goodHeader, backwards, m_rsa.privateKeyPem) << m_rsa.certificatePem << u"exp is not after"_s;
        QJsonObject noJti = goodClaims;
        noJti.remove(u"jti"_s);
        QTest::newRow("no jti") << signPs256(goodHeader, noJti, m_rsa.privateKeyPem) << m_rsa.certificatePem
                                << u"no jti"_s;
        QJsonObject noThumbprint = goodHeader;
        noThumbprint.remove(u"x5t#S256"_s);
        QTest::newRow("no thumbprint") << signPs256(noThumbprint, goodClaims, m_rsa.privateKeyPem)
                                       << m_rsa.certificatePem << u"no x5t#S256"_s;
        QJsonObject unsigned_ = goodHeader;
        unsigned_.insert(u"alg"_s, u"none"_s);
        QTest::newRow("alg none") << signPs256(unsigned_, goodClaims, m_rsa.privateKeyPem) << m_rsa.certificatePem
                                  << u"unexpected alg"_s;
        // The same claims signed here are accepted: the rows above fail for the reason they name.
        QTest::newRow("control: correctly signed here")
            << signPs256(goodHeader, goodClaims, m_rsa.privateKeyPem) << m_rsa.certificatePem << QString();
    }
    void rejectedAssertion()
    {
        QFETCH(QByteArray, jwt);
        QFETCH(QByteArray, certificatePem);
        QFETCH(QString, errorPart);
        QVERIFY(!jwt.isEmpty());
        const AssertionCheck check = verifyClientAssertion(jwt, certificatePem);
        if (errorPart.isEmpty()) {
            QVERIFY2(check.ok, qPrintable(check.error));
            return;
        }
        QVERIFY(!check.ok);
        QVERIFY2(check.error.contains(errorPart), qPrintable(check.error));
    }

    void thumbprints()
    {
        // Computed here from the DER with Qt, independently of OpenSSL's X509_digest.
        const QByteArray der = m_rsa.certificateDer();
        QVERIFY(der.startsWith('\x30'));
        const QByteArray sha256 = QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64(urlOptions);
        const QByteArray sha1 = QCryptographicHash::hash(der, QCryptographicHash::Sha1).toBase64(urlOptions);
        QCOMPARE(m_certificate->thumbprintSha256(), sha256);
        QCOMPARE(m_certificate->thumbprintSha1(), sha1);
        QCOMPARE(m_certificate->thumbprintSha256().size(), 43);
        QCOMPARE(m_certificate->thumbprintSha1().size(), 27);
        QCOMPARE(testThumbprintSha256(m_rsa.certificatePem), sha256);
        QCOMPARE(testThumbprintSha1(m_rsa.certificatePem), sha1);
        QVERIFY(testThumbprintSha256(m_other.certificatePem) != sha256);
    }

    void certificateDetails()
    {
        QVERIFY2(m_certificate->subject().contains(u"CN=crv-test"_s), qPrintable(m_certificate->subject()));
        const QDateTime notAfter = m_certificate->notAfter();
        QVERIFY(notAfter.isValid());
        const qint64 expected = QDateTime::currentSecsSinceEpoch() + 365LL * 24 * 3600;
        QVERIFY2(qAbs(notAfter.toSecsSinceEpoch() - expected) < 3600, qPrintable(notAfter.toString(Qt::ISODate)));
    }

    void load_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("errorPart"); // "" when the file loads

        const QByteArray& certificate = m_rsa.certificatePem;
        const QByteArray& key = m_rsa.privateKeyPem;
        QTest::newRow("combined PEM") << u"client.pem"_s << m_rsa.combinedPem << QString() << QString();
        QTest::newRow("key first") << u"key-first.pem"_s << QByteArray(key + certificate) << QString() << QString();
        QTest::newRow("key with a needless password")
            << u"client.pem"_s << m_rsa.combinedPem << u"unused"_s << QString();
        QTest::newRow("RSA PRIVATE KEY") << u"traditional.pem"_s << QByteArray(certificate + m_rsa.traditionalKeyPem())
                                         << QString() << QString();
        QTest::newRow("encrypted RSA PRIVATE KEY")
            << u"traditional-encrypted.pem"_s << QByteArray(m_rsa.traditionalKeyPem(u"tr4d"_s) + certificate)
            << u"tr4d"_s << QString();
        QTest::newRow("encrypted RSA PRIVATE KEY, wrong password")
            << u"traditional-encrypted.pem"_s << QByteArray(m_rsa.traditionalKeyPem(u"tr4d"_s) + certificate)
            << u"nope"_s << u"wrong password or damaged key"_s;
        QTest::newRow("encrypted key") << u"encrypted.pem"_s
                                       << QByteArray(certificate + m_rsa.encryptedKeyPem(u"correct horse"_s))
                                       << u"correct horse"_s << QString();
        QTest::newRow("encrypted key, non-ASCII password")
            << u"encrypted.pem"_s << QByteArray(certificate + m_rsa.encryptedKeyPem(u"pässwörd €"_s)) << u"pässwörd €"_s
            << QString();
        QTest::newRow("encrypted key, wrong password")
            << u"encrypted.pem"_s << QByteArray(certificate + m_rsa.encryptedKeyPem(u"correct horse"_s))
            << u"battery staple"_s << u"wrong password or damaged key"_s;
        QTest::newRow("encrypted key, no password")
            << u"encrypted.pem"_s << QByteArray(certificate + m_rsa.encryptedKeyPem(u"correct horse"_s)) << QString()
            << u"no password was given"_s;
        QTest::newRow("PKCS#12") << u"client.pfx"_s << m_rsa.pkcs12(u"pfx-pass"_s) << u"pfx-pass"_s << QString();
        QTest::newRow("PKCS#12, wrong password")
            << u"client.pfx"_s << m_rsa.pkcs12(u"pfx-pass"_s) << u"pfx-wrong"_s << u"wrong password"_s;
        QTest::newRow("PKCS#12, no password needed")
            << u"client.p12"_s << m_rsa.pkcs12(QString()) << QString() << QString();
        QTest::newRow("PKCS#12, password missing")
            << u"client.p12"_s << m_rsa.pkcs12(u"pfx-pass"_s) << QString() << u"wrong password"_s;
        QTest::newRow("certificate only")
            << u"cert.pem"_s << certificate << QString() << u"no private key found (the PEM must hold"_s;
        QTest::newRow("DER certificate only")
            << u"cert.cer"_s << m_rsa.certificateDer() << QString() << u"no private key found"_s;
        QTest::newRow("key only") << u"key.pem"_s << key << QString() << u"no certificate found"_s;
        QTest::newRow("key of another certificate")
            << u"mixed.pem"_s << QByteArray(certificate + m_other.privateKeyPem) << QString()
            << u"the private key does not belong to the certificate"_s;
        QTest::newRow("EC certificate") << u"ec.pem"_s << m_ec.combinedPem << QString()
                                        << u"the key is not RSA: Microsoft Entra needs an RSA key"_s;
        QTest::newRow("damaged certificate") << u"damaged.pem"_s << QByteArray(damagedCertificatePem(certificate) + key)
                                             << QString() << u"the certificate is damaged"_s;
        QTest::newRow("text file") << u"notes.txt"_s << QByteArray("this is not a certificate\n") << QString()
                                   << u"no certificate found"_s;
        QTest::newRow("truncated PKCS#12")
            << u"truncated.pfx"_s << m_rsa.pkcs12(u"x"_s).left(300) << u"x"_s << u"no certificate found"_s;
        QTest::newRow("empty file") << u"empty.pem"_s << QByteArray() << QString() << u"the file is empty"_s;
        QTest::newRow("blank file") << u"blank.pem"_s << QByteArray("\n \r\n") << QString() << u"the file is empty"_s;
    }
    void load()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, password);
        QFETCH(QString, errorPart);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
        file.close();

        QString error = u"stale"_s;
        const auto certificate = ClientCertificate::load(path, password, &error);
        if (errorPart.isEmpty()) {
            QVERIFY2(certificate, qPrintable(error));
            QVERIFY(error.isEmpty());
            QCOMPARE(certificate->thumbprintSha256(), testThumbprintSha256(m_rsa.certificatePem));
            QCOMPARE(certificate->thumbprintSha1(), testThumbprintSha1(m_rsa.certificatePem));
            // The key loaded from the file signs assertions that verify with the certificate.
            for (const auto algorithm : { AssertionAlgorithm::PS256, AssertionAlgorithm::RS256 }) {
                const QByteArray jwt = certificate->makeAssertion(
                    clientId, audience, algorithm, QDateTime::fromSecsSinceEpoch(fixedNow, Qt::UTC), &error);
                const AssertionCheck check = verifyClientAssertion(jwt, m_rsa.certificatePem);
                QVERIFY2(check.ok, qPrintable(check.error + error));
            }
        } else {
            QVERIFY(!certificate);
            QVERIFY2(error.contains(errorPart), qPrintable(error));
            QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        }
    }

    void legacyPkcs12()
    {
        // What older tools export (certificate encrypted with 40-bit RC2) needs OpenSSL's legacy
        // provider: build it in a library context of its own, then load it as the viewer would.
        if (OSSL_PROVIDER_available(nullptr, "legacy"))
            QSKIP("the legacy provider is active in the default library context");
        LibCtxPtr context(OSSL_LIB_CTX_new());
        QVERIFY(context);
        OSSL_PROVIDER* legacy = OSSL_PROVIDER_load(context.get(), "legacy");
        OSSL_PROVIDER* defaults = OSSL_PROVIDER_load(context.get(), "default");
        if (!legacy || !defaults) {
            ERR_clear_error();
            QSKIP("OpenSSL's legacy provider is not installed");
        }
        BioPtr keyBio(BIO_new_mem_buf(m_rsa.privateKeyPem.constData(), int(m_rsa.privateKeyPem.size())));
        char empty[] = "";
        PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, empty));
        BioPtr certificateBio(BIO_new_mem_buf(m_rsa.certificatePem.constData(), int(m_rsa.certificatePem.size())));
        X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
        QVERIFY(key && certificate);
        Pkcs12Ptr bundle(PKCS12_create_ex("old", "crv-test", key.get(), certificate.get(), nullptr,
            NID_pbe_WithSHA1And3_Key_TripleDES_CBC, NID_pbe_WithSHA1And40BitRC2_CBC, 0, 0, 0, context.get(), nullptr));
        QVERIFY(bundle);
        BioPtr out(BIO_new(BIO_s_mem()));
        QVERIFY(i2d_PKCS12_bio(out.get(), bundle.get()) == 1);
        char* data = nullptr;
        const long length = BIO_get_mem_data(out.get(), &data);
        const QByteArray pfx(data, qsizetype(length));
        bundle.reset();
        OSSL_PROVIDER_unload(legacy);
        OSSL_PROVIDER_unload(defaults);

        QString error;
        QVERIFY(!ClientCertificate::fromData(pfx, u"old"_s, u"old.pfx"_s, &error));
        QVERIFY2(error.contains(u"old algorithm"_s) && error.contains(u"old.pfx"_s), qPrintable(error));
        QVERIFY(!ClientCertificate::fromData(pfx, u"wrong"_s, u"old.pfx"_s, &error));
        QVERIFY2(error.contains(u"wrong password"_s), qPrintable(error));
        QCOMPARE(ERR_peek_error(), 0UL);
    }

    void chainInAnyOrder()
    {
        // A PEM holding the chain: the certificate used is the one the key belongs to.
        QString error;
        const auto certificate = ClientCertificate::fromData(
            m_other.certificatePem + m_rsa.privateKeyPem + m_rsa.certificatePem, {}, u"chain.pem"_s, &error);
        QVERIFY2(certificate, qPrintable(error));
        QCOMPARE(certificate->thumbprintSha256(), testThumbprintSha256(m_rsa.certificatePem));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing.pem"_s);
        QString error;
        QVERIFY(!ClientCertificate::load(path, {}, &error));
        QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));

        QVERIFY(!ClientCertificate::load(dir.path(), {}, &error));
        QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));

        QVERIFY(!ClientCertificate::load(QString(), {}, &error));
        QVERIFY2(error.contains(u"no certificate file"_s), qPrintable(error));
    }

    void sizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.pem"_s);
        QString error;
        // Exactly 1 MiB still loads (trailing blank lines after the PEM blocks)...
        QByteArray content = m_rsa.combinedPem;
        content.append(1024 * 1024 - content.size(), '\n');
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY2(ClientCertificate::load(path, {}, &error), qPrintable(error));
        // ... one byte more is refused.
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
        file.close();
        QVERIFY(!ClientCertificate::load(path, {}, &error));
        QVERIFY2(error.contains(u"larger than 1 MiB"_s), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    }

    void fromDataNamesTheSource()
    {
        QString error;
        QVERIFY(!ClientCertificate::fromData(m_rsa.certificatePem, {}, u"pasted certificate"_s, &error));
        QVERIFY2(error.startsWith(u"pasted certificate: "_s), qPrintable(error));
        // No error pointer: still fails cleanly.
        QVERIFY(!ClientCertificate::fromData(QByteArray("junk"), {}, u"junk"_s, nullptr));
        QVERIFY(ClientCertificate::fromData(m_rsa.combinedPem, {}, u"ok"_s, nullptr));
    }

    void errorQueueLeftEmpty()
    {
        QString error;
        QVERIFY(!ClientCertificate::fromData(
            m_rsa.certificatePem + m_rsa.encryptedKeyPem(u"a"_s), u"b"_s, u"wrong.pem"_s, &error));
        QCOMPARE(ERR_peek_error(), 0UL);
        QVERIFY(!ClientCertificate::fromData(m_rsa.pkcs12(u"a"_s), u"b"_s, u"wrong.pfx"_s, &error));
        QCOMPARE(ERR_peek_error(), 0UL);
        QVERIFY(!ClientCertificate::fromData(m_ec.combinedPem, {}, u"ec.pem"_s, &error));
        QCOMPARE(ERR_peek_error(), 0UL);
    }
};

QTEST_GUILESS_MAIN(TestAssertion)
#include "tst_assertion.moc"
