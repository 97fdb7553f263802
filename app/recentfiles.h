#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

/// File → Open Recent: the last ten files opened, remembered in the settings.
class RecentFiles : public QObject {
    Q_OBJECT
public:
    explicit RecentFiles(QMenu* menu);

    void add(const QStringList& paths);

signals:
    void openRequested(const QStringList& paths);

private:
    void update();

    QMenu* m_menu;
};
