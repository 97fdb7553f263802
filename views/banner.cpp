#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include <utility>

Banner::Banner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
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
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto run = std::exchange(m_run, nullptr); // it may show a new message, which replaces this one
        m_action->hide();
        hide();
        if (run)
            run();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
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
    m_action->hide();
    m_run = nullptr;
    show();
}

void Banner::setAction(const QString& text, std::function<void()> action)
{
    m_action->setText(text);
    m_run = std::move(action);
    m_action->setVisible(bool(m_run));
}

QString Banner::actionText() const
{
    return m_action->isHidden() ? QString() : m_action->text();
}

QString Banner::text() const
{
    return isHidden() ? QString() : m_label->text();
}
