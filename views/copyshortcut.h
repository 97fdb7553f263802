#pragma once

#include <QObject>

#include <functional>

/// Makes Ctrl+C on a widget copy the text `textOf` gives (item views otherwise copy only the
/// current cell, and consume the shortcut before the window's Copy action sees it).
class CopyShortcut : public QObject {
    Q_OBJECT
public:
    CopyShortcut(QWidget* target, std::function<QString()> textOf);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::function<QString()> m_textOf;
};
