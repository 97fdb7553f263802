#include "secretmemory.h"

#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

bool keepSecretsOutOfCoreDumps()
{
    static const bool done = [] {
        const rlimit noCore { 0, 0 };
        const bool limited = setrlimit(RLIMIT_CORE, &noCore) == 0;
        const bool notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
        return limited && notDumpable;
    }();
    return done;
}

bool secretsAreKeptOutOfCoreDumps()
{
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

void wipeSecret(QByteArray& secret)
{
    if (!secret.isEmpty()) {
        // data() detaches a shared buffer: only the bytes this copy owns are overwritten.
        explicit_bzero(secret.data(), size_t(secret.size()));
    }
    secret.clear();
}

void wipeSecret(QString& secret)
{
    if (!secret.isEmpty())
        explicit_bzero(secret.data(), size_t(secret.size()) * sizeof(QChar));
    secret.clear();
}
