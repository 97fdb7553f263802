#include "messagelabel.h"

#include "quality/palette.h"

#include <QLabel>

QLabel* messageLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setMessageColor(QLabel* label, const QColor& color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

void showMessage(QLabel* label, const QString& text, bool error)
{
    const QPalette& window = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    setMessageColor(label, error ? Palette::errorText(window) : window.color(QPalette::WindowText));
    label->setText(text);
}
