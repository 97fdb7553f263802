#pragma once

#include <QObject>
#include <QString>

#include <functional>

/// Client secrets and certificate passwords in the OS keychain (Secret Service, KWallet,
/// macOS Keychain, Windows Credential Manager through QtKeychain), never in QSettings or files.
/// Where no keychain service answers, values are kept in memory for this run only and
/// `isPersistent()` turns false so the settings dialog can say so.
class CredentialStore : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(QObject* parent = nullptr);

    /// Key for a tenant + client + kind ("secret" or "certificate-password").
    static QString key(const QString& tenantId, const QString& clientId, const QString& kind);

    /// Reads `key`; calls `done` with the value ("" when none) in this object's thread.
    void read(const QString& key, std::function<void(const QString& value)> done);
    /// Writes (or, for an empty value, deletes) `key`; `done` gets an error ("" on success or
    /// when kept in memory only).
    void write(const QString& key, const QString& value, std::function<void(const QString& error)> done = {});

    /// False once the keychain was found unavailable: values only live until the viewer closes.
    bool isPersistent() const { return m_persistent; }
    QString storageNote() const;

private:
    bool m_persistent = true;
};
