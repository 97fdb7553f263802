#include "credentialstore.h"

#include "graph/secretmemory.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "crv.credentials", QtWarningMsg)

namespace {

const QString kService = QStringLiteral("Call Record Viewer");
constexpr int kReadTimeoutMs = 10'000;

/// Values kept for this run when there is no keychain (also a cache of what was read).
QHash<QString, QString>& memory()
{
    static QHash<QString, QString> values;
    return values;
}

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : QObject(parent)
{
}

QString CredentialStore::key(const QString& tenantId, const QString& clientId, const QString& kind)
{
    return tenantId.trimmed().toLower() + u'/' + clientId.trimmed().toLower() + u'/' + kind;
}

QString CredentialStore::storageNote() const
{
    return m_persistent ? tr("Stored in the system keychain, never in the settings file.")
                        : tr("No system keychain is available: the secret is kept only until the viewer closes.");
}

void CredentialStore::read(const QString& key, std::function<void(const QString&)> done)
{
    keepSecretsOutOfCoreDumps();
    if (const auto it = memory().constFind(key); it != memory().constEnd()) {
        done(it.value());
        return;
    }
    if (!m_persistent) {
        done({});
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    // A keychain that does not answer (locked, hung service) must not leave the caller waiting.
    auto answered = std::make_shared<bool>(false);
    QTimer::singleShot(kReadTimeoutMs, this, [this, answered, done] {
        if (*answered)
            return;
        *answered = true;
        qCInfo(lcCredentials) << "keychain did not answer in time";
        m_persistent = false;
        done({});
    });
    connect(job, &QKeychain::Job::finished, this, [this, key, done, answered](QKeychain::Job* finished) {
        if (*answered)
            return;
        *answered = true;
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (finished->error() == QKeychain::NoError) {
            memory().insert(key, readJob->textData());
            done(readJob->textData());
            return;
        }
        if (backendMissing(finished->error())) {
            // Only the kind of problem is logged, never a value.
            qCInfo(lcCredentials) << "keychain unavailable:" << finished->errorString();
            m_persistent = false;
        }
        done({});
    });
    job->start();
}

void CredentialStore::write(const QString& key, const QString& value, std::function<void(const QString&)> done)
{
    keepSecretsOutOfCoreDumps();
    if (value.isEmpty())
        memory().remove(key);
    else
        memory().insert(key, value);
    if (!m_persistent) {
        if (done)
            done({});
        return;
    }
    QKeychain::Job* job = nullptr;
    if (value.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(kService, this);
    } else {
        auto* writeJob = new QKeychain::WritePasswordJob(kService, this);
        writeJob->setTextData(value);
        job = writeJob;
    }
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* finished) {
        QString error;
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            if (backendMissing(finished->error()))
                m_persistent = false; // kept in memory; the dialog says so
            else
                //: %1 the keychain's own error message (from the operating system's secret store)
                error = tr("The keychain refused to store the secret: %1").arg(finished->errorString());
        }
        if (done)
            done(error);
    });
    job->start();
}
