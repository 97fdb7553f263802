#include "graphcontroller.h"

#include "credentialstore.h"
#include "findcallsdialog.h"
#include "graph/graphclient.h"
#include "graph/tokenprovider.h"
#include "graphsession.h"
#include "graphsettingsdialog.h"
#include "opencalldialog.h"

#include <QProcessEnvironment>
#include <QSettings>

namespace {
const QString kRecentCallsKey = QStringLiteral("graph/recentCallIds");

QString keyFor(const GraphSettings& settings, CredentialKind kind)
{
    return CredentialStore::key(settings.tenantId, settings.clientId,
        kind == CredentialKind::Secret ? QStringLiteral("secret") : QStringLiteral("certificate-password"));
}
} // namespace

GraphController::GraphController(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_store(new CredentialStore(this))
{
    QSettings settings;
    m_saved = loadGraphSettings(settings);
}

GraphController::~GraphController() = default;

void GraphController::setUrlOverrides(const QString& graphUrl, const QString& authorityUrl)
{
    m_graphUrlOverride = graphUrl;
    m_authorityUrlOverride = authorityUrl;
    resetClient();
}

void GraphController::resetClient()
{
    // Jobs use the client's network manager and token cache: they end before it does.
    cancel();
    m_client.reset();
}

QString GraphController::environmentProblem() const
{
    GraphSettings probe;
    QString error;
    applyEnvironment(probe, QProcessEnvironment::systemEnvironment(), &error);
    return error;
}

GraphSettings GraphController::effectiveSettings() const
{
    GraphSettings settings = m_saved;
    applyEnvironment(settings, QProcessEnvironment::systemEnvironment());
    applyUrlOptions(settings, m_graphUrlOverride, m_authorityUrlOverride);
    return settings;
}

bool GraphController::isFetching() const
{
    return m_fetch && m_fetch->outcome() == GraphOutcome::Running;
}

GraphClient* GraphController::client()
{
    if (!m_client) {
        m_client = std::make_unique<GraphClient>(effectiveSettings());
        m_client->setRequestPolicy(m_policy);
        connect(m_client->tokens(), &TokenProvider::waiting, this, &GraphController::waiting);
    }
    return m_client.get();
}

void GraphController::withSecrets(std::function<void()> then)
{
    if (m_secretsRead || m_saved.tenantId.isEmpty() || m_saved.clientId.isEmpty()) {
        then();
        return;
    }
    // One keychain read at a time; whatever asks meanwhile goes on when it answers.
    m_afterSecrets.push_back(std::move(then));
    if (m_afterSecrets.size() > 1)
        return;
    emit busy(tr("Reading the client secret from the system keychain…"));
    const CredentialKind kind = m_saved.credential;
    m_store->read(keyFor(m_saved, kind), [this, kind](const QString& value) {
        if (kind == CredentialKind::Secret)
            m_saved.clientSecret = value;
        else
            m_saved.certificatePassword = value;
        m_secretsRead = true;
        const auto waiting = std::exchange(m_afterSecrets, {});
        resetClient();
        for (const auto& next : waiting)
            next();
    });
}

void GraphController::showOpenDialog()
{
    OpenCallDialog dialog(m_window);
    dialog.setRecentIds(QSettings().value(kRecentCallsKey).toStringList());
    if (dialog.exec() != QDialog::Accepted || dialog.callId().isEmpty())
        return;
    openCallId(dialog.callId());
}

void GraphController::openCallId(const QString& callId, QObject* reloadTarget)
{
    cancel();
    withSecrets([this, callId, target = QPointer<QObject>(reloadTarget)] { startFetch(callId, target); });
}

void GraphController::startFetch(const QString& callId, QObject* reloadTarget)
{
    if (const QString problem = environmentProblem(); !problem.isEmpty()) {
        emit failed(problem);
        return;
    }
    if (const QString missing = effectiveSettings().missingPart(); !missing.isEmpty()) {
        //: %1 says what is missing, e.g. "the tenant id is not set"
        emit failed(tr("Microsoft Graph access is not set up: %1. Open Settings → Microsoft Graph (the "
                       "AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET environment variables work too).")
                        .arg(missing));
        showSettingsDialog();
        return;
    }
    rememberCallId(callId);
    CallRecordFetch* fetch = client()->fetchCallRecord(callId, this);
    m_fetch = fetch;
    QPointer<QObject> target = reloadTarget;
    connect(fetch, &GraphJob::progress, this, [this, callId](const QString& text) {
        //: %1 call id, %2 progress such as "page 4 · 240 sessions"
        emit busy(tr("Fetching call %1 from Microsoft Graph: %2").arg(callId, text));
    });
    connect(fetch, &GraphJob::waiting, this, &GraphController::waiting);
    connect(fetch, &GraphJob::finished, this, [this, fetch, callId, target] {
        fetch->deleteLater();
        switch (fetch->outcome()) {
        case GraphOutcome::Succeeded:
            emit documentsReady(
                std::make_shared<std::vector<InputDocument>>(fetch->takeDocuments()), callId, target, fetch->notes());
            break;
        case GraphOutcome::Cancelled:
            emit cancelled();
            break;
        default:
            if (fetch->isAuthenticationFailure())
                m_client->tokens()->invalidate(); // a new sign-in next time
            emit failed(fetch->errorString());
            break;
        }
    });
    fetch->start();
}

void GraphController::cancel()
{
    if (!m_afterSecrets.empty()) {
        // Still waiting for the keychain: nothing starts when it answers.
        m_afterSecrets.clear();
        emit cancelled();
    }
    if (m_fetch)
        m_fetch->cancel();
    if (m_list)
        m_list->cancel();
}

void GraphController::rememberCallId(const QString& callId)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentCallsKey).toStringList();
    recent.removeAll(callId);
    recent.prepend(callId);
    settings.setValue(kRecentCallsKey, recent.mid(0, 10));
}

void GraphController::showSettingsDialog()
{
    // Ask the keychain first (also when nothing is saved yet), so the dialog can say truthfully
    // whether a secret will be kept.
    m_store->read(keyFor(m_saved, m_saved.credential), [this](const QString&) { showSettingsDialogNow(); });
}

void GraphController::showSettingsDialogNow()
{
    withSecrets([this] {
        GraphSettingsDialog dialog(m_window);
        // The saved settings: this run's --graph-url / --authority-url are not saved by OK.
        dialog.setSettings(m_saved);
        QStringList notes;
        GraphSettings probe;
        if (applyEnvironment(probe, QProcessEnvironment::systemEnvironment()))
            notes.append(
                tr("AZURE_* environment variables are set: they override these fields while the viewer runs."));
        if (const QString problem = environmentProblem(); !problem.isEmpty())
            notes.append(problem);
        if (!m_graphUrlOverride.isEmpty() || !m_authorityUrlOverride.isEmpty())
            notes.append(
                //: %1 and %2 are URLs given on the command line
                tr("This run uses the URLs given on the command line (%1, %2); they are not saved here.")
                    .arg(m_graphUrlOverride.isEmpty() ? tr("default Graph URL") : m_graphUrlOverride,
                        m_authorityUrlOverride.isEmpty() ? tr("default sign-in URL") : m_authorityUrlOverride));
        dialog.setEnvironmentNote(notes.join(u'\n'));
        dialog.setSecretStorageNote(m_store->storageNote());
        connect(&dialog, &GraphSettingsDialog::testConnectionRequested, this,
            [this, &dialog](const GraphSettings& settings) { testConnection(settings, &dialog); });
        if (dialog.exec() != QDialog::Accepted)
            return;
        const GraphSettings chosen = dialog.settings();
        QSettings settings;
        saveGraphSettings(settings, chosen);
        m_store->write(keyFor(chosen, CredentialKind::Secret),
            chosen.credential == CredentialKind::Secret ? chosen.clientSecret : QString());
        m_store->write(keyFor(chosen, CredentialKind::Certificate),
            chosen.credential == CredentialKind::Certificate ? chosen.certificatePassword : QString());
        m_saved = chosen;
        m_secretsRead = true;
        resetClient();
    });
}

void GraphController::testConnection(const GraphSettings& settings, QPointer<QObject> dialog)
{
    auto* tester = new GraphClient(settings, this);
    tester->setRequestPolicy(m_policy);
    tester->tokens()->requestToken(tester, [tester, dialog, settings](const QString& token, const QString& error) {
        tester->deleteLater();
        auto* settingsDialog = qobject_cast<GraphSettingsDialog*>(dialog.data());
        if (!settingsDialog)
            return;
        if (token.isEmpty())
            settingsDialog->showTestResult(false, error);
        else
            //: %1 the sign-in URL, %2 the Graph scope
            settingsDialog->showTestResult(true,
                tr("Signed in: %1 issued a token for %2. Whether the app may read call records shows on the first "
                   "fetch (it needs CallRecords.Read.All).")
                    .arg(settings.tokenUrl().host(), settings.scope()));
    });
}

void GraphController::showFindDialog()
{
    if (!m_findDialog) {
        m_findDialog = new FindCallsDialog(m_window);
        m_findDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_findDialog, &FindCallsDialog::searchRequested, this, &GraphController::searchCalls);
        connect(m_findDialog, &FindCallsDialog::cancelRequested, this, [this] {
            if (m_list)
                m_list->cancel();
        });
        connect(m_findDialog, &FindCallsDialog::openRequested, this, [this](const QString& id) { openCallId(id); });
    }
    m_findDialog->show();
    m_findDialog->raise();
    m_findDialog->activateWindow();
}

void GraphController::searchCalls(const QString& participantId, const QDateTime& from, const QDateTime& to)
{
    if (m_list)
        m_list->cancel();
    withSecrets([this, participantId, from, to] {
        if (!m_findDialog)
            return;
        if (const QString missing = effectiveSettings().missingPart(); !missing.isEmpty()) {
            //: %1 says what is missing, e.g. "the tenant id is not set"
            m_findDialog->showError(tr("Microsoft Graph access is not set up: %1.").arg(missing));
            return;
        }
        CallListFetch* list = client()->listCalls(participantId, from, to, this);
        m_list = list;
        m_findDialog->setBusy(tr("Searching…"));
        connect(list, &GraphJob::progress, m_findDialog, &FindCallsDialog::setBusy);
        connect(list, &GraphJob::waiting, m_findDialog, &FindCallsDialog::setBusy);
        connect(list, &GraphJob::finished, this, [this, list] {
            list->deleteLater();
            if (!m_findDialog)
                return;
            if (list->outcome() == GraphOutcome::Cancelled) {
                m_findDialog->showError(tr("Search cancelled."));
                return;
            }
            if (list->outcome() != GraphOutcome::Succeeded) {
                m_findDialog->showError(list->errorString());
                return;
            }
            std::vector<InputDocument> documents = list->takeDocuments();
            if (documents.empty()) {
                m_findDialog->setResults({});
                return;
            }
            const LoadResult loaded = loadCallRecordDocuments(std::move(documents));
            if (!loaded.ok())
                m_findDialog->showError(loaded.error);
            else
                m_findDialog->setResults(loaded.records);
        });
        list->start();
    });
}
