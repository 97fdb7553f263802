#pragma once

#include <QByteArray>
#include <QString>

/// Writes `data` to `path` atomically (QSaveFile): either the whole file is there afterwards
/// or the old one is untouched. Returns an empty string on success, otherwise a message that
/// names the file and says why (missing folder, permission, disk full). Devices and pipes
/// (/dev/stdout, /dev/full) are written directly, since they cannot be replaced. A symbolic
/// link is followed only to a regular file, when the user owns every link and the file
/// (system links under /dev and /proc excepted); otherwise nothing is written.
QString writeFileAtomically(const QString& path, const QByteArray& data);
