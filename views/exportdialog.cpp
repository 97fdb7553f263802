#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent)
    , m_format(new QComboBox(this))
    , m_view(new QComboBox(this))
    , m_redact(new QCheckBox(tr("&Redact personal data"), this))
    , m_description(new QLabel(this))
{
    setWindowTitle(tr("Export"));
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_view->setObjectName(QStringLiteral("viewCombo"));
    m_redact->setObjectName(QStringLiteral("redactCheck"));
    m_format->addItem(tr("PNG picture"), QStringLiteral("png"));
    m_format->addItem(tr("PDF ticket report"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV, one row per stream"), QStringLiteral("csv"));
    m_format->addItem(tr("JSON, the merged record"), QStringLiteral("json"));
    m_format->addItem(tr("Markdown summary"), QStringLiteral("md"));
    m_view->addItem(tr("Whole window"), QStringLiteral("window"));
    m_view->addItem(tr("Tree"), QStringLiteral("tree"));
    m_view->addItem(tr("Inspector"), QStringLiteral("inspector"));
    m_view->addItem(tr("Findings"), QStringLiteral("findings"));
    m_view->addItem(tr("Charts (whole call)"), QStringLiteral("charts"));
    m_view->addItem(tr("Timeline"), QStringLiteral("timeline"));
    m_redact->setToolTip(tr("Names become \"Participant 1\", \"Participant 2\", …; UPNs, e-mail addresses, user, "
                            "tenant and device ids, IP and MAC addresses, BSSIDs, phone numbers, device names and "
                            "feedback text are masked. The call id and all measurements stay."));
    m_description->setWordWrap(true);
    m_description->setMinimumWidth(380);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Picture of:"), m_view);
    form->addRow(QString(), m_redact);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_description);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_redact, &QCheckBox::toggled, this, [this](bool on) { m_redactDefaults[format()] = on; });
    updateState();
}

void ExportDialog::setFormat(const QString& format)
{
    const int index = m_format->findData(format);
    if (index >= 0)
        m_format->setCurrentIndex(index);
    updateState();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setView(const QString& view)
{
    const int index = m_view->findData(view);
    if (index >= 0)
        m_view->setCurrentIndex(index);
}

QString ExportDialog::view() const
{
    return m_view->currentData().toString();
}

void ExportDialog::setRedactDefault(const QString& format, bool redact)
{
    m_redactDefaults[format] = redact;
    if (format == this->format())
        m_redact->setChecked(redact);
}

bool ExportDialog::redact() const
{
    return m_redact->isChecked();
}

QString ExportDialog::fileFilter(const QString& format)
{
    if (format == u"png")
        return tr("PNG pictures (*.png)");
    if (format == u"pdf")
        return tr("PDF documents (*.pdf)");
    if (format == u"csv")
        return tr("CSV files (*.csv)");
    if (format == u"json")
        return tr("JSON files (*.json)");
    return tr("Markdown files (*.md)");
}

void ExportDialog::updateState()
{
    const QString current = format();
    m_view->setEnabled(current == u"png");
    if (current != m_shownFormat) {
        m_shownFormat = current;
        const bool defaultOn = current == u"png" || current == u"pdf" || current == u"md";
        m_redact->setChecked(m_redactDefaults.value(current, defaultOn));
    }
    if (current == u"png")
        m_description->setText(tr("A picture with a header naming the call, its start, the export time and the "
                                  "threshold profile."));
    else if (current == u"pdf")
        m_description->setText(tr("Summary, findings, charts, timeline, worst streams and each participant's network "
                                  "and devices, with the call id and page number on every page."));
    else if (current == u"csv")
        m_description->setText(tr("One row per stream with its metrics and verdict; the same in every language."));
    else if (current == u"json")
        m_description->setText(tr("The whole record as Microsoft Graph sends it, all pages merged."));
    else
        m_description->setText(tr("Call facts, verdict per leg, findings and the worst streams, ready to paste "
                                  "into a ticket."));
}
