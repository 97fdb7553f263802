#include "savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};

QString describe(const QString& path, const QString& why)
{
    //: %1 is a file path, %2 the reason it could not be written
    return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

QString reasonFromErrno(int error, const QString& fallback)
{
    switch (error) {
    case ENOSPC:
        return Tr::tr("the disk is full");
    case EDQUOT:
        return Tr::tr("the disk quota is exceeded");
    case EACCES:
    case EPERM:
        return Tr::tr("permission denied");
    case EROFS:
        return Tr::tr("the file system is read-only");
    case ENOENT:
        return Tr::tr("the folder does not exist");
    default:
        return fallback;
    }
}
} // namespace

QString writeFileAtomically(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Tr::tr("No output file name given");
    if (info.isDir())
        return describe(path, Tr::tr("it is a folder"));
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        //: %1 the folder the file was to be written to
        return describe(path, Tr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath())));

    if (info.exists() && !info.isFile()) {
        // A device or pipe: cannot be replaced atomically, write straight into it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return describe(path, file.errorString());
        errno = 0;
        if (file.write(data) != data.size() || !file.flush())
            return describe(path, reasonFromErrno(errno, file.errorString()));
        return {};
    }

    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return describe(path, reasonFromErrno(errno, file.errorString()));
    errno = 0;
    if (file.write(data) != data.size()) {
        const QString why = reasonFromErrno(errno, file.errorString());
        file.cancelWriting();
        return describe(path, why);
    }
    errno = 0;
    if (!file.commit())
        return describe(path, reasonFromErrno(errno, file.errorString()));
    return {};
}
