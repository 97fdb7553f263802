#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {
constexpr int kMaxRecentFiles = 10;
const QString kRecentKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QMenu* menu)
    : QObject(menu)
    , m_menu(menu)
{
    update();
}

void RecentFiles::add(const QStringList& paths)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        recent.removeAll(absolute);
        recent.prepend(absolute);
    }
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    update();
}

void RecentFiles::update()
{
    m_menu->clear();
    const QVariant stored = QSettings().value(kRecentKey);
    const QStringList recent = stored.canConvert<QStringList>() ? stored.toStringList() : QStringList();
    for (const QString& path : recent.mid(0, kMaxRecentFiles)) {
        QAction* action = m_menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested({ path }); });
    }
    if (recent.isEmpty()) {
        m_menu->addAction(tr("(none)"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("Clear list"), this, [this] {
        QSettings().remove(kRecentKey);
        update();
    });
}
