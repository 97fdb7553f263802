#include "exportdialog.h"

#include "export/exportformats.h"
#include "panes.h"

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
    for (const ExportFormat& format : exportFormats())
        m_format->addItem(format.labelText(), format.idText());
    for (const QString& view : pictureViews())
        m_view->addItem(pictureChoice(view), view);
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
    const ExportFormat* known = findExportFormat(format);
    return known ? known->fileFilterText() : QString();
}

void ExportDialog::updateState()
{
    const QString current = format();
    const ExportFormat* known = findExportFormat(current);
    m_view->setEnabled(current == u"png");
    if (current != m_shownFormat) {
        m_shownFormat = current;
        m_redact->setChecked(m_redactDefaults.value(current, known && known->redactByDefault));
    }
    m_description->setText(known ? known->descriptionText() : QString());
}
