#include "copyshortcut.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QWidget>

CopyShortcut::CopyShortcut(QWidget* target, std::function<QString()> textOf)
    : QObject(target)
    , m_textOf(std::move(textOf))
{
    target->installEventFilter(this);
}

bool CopyShortcut::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy)) {
            if (event->type() == QEvent::KeyPress)
                QGuiApplication::clipboard()->setText(m_textOf());
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
