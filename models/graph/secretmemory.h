#pragma once

#include <QByteArray>
#include <QString>

/// Secrets (client secret, certificate password, access tokens) must not end up in a core
/// dump or be readable by another process of the same user through ptrace. The first call
/// marks the process not dumpable (prctl PR_SET_DUMPABLE 0, which also stops same-user
/// ptrace attaches) and sets the core size limit to zero; it stays so for the rest of the
/// process, because freed memory may still hold a copy. Called wherever a secret enters the
/// process: the environment, the keychain, the settings dialog, a token provider. Returns
/// false if the system refused (the caller carries on; there is nothing better to do).
bool keepSecretsOutOfCoreDumps();

/// Whether keepSecretsOutOfCoreDumps() is in effect (the process is not dumpable).
bool secretsAreKeptOutOfCoreDumps();

/// Overwrites the bytes of our own copy with zeros and empties it. Qt's implicit sharing means
/// other holders keep their copy (a shared buffer is detached first, so only ours is wiped);
/// QNetworkAccessManager's internal copies are freed, not wiped, when its reply goes.
void wipeSecret(QByteArray& secret);
void wipeSecret(QString& secret);
