#include "clientassertion.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <cstring>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ClientCertificate)
};

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

void freeCertificateStack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeCertificateStack>>;

constexpr qint64 maximumFileSize = 1024 * 1024;
constexpr qint64 assertionLifetimeSeconds = 600;

/// Holds a password as UTF-8 and wipes it when done.
class Password {
public:
    explicit Password(const QString& text)
        : m_bytes(text.toUtf8())
    {
    }
    ~Password() { m_bytes.fill('\0'); }
    Password(const Password&) = delete;
    Password& operator=(const Password&) = delete;

    const char* data() const { return m_bytes.constData(); }
    int size() const { return int(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

/// The PEM password callback: never prompts on a terminal, only gives the password it was handed.
int passwordCallback(char* buffer, int size, int /*rwflag*/, void* userData)
{
    const auto* password = static_cast<const Password*>(userData);
    if (!password || password->size() > size)
        return -1;
    std::memcpy(buffer, password->data(), size_t(password->size()));
    return password->size();
}

/// The reason of the last OpenSSL error (no key material is ever part of it); clears the queue.
QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (code != 0) {
        const char* reason = ERR_reason_error_string(code);
        text = reason ? QString::fromLatin1(reason) : QString::number(code, 16);
    }
    ERR_clear_error();
    return text;
}

/// Whether the error queue says an algorithm is missing (as RC2 and 40-bit ciphers without the
/// legacy provider); clears the queue.
bool takeUnsupportedAlgorithm()
{
    bool unsupported = false;
    while (const unsigned long code = ERR_get_error()) {
        const int reason = ERR_GET_REASON(code);
        if (reason == ERR_R_UNSUPPORTED || (ERR_GET_LIB(code) == ERR_LIB_EVP && reason == EVP_R_UNSUPPORTED_ALGORITHM))
            unsupported = true;
    }
    return unsupported;
}

QString fileMessage(const QString& name, const QString& message)
{
    //: %1 is a certificate file, %2 what is wrong with it
    return Tr::tr("%1: %2").arg(QDir::toNativeSeparators(name), message);
}

template <typename Result>
Result fail(QString* error, const QString& name, const QString& message)
{
    ERR_clear_error();
    if (error)
        *error = fileMessage(name, message);
    return Result {};
}

QByteArray digest(X509* certificate, const EVP_MD* type)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, type, md, &length) != 1) {
        ERR_clear_error();
        return {};
    }
    return base64Url(QByteArray(reinterpret_cast<const char*>(md), qsizetype(length)));
}

QDateTime asn1TimeToDateTime(const ASN1_TIME* time)
{
    std::tm tm {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        ERR_clear_error();
        return {};
    }
    return QDateTime(
        QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

QString nameText(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    // RFC 2253 order and escaping, but UTF-8 left as it is rather than escaped byte by byte.
    if (X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        ERR_clear_error();
        return {};
    }
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(length));
}

bool containsPemBlock(const QByteArray& data, QByteArrayView label)
{
    return data.contains(QByteArray("-----BEGIN " + label.toByteArray() + "-----"));
}

bool hasPemPrivateKey(const QByteArray& data)
{
    qsizetype from = 0;
    while ((from = data.indexOf("-----BEGIN ", from)) >= 0) {
        const qsizetype end = data.indexOf("-----", from + 11);
        if (end < 0)
            return false;
        if (QByteArrayView(data).sliced(from + 11, end - from - 11).endsWith("PRIVATE KEY"))
            return true;
        from = end;
    }
    return false;
}

bool isEncryptedPem(const QByteArray& data)
{
    return containsPemBlock(data, "ENCRYPTED PRIVATE KEY") || data.contains("Proc-Type: 4,ENCRYPTED");
}

BioPtr memoryBio(const QByteArray& data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

struct LoadedPair {
    std::vector<X509Ptr> certificates; ///< the first one is the leaf unless the key says otherwise
    PkeyPtr key;
};
} // namespace

struct ClientCertificate::Private {
    X509Ptr certificate;
    PkeyPtr key;
    QByteArray sha256;
    QByteArray sha1;
};

ClientCertificate::ClientCertificate()
    : d(std::make_unique<Private>())
{
}

ClientCertificate::~ClientCertificate() = default;

std::shared_ptr<const ClientCertificate> ClientCertificate::load(
    const QString& path, const QString& password, QString* error)
{
    using Result = std::shared_ptr<const ClientCertificate>;
    if (path.isEmpty()) {
        if (error)
            *error = Tr::tr("no certificate file given");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 why the certificate file cannot be read, e.g. "Permission denied"
        return fail<Result>(error, path, Tr::tr("cannot be read: %1").arg(file.errorString()));
    if (file.size() > maximumFileSize)
        return fail<Result>(error, path, Tr::tr("the file is larger than 1 MiB: not a certificate"));
    // Read one byte past the limit: the size of a pipe or special file is not known in advance.
    QByteArray data = file.read(maximumFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        //: %1 why the certificate file cannot be read, e.g. "Permission denied"
        return fail<Result>(error, path, Tr::tr("cannot be read: %1").arg(file.errorString()));
    if (data.size() > maximumFileSize) {
        data.fill('\0');
        return fail<Result>(error, path, Tr::tr("the file is larger than 1 MiB: not a certificate"));
    }
    auto result = fromData(data, password, path, error);
    data.fill('\0');
    return result;
}

std::shared_ptr<const ClientCertificate> ClientCertificate::fromData(
    const QByteArray& data, const QString& password, const QString& name, QString* error)
{
    using Result = std::shared_ptr<const ClientCertificate>;
    ERR_clear_error();
    if (QByteArrayView(data).trimmed().isEmpty())
        return fail<Result>(error, name, Tr::tr("no certificate found: the file is empty"));

    Password secret(password);
    LoadedPair pair;

    if (data.contains("-----BEGIN ")) {
        {
            BioPtr bio = memoryBio(data);
            while (X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
                pair.certificates.emplace_back(certificate);
            ERR_clear_error(); // the read that ends the loop always fails
        }
        if (pair.certificates.empty()) {
            return fail<Result>(error, name,
                containsPemBlock(data, "CERTIFICATE") ? Tr::tr("no certificate found: the certificate is damaged")
                                                      : Tr::tr("no certificate found"));
        }
        if (!hasPemPrivateKey(data)) {
            return fail<Result>(
                error, name, Tr::tr("no private key found (the PEM must hold the certificate and its private key)"));
        }
        BioPtr bio = memoryBio(data);
        pair.key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, &secret));
        if (!pair.key) {
            return fail<Result>(error, name,
                isEncryptedPem(data) && secret.isEmpty()
                    ? Tr::tr("wrong password or damaged key (the private key is encrypted and no password was given)")
                    : Tr::tr("wrong password or damaged key"));
        }
    } else {
        BioPtr bio = memoryBio(data);
        Pkcs12Ptr pkcs12(d2i_PKCS12_bio(bio.get(), nullptr));
        if (!pkcs12) {
            ERR_clear_error();
            // A DER certificate alone (.cer / .crt) is a common mistake: say what is missing.
            BioPtr derBio = memoryBio(data);
            if (X509Ptr(d2i_X509_bio(derBio.get(), nullptr))) {
                return fail<Result>(error, name,
                    Tr::tr("no private key found (this is a certificate alone; a PEM holding the certificate and its "
                           "private key or a PKCS#12 file is needed)"));
            }
            return fail<Result>(error, name, Tr::tr("no certificate found: this is neither a PEM nor a PKCS#12 file"));
        }
        EVP_PKEY* key = nullptr;
        X509* certificate = nullptr;
        STACK_OF(X509)* chain = nullptr;
        const int parsed = PKCS12_parse(pkcs12.get(), secret.data(), &key, &certificate, &chain);
        pair.key.reset(key);
        X509StackPtr chainOwner(chain);
        if (parsed != 1) {
            if (takeUnsupportedAlgorithm()) {
                return fail<Result>(error, name,
                    Tr::tr("the PKCS#12 file is protected with an old algorithm that OpenSSL 3 no longer supports "
                           "(such as RC2); export it again with AES-256"));
            }
            return fail<Result>(error, name, Tr::tr("wrong password or damaged key"));
        }
        if (certificate)
            pair.certificates.emplace_back(certificate);
        while (chainOwner && sk_X509_num(chainOwner.get()) > 0)
            pair.certificates.emplace_back(sk_X509_shift(chainOwner.get()));
        if (pair.certificates.empty())
            return fail<Result>(error, name, Tr::tr("no certificate found"));
        if (!pair.key) {
            return fail<Result>(error, name,
                Tr::tr("no private key found (the PKCS#12 file must hold the certificate and its private key)"));
        }
    }

    // The certificate is the one the key belongs to: a PEM may hold the whole chain, in any order.
    X509Ptr certificate;
    for (auto& candidate : pair.certificates) {
        if (X509_check_private_key(candidate.get(), pair.key.get()) == 1) {
            certificate = std::move(candidate);
            break;
        }
    }
    ERR_clear_error();
    if (!certificate)
        return fail<Result>(error, name, Tr::tr("the private key does not belong to the certificate"));
    if (!EVP_PKEY_is_a(pair.key.get(), "RSA"))
        return fail<Result>(error, name, Tr::tr("the key is not RSA: Microsoft Entra needs an RSA key"));

    std::shared_ptr<ClientCertificate> result(new ClientCertificate);
    result->d->sha256 = digest(certificate.get(), EVP_sha256());
    result->d->sha1 = digest(certificate.get(), EVP_sha1());
    if (result->d->sha256.isEmpty() || result->d->sha1.isEmpty())
        return fail<Result>(error, name, Tr::tr("cannot compute the thumbprint of the certificate"));
    result->d->certificate = std::move(certificate);
    result->d->key = std::move(pair.key);
    if (error)
        error->clear();
    return result;
}

QByteArray ClientCertificate::thumbprintSha256() const
{
    return d->sha256;
}

QByteArray ClientCertificate::thumbprintSha1() const
{
    return d->sha1;
}

QDateTime ClientCertificate::notAfter() const
{
    return asn1TimeToDateTime(X509_get0_notAfter(d->certificate.get()));
}

QString ClientCertificate::subject() const
{
    return nameText(X509_get_subject_name(d->certificate.get()));
}

QByteArray ClientCertificate::makeAssertion(const QString& clientId, const QString& audience,
    AssertionAlgorithm algorithm, const QDateTime& now, QString* error) const
{
    const bool pss = algorithm == AssertionAlgorithm::PS256;
    QJsonObject header;
    header.insert(u"alg"_s, pss ? u"PS256"_s : u"RS256"_s);
    header.insert(u"typ"_s, u"JWT"_s);
    if (pss)
        header.insert(u"x5t#S256"_s, QString::fromLatin1(d->sha256));
    else
        header.insert(u"x5t"_s, QString::fromLatin1(d->sha1));

    const qint64 issued = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    QJsonObject claims;
    claims.insert(u"aud"_s, audience);
    claims.insert(u"iss"_s, clientId);
    claims.insert(u"sub"_s, clientId);
    claims.insert(u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    claims.insert(u"nbf"_s, issued);
    claims.insert(u"iat"_s, issued);
    claims.insert(u"exp"_s, issued + assertionLifetimeSeconds);

    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    auto signFailure = [error](const QString& step) -> QByteArray {
        const QString reason = takeOpenSslError();
        if (error) {
            //: %1 the signing step that failed, e.g. "cannot size the signature"
            *error = reason.isEmpty() ? Tr::tr("cannot sign the client assertion: %1").arg(step)
                                      //: %1 the signing step that failed, %2 the reason given by OpenSSL
                                      : Tr::tr("cannot sign the client assertion: %1: %2").arg(step, reason);
        }
        return {};
    };

    ERR_clear_error();
    MdCtxPtr context(EVP_MD_CTX_new());
    if (!context)
        return signFailure(Tr::tr("out of memory"));
    EVP_PKEY_CTX* keyContext = nullptr; // owned by `context`
    if (EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, d->key.get()) != 1)
        return signFailure(Tr::tr("cannot use the private key"));
    if (pss) {
        if (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) <= 0
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) <= 0
            || EVP_PKEY_CTX_set_rsa_mgf1_md(keyContext, EVP_sha256()) <= 0)
            return signFailure(Tr::tr("cannot select RSASSA-PSS"));
    } else if (EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) <= 0) {
        return signFailure(Tr::tr("cannot select RSASSA-PKCS1-v1_5"));
    }
    const auto* input = reinterpret_cast<const unsigned char*>(signingInput.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, size_t(signingInput.size())) != 1)
        return signFailure(Tr::tr("cannot size the signature"));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, input,
            size_t(signingInput.size()))
        != 1)
        return signFailure(Tr::tr("signing failed"));
    signature.truncate(qsizetype(length));
    if (error)
        error->clear();
    return signingInput + '.' + base64Url(signature);
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
