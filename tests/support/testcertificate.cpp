#include "testcertificate.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
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
using Pkcs12Ptr = std::unique_ptr<PKCS12, OpenSslDeleter<PKCS12_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;

constexpr qint64 maximumLifetimeSeconds = 600;

[[noreturn]] void fatal(const char* what)
{
    char reason[256] = {};
    ERR_error_string_n(ERR_peek_last_error(), reason, sizeof reason);
    qFatal("test certificate: %s failed: %s", what, reason);
}

void check(int result, const char* what)
{
    if (result <= 0)
        fatal(what);
}

template <typename T>
T* check(T* pointer, const char* what)
{
    if (!pointer)
        fatal(what);
    return pointer;
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(check(BIO_new_mem_buf(data.constData(), int(data.size())), "BIO_new_mem_buf"));
}

BioPtr newBio()
{
    return BioPtr(check(BIO_new(BIO_s_mem()), "BIO_new"));
}

X509Ptr readCertificate(const QByteArray& pem)
{
    BioPtr bio = memoryBio(pem);
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    ERR_clear_error();
    return certificate;
}

PkeyPtr readKey(const QByteArray& pem)
{
    BioPtr bio = memoryBio(pem);
    // An explicit empty password so that OpenSSL never prompts on the terminal.
    char empty[] = "";
    return PkeyPtr(check(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, empty), "PEM_read_bio_PrivateKey"));
}

TestCertificate makeCertificate(PkeyPtr key)
{
    X509Ptr certificate(check(X509_new(), "X509_new"));
    check(X509_set_version(certificate.get(), X509_VERSION_3), "X509_set_version");
    unsigned char serial[8];
    check(RAND_bytes(serial, sizeof serial), "RAND_bytes");
    serial[0] &= 0x7f; // positive
    long serialNumber = 0;
    for (unsigned char byte : serial)
        serialNumber = (serialNumber << 8) | byte;
    check(ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), serialNumber), "ASN1_INTEGER_set");
    check(X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) ? 1 : 0, "X509_gmtime_adj");
    check(X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 365L * 24 * 3600) ? 1 : 0, "X509_gmtime_adj");
    check(X509_set_pubkey(certificate.get(), key.get()), "X509_set_pubkey");
    X509_NAME* name = X509_get_subject_name(certificate.get());
    check(X509_NAME_add_entry_by_txt(
              name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("crv-test"), -1, -1, 0),
        "X509_NAME_add_entry_by_txt");
    check(X509_set_issuer_name(certificate.get(), name), "X509_set_issuer_name");
    check(X509_sign(certificate.get(), key.get(), EVP_sha256()), "X509_sign");

    TestCertificate result;
    BioPtr certificateBio = newBio();
    check(PEM_write_bio_X509(certificateBio.get(), certificate.get()), "PEM_write_bio_X509");
    result.certificatePem = bioBytes(certificateBio.get());
    BioPtr keyBio = newBio();
    check(PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr),
        "PEM_write_bio_PrivateKey");
    result.privateKeyPem = bioBytes(keyBio.get());
    result.combinedPem = result.certificatePem + result.privateKeyPem;
    return result;
}

QByteArray thumbprint(const QByteArray& certificatePem, QCryptographicHash::Algorithm algorithm)
{
    X509Ptr certificate = readCertificate(certificatePem);
    if (!certificate)
        return {};
    const int length = i2d_X509(certificate.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509(certificate.get(), &out) != length)
        return {};
    return QCryptographicHash::hash(der, algorithm)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// Strict base64url: the url alphabet, no padding, and the canonical encoding of what it decodes to.
bool decodePart(const QByteArray& part, QByteArray* out)
{
    const auto options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    if (part.contains('='))
        return false;
    auto decoded = QByteArray::fromBase64Encoding(part, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(options) != part)
        return false;
    *out = decoded.decoded;
    return true;
}

bool isWholeNumber(const QJsonValue& value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

AssertionCheck rejected(AssertionCheck check, const QString& why)
{
    check.ok = false;
    check.error = why;
    return check;
}
} // namespace

QByteArray TestCertificate::pkcs12(const QString& password) const
{
    PkeyPtr key = readKey(privateKeyPem);
    X509Ptr certificate = readCertificate(certificatePem);
    check(certificate.get(), "PEM_read_bio_X509");
    const QByteArray secret = password.toUtf8();
    // NID 0 / iterations 0 / MAC iterations 0 are OpenSSL 3's defaults: AES-256-CBC, PBKDF2, SHA-256 MAC.
    Pkcs12Ptr bundle(
        check(PKCS12_create(secret.constData(), "crv-test", key.get(), certificate.get(), nullptr, 0, 0, 0, 0, 0),
            "PKCS12_create"));
    BioPtr bio = newBio();
    check(i2d_PKCS12_bio(bio.get(), bundle.get()), "i2d_PKCS12_bio");
    return bioBytes(bio.get());
}

QByteArray TestCertificate::encryptedKeyPem(const QString& password) const
{
    PkeyPtr key = readKey(privateKeyPem);
    QByteArray secret = password.toUtf8();
    BioPtr bio = newBio();
    check(PEM_write_bio_PKCS8PrivateKey(
              bio.get(), key.get(), EVP_aes_256_cbc(), secret.data(), int(secret.size()), nullptr, nullptr),
        "PEM_write_bio_PKCS8PrivateKey");
    return bioBytes(bio.get());
}

QByteArray TestCertificate::traditionalKeyPem(const QString& password) const
{
    PkeyPtr key = readKey(privateKeyPem);
    QByteArray secret = password.toUtf8();
    BioPtr bio = newBio();
    const EVP_CIPHER* cipher = password.isEmpty() ? nullptr : EVP_aes_256_cbc();
    check(PEM_write_bio_PrivateKey_traditional(bio.get(), key.get(), cipher,
              reinterpret_cast<unsigned char*>(secret.data()), int(secret.size()), nullptr, nullptr),
        "PEM_write_bio_PrivateKey_traditional");
    return bioBytes(bio.get());
}

QByteArray TestCertificate::certificateDer() const
{
    X509Ptr certificate = readCertificate(certificatePem);
    check(certificate.get(), "PEM_read_bio_X509");
    BioPtr bio = newBio();
    check(i2d_X509_bio(bio.get(), certificate.get()), "i2d_X509_bio");
    return bioBytes(bio.get());
}

TestCertificate generateTestCertificate(int bits)
{
    return makeCertificate(PkeyPtr(check(EVP_RSA_gen(unsigned(bits)), "EVP_RSA_gen")));
}

TestCertificate generateEcCertificate()
{
    return makeCertificate(PkeyPtr(check(EVP_EC_gen("P-256"), "EVP_EC_gen")));
}

QByteArray testThumbprintSha256(const QByteArray& certificatePem)
{
    return thumbprint(certificatePem, QCryptographicHash::Sha256);
}

QByteArray testThumbprintSha1(const QByteArray& certificatePem)
{
    return thumbprint(certificatePem, QCryptographicHash::Sha1);
}

AssertionCheck verifyClientAssertion(const QByteArray& jwt, const QByteArray& certificatePem)
{
    AssertionCheck result;
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return rejected(result, u"a JWT has three parts, this one has %1"_s.arg(parts.size()));
    QByteArray headerJson;
    QByteArray claimsJson;
    QByteArray signature;
    if (!decodePart(parts[0], &headerJson) || !decodePart(parts[1], &claimsJson) || !decodePart(parts[2], &signature))
        return rejected(result, u"a part is not base64url without padding"_s);

    QJsonParseError parseError;
    const QJsonDocument header = QJsonDocument::fromJson(headerJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !header.isObject())
        return rejected(result, u"the header is not a JSON object"_s);
    result.header = header.object();
    const QJsonDocument claims = QJsonDocument::fromJson(claimsJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !claims.isObject())
        return rejected(result, u"the claims are not a JSON object"_s);
    result.claims = claims.object();

    const QString alg = result.header.value(u"alg"_s).toString();
    const bool pss = alg == u"PS256";
    if (!pss && alg != u"RS256")
        return rejected(result, u"unexpected alg \"%1\""_s.arg(alg));
    if (result.header.value(u"typ"_s).toString() != u"JWT")
        return rejected(result, u"typ is not JWT"_s);

    X509Ptr certificate = readCertificate(certificatePem);
    if (!certificate)
        return rejected(result, u"no certificate in the PEM to verify with"_s);
    const QString thumbprintField = pss ? u"x5t#S256"_s : u"x5t"_s;
    const QByteArray expectedThumbprint
        = pss ? testThumbprintSha256(certificatePem) : testThumbprintSha1(certificatePem);
    const QJsonValue thumbprintValue = result.header.value(thumbprintField);
    if (!thumbprintValue.isString())
        return rejected(result, u"no %1 in the header"_s.arg(thumbprintField));
    if (thumbprintValue.toString().toLatin1() != expectedThumbprint)
        return rejected(result, u"%1 is not the thumbprint of the certificate"_s.arg(thumbprintField));

    EVP_PKEY* publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey || !EVP_PKEY_is_a(publicKey, "RSA")) {
        ERR_clear_error();
        return rejected(result, u"the certificate has no RSA public key"_s);
    }
    MdCtxPtr context(check(EVP_MD_CTX_new(), "EVP_MD_CTX_new"));
    EVP_PKEY_CTX* keyContext = nullptr;
    check(EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, publicKey), "EVP_DigestVerifyInit");
    if (pss) {
        check(EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING), "EVP_PKEY_CTX_set_rsa_padding");
        check(EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, 32), "EVP_PKEY_CTX_set_rsa_pss_saltlen");
        check(EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()), "EVP_PKEY_CTX_set_rsa_mgf1_md");
    } else {
        check(EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING), "EVP_PKEY_CTX_set_rsa_padding");
    }
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const int verified = EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char*>(signingInput.constData()),
        size_t(signingInput.size()));
    ERR_clear_error();
    if (verified != 1)
        return rejected(result, u"the %1 signature does not verify with the certificate"_s.arg(alg));

    const QJsonValue jti = result.claims.value(u"jti"_s);
    if (!jti.isString() || jti.toString().isEmpty())
        return rejected(result, u"no jti"_s);
    for (const QString& name : { u"aud"_s, u"iss"_s, u"sub"_s }) {
        if (!result.claims.value(name).isString() || result.claims.value(name).toString().isEmpty())
            return rejected(result, u"no %1"_s.arg(name));
    }
    const QJsonValue nbf = result.claims.value(u"nbf"_s);
    const QJsonValue exp = result.claims.value(u"exp"_s);
    if (!isWholeNumber(nbf) || !isWholeNumber(exp))
        return rejected(result, u"nbf and exp must be whole numbers of seconds"_s);
    if (exp.toInteger() <= nbf.toInteger())
        return rejected(result, u"exp is not after nbf"_s);
    if (exp.toInteger() - nbf.toInteger() > maximumLifetimeSeconds)
        return rejected(result, u"the assertion is valid for more than 10 minutes"_s);

    result.ok = true;
    result.error.clear();
    return result;
}
