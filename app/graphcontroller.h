#pragma once

#include "graph/graphconfig.h"
#include "graph/graphhttp.h"
#include "record/loader.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class CallListFetch;
class CallRecordFetch;
class CredentialStore;
class FindCallsDialog;
class GraphClient;
class QWidget;

/// The Microsoft Graph side of the main window: settings (secrets in the keychain), "Open by
/// call id", "Find calls", and the fetch in progress. It hands finished documents to the window,
/// which loads them exactly like files.
class GraphController : public QObject {
    Q_OBJECT
public:
    explicit GraphController(QWidget* window);
    ~GraphController() override;

    /// --graph-url / --authority-url of this run (already checked); they win over the settings.
    void setUrlOverrides(const QString& graphUrl, const QString& authorityUrl);
    void setRequestPolicy(const RequestPolicy& policy) { m_policy = policy; }
    /// The settings a fetch uses now: saved, then environment, then command-line URLs.
    GraphSettings effectiveSettings() const;
    bool isFetching() const;

    void showOpenDialog();
    void showFindDialog();
    void showSettingsDialog();
    /// Fetches a record; `reloadTarget` names the tab it replaces (F5), or is null for a new tab.
    void openCallId(const QString& callId, QObject* reloadTarget = nullptr);
    void cancel();

signals:
    void busy(const QString& text);
    void waiting(const QString& text);
    /// Every page arrived; the documents load like files.
    void documentsReady(std::shared_ptr<std::vector<InputDocument>> documents, const QString& callId,
        QObject* reloadTarget, const QStringList& notes);
    void failed(const QString& message);
    void cancelled();

private:
    void withSecrets(std::function<void()> then);
    void showSettingsDialogNow();
    void resetClient();
    /// Why an AZURE_* variable is not used ("" when all are fine).
    QString environmentProblem() const;
    void startFetch(const QString& callId, QObject* reloadTarget);
    void testConnection(const GraphSettings& settings, QPointer<QObject> dialog);
    void searchCalls(const QString& participantId, const QDateTime& from, const QDateTime& to);
    void rememberCallId(const QString& callId);
    GraphClient* client();

    QWidget* m_window;
    CredentialStore* m_store;
    GraphSettings m_saved; ///< from QSettings, secrets filled from the keychain when read
    bool m_secretsRead = false;
    QString m_graphUrlOverride;
    QString m_authorityUrlOverride;
    RequestPolicy m_policy;
    std::unique_ptr<GraphClient> m_client;
    QPointer<CallRecordFetch> m_fetch;
    QPointer<CallListFetch> m_list;
    QPointer<FindCallsDialog> m_findDialog;
    std::vector<std::function<void()>> m_afterSecrets;
};
