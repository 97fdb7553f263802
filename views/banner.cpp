#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void Banner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    // Light tints that keep text readable in light and dark palettes.
    QColor tint;
    switch (kind) {
    case Kind::Information:
        tint = QColor(0xDB, 0xEA, 0xFE);
        break;
    case Kind::Warning:
        tint = QColor(0xFE, 0xF3, 0xC7);
        break;
    case Kind::Error:
        tint = QColor(0xFE, 0xE2, 0xE2);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, tint);
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    m_label->setPalette(p);
    m_label->setText(text);
    show();
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_label->text();
}
