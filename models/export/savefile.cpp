#include "savefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

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
/// Where writing `path` through its symbolic link(s) would be unsafe, says why; empty when
/// `path` is not a link, or is one the user may write through. Followed are: the system's
/// own links under /dev and /proc (/dev/stdout, /dev/fd/1), and a chain of links the user
/// owns that ends at an existing regular file the user owns. Anything else could be a link
/// planted in a shared folder (a report.csv in /tmp pointing at /etc/passwd, or at a file that
/// does not exist yet) and is refused rather than followed.
QString symlinkProblem(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute.startsWith(u"/dev/") || absolute.startsWith(u"/proc/"))
        return {};
    const uid_t me = geteuid();
    QString current = absolute;
    for (int hop = 0; hop < 40; ++hop) {
        struct stat link { };
        if (lstat(QFile::encodeName(current).constData(), &link) != 0) {
            if (hop == 0)
                return {}; // a new file: nothing to follow
            //: %1 the path the symbolic link points to
            return Tr::tr("it is a symbolic link to %1, which does not exist; refusing to create a file through a "
                          "link. Write to the target directly, or remove the link")
                .arg(QDir::toNativeSeparators(current));
        }
        if (!S_ISLNK(link.st_mode)) {
            if (hop == 0)
                return {};
            const QString target = QDir::toNativeSeparators(current);
            if (!S_ISREG(link.st_mode))
                //: %1 the path the symbolic link points to
                return Tr::tr("it is a symbolic link to %1, which is not a regular file").arg(target);
            if (link.st_uid != me)
                //: %1 the path the symbolic link points to
                return Tr::tr("it is a symbolic link to %1, which belongs to another user; refusing to replace it "
                              "through a link. Write to the target directly if that is meant")
                    .arg(target);
            return {};
        }
        if (link.st_uid != me)
            //: %1 a symbolic link on the way to the file
            return Tr::tr("it is a symbolic link (%1) that belongs to another user; refusing to write through it")
                .arg(QDir::toNativeSeparators(current));
        const QString next = QFileInfo(current).symLinkTarget();
        if (next.isEmpty())
            break;
        current = next;
    }
    return Tr::tr("it is a chain of symbolic links that does not end (a loop?)");
}

} // namespace

QString writeFileAtomically(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return Tr::tr("No output file name given");
    if (const QString problem = symlinkProblem(path); !problem.isEmpty())
        return describe(path, problem);
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
