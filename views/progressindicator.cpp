#include "progressindicator.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

ProgressIndicator::ProgressIndicator(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    m_bar->setMaximumWidth(220);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    connect(m_cancel, &QToolButton::clicked, this, &ProgressIndicator::cancelRequested);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const double fraction = m_fraction ? m_fraction() : -1;
        if (fraction >= 0)
            m_bar->setValue(int(1000 * std::min(1.0, fraction)));
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void ProgressIndicator::start(std::function<double()> fraction)
{
    m_fraction = std::move(fraction);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_timer->start();
    show();
}

void ProgressIndicator::busy()
{
    m_bar->setRange(0, 0);
    show();
}

void ProgressIndicator::stop()
{
    m_timer->stop();
    m_fraction = {};
    m_bar->setRange(0, 1000);
    hide();
}
