#include "graphsettingsdialog.h"

#include "messagelabel.h"
#include "quality/palette.h"

#include "banner.h"
#include "graph/secretmemory.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
/// Makes a shown window tall enough for its word-wrapped messages (the layout's minimum size
/// does not take wrapping into account).
void growToFit(QWidget* window)
{
    if (!window->isVisible() || !window->layout())
        return;
    window->layout()->activate();
    const int needed = window->heightForWidth(window->width());
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace

GraphSettingsDialog::GraphSettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_environmentNote(new Banner(this))
    , m_tenant(new QLineEdit(this))
    , m_client(new QLineEdit(this))
    , m_secretRadio(new QRadioButton(tr("Client &secret"), this))
    , m_certificateRadio(new QRadioButton(tr("Ce&rtificate"), this))
    , m_credentialGroup(new QButtonGroup(this))
    , m_secret(new QLineEdit(this))
    , m_secretStorageNote(new QLabel(this))
    , m_certificateField(new QWidget(this))
    , m_certificate(new QLineEdit(m_certificateField))
    , m_browse(new QPushButton(tr("&Browse…"), m_certificateField))
    , m_certificatePassword(new QLineEdit(this))
    , m_algorithm(new QComboBox(this))
    , m_cloud(new QComboBox(this))
    , m_graphUrl(new QLineEdit(this))
    , m_authorityUrl(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_validation(messageLabel(QStringLiteral("validationLabel"), this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testResult(messageLabel(QStringLiteral("testResult"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    keepSecretsOutOfCoreDumps(); // a secret can be typed, or is shown, in this dialog
    setWindowTitle(tr("Microsoft Graph Settings"));

    m_environmentNote->setObjectName(QStringLiteral("environmentNote"));

    m_tenant->setObjectName(QStringLiteral("tenantEdit"));
    //: placeholder of the tenant id field
    m_tenant->setPlaceholderText(tr("GUID or domain, e.g. contoso.onmicrosoft.com"));
    m_client->setObjectName(QStringLiteral("clientEdit"));
    m_client->setPlaceholderText(tr("GUID of the app registration"));

    m_secretRadio->setObjectName(QStringLiteral("secretRadio"));
    m_certificateRadio->setObjectName(QStringLiteral("certificateRadio"));
    m_credentialGroup->addButton(m_secretRadio);
    m_credentialGroup->addButton(m_certificateRadio);
    m_secretRadio->setChecked(true);
    auto* credentialRow = new QHBoxLayout;
    credentialRow->addWidget(m_secretRadio);
    credentialRow->addWidget(m_certificateRadio);
    credentialRow->addStretch(1);

    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretStorageNote->setObjectName(QStringLiteral("secretStorageNote"));
    m_secretStorageNote->setWordWrap(true);
    m_secretStorageNote->setTextFormat(Qt::PlainText);

    m_certificate->setObjectName(QStringLiteral("certificateEdit"));
    m_certificate->setPlaceholderText(tr("PEM or PKCS #12 (.pfx, .p12)"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &GraphSettingsDialog::browseCertificate);
    auto* certificateRow = new QHBoxLayout(m_certificateField);
    certificateRow->setContentsMargins(0, 0, 0, 0);
    certificateRow->addWidget(m_certificate, 1);
    certificateRow->addWidget(m_browse);

    m_certificatePassword->setObjectName(QStringLiteral("certificatePasswordEdit"));
    m_certificatePassword->setEchoMode(QLineEdit::Password);
    m_certificatePassword->setPlaceholderText(tr("Only if the key is encrypted"));
    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    m_algorithm->addItem(tr("PS256 (recommended)"), int(AssertionAlgorithm::PS256));
    m_algorithm->addItem(tr("RS256 (older tenants)"), int(AssertionAlgorithm::RS256));
    m_algorithm->setToolTip(tr("How the sign-in request is signed with the certificate's key."));

    auto* application = new QGroupBox(tr("Application"), this);
    m_applicationForm = new QFormLayout(application);
    m_applicationForm->addRow(tr("Te&nant ID:"), m_tenant);
    m_applicationForm->addRow(tr("&Client (application) ID:"), m_client);
    m_applicationForm->addRow(tr("Credential:"), credentialRow);
    m_applicationForm->addRow(tr("Client s&ecret:"), m_secret);
    m_applicationForm->addRow(QString(), m_secretStorageNote);
    m_applicationForm->addRow(tr("Certificate &file:"), m_certificateField);
    m_applicationForm->addRow(tr("Certificate &password:"), m_certificatePassword);
    m_applicationForm->addRow(tr("Signat&ure:"), m_algorithm);
    // The label of the certificate row takes the keyboard focus to the path.
    if (auto* label = qobject_cast<QLabel*>(m_applicationForm->labelForField(m_certificateField)))
        label->setBuddy(m_certificate);
    connect(m_credentialGroup, &QButtonGroup::buttonToggled, this, &GraphSettingsDialog::updateCredentialFields);

    m_cloud->setObjectName(QStringLiteral("cloudCombo"));
    for (const Cloud cloud : { Cloud::Global, Cloud::UsGovL4, Cloud::UsGovL5, Cloud::Custom })
        m_cloud->addItem(cloudDisplayName(cloud), int(cloud));
    m_graphUrl->setObjectName(QStringLiteral("graphUrlEdit"));
    m_authorityUrl->setObjectName(QStringLiteral("authorityUrlEdit"));
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(5, 300);
    //: unit after the request timeout, in seconds (keep the leading space if your language uses one)
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(GraphSettings().timeoutSeconds);
    m_timeout->setToolTip(tr("How long to wait for each request to Microsoft Graph."));

    auto* service = new QGroupBox(tr("Service"), this);
    auto* serviceForm = new QFormLayout(service);
    serviceForm->addRow(tr("Cl&oud:"), m_cloud);
    serviceForm->addRow(tr("&Graph URL:"), m_graphUrl);
    serviceForm->addRow(tr("Sign-&in (authority) URL:"), m_authorityUrl);
    serviceForm->addRow(tr("Request ti&meout:"), m_timeout);

    auto* permissionHint = new QLabel(tr("Call records need the Microsoft Graph application permission "
                                         "CallRecords.Read.All, with admin consent. Signing in as a user "
                                         "(delegated permissions) is not supported."),
        this);
    permissionHint->setObjectName(QStringLiteral("permissionHint"));
    permissionHint->setWordWrap(true);
    permissionHint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Signs in with these settings, without saving them."));
    connect(m_testButton, &QPushButton::clicked, this, &GraphSettingsDialog::startTest);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &GraphSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_environmentNote);
    layout->addWidget(permissionHint);
    layout->addWidget(application);
    layout->addWidget(service);
    layout->addWidget(m_validation);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);

    // Both forms align their fields on one column.
    int labelWidth = 0;
    for (QFormLayout* form : { m_applicationForm, serviceForm }) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole))
                labelWidth = std::max(labelWidth, label->sizeHint().width());
        }
    }
    for (QFormLayout* form : { m_applicationForm, serviceForm }) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole); label && label->widget())
                label->widget()->setMinimumWidth(labelWidth);
        }
    }

    connect(m_cloud, &QComboBox::currentIndexChanged, this, &GraphSettingsDialog::cloudChanged);
    for (QLineEdit* edit : { m_tenant, m_client, m_graphUrl, m_authorityUrl })
        connect(edit, &QLineEdit::textChanged, this, &GraphSettingsDialog::updateValidation);

    setSecretStorageNote({});
    setSettings(GraphSettings());
}

Cloud GraphSettingsDialog::currentCloud() const
{
    return Cloud(m_cloud->currentData().toInt());
}

void GraphSettingsDialog::setSettings(const GraphSettings& settings)
{
    m_tenant->setText(settings.tenantId);
    m_client->setText(settings.clientId);
    (settings.credential == CredentialKind::Certificate ? m_certificateRadio : m_secretRadio)->setChecked(true);
    m_secret->setText(settings.clientSecret);
    m_certificate->setText(settings.certificatePath);
    m_certificatePassword->setText(settings.certificatePassword);
    m_algorithm->setCurrentIndex(m_algorithm->findData(int(settings.algorithm)));
    m_timeout->setValue(settings.timeoutSeconds);

    const bool custom = settings.cloud == Cloud::Custom;
    m_customGraphUrl = custom ? settings.graphUrl.toString() : QString();
    m_customAuthorityUrl = custom ? settings.authorityUrl.toString() : QString();
    {
        const QSignalBlocker blocker(m_cloud);
        m_cloud->setCurrentIndex(m_cloud->findData(int(settings.cloud)));
    }
    m_shownCloud = Cloud::Global; // nothing typed to keep: the URLs come from `settings`
    if (custom) {
        m_graphUrl->setText(m_customGraphUrl);
        m_authorityUrl->setText(m_customAuthorityUrl);
    }
    cloudChanged();
    updateCredentialFields();
}

GraphSettings GraphSettingsDialog::settings() const
{
    GraphSettings settings;
    settings.tenantId = m_tenant->text().trimmed();
    settings.clientId = m_client->text().trimmed();
    settings.credential = m_certificateRadio->isChecked() ? CredentialKind::Certificate : CredentialKind::Secret;
    // Secrets never contain white space; pasted ones often end with a space or a line break.
    settings.clientSecret = m_secret->text().trimmed();
    settings.certificatePath = m_certificate->text().trimmed();
    settings.certificatePassword = m_certificatePassword->text();
    settings.algorithm = AssertionAlgorithm(m_algorithm->currentData().toInt());
    settings.cloud = currentCloud();
    if (settings.cloud == Cloud::Custom) {
        QString error;
        settings.graphUrl = parseServiceUrl(m_graphUrl->text().trimmed(), tr("Graph URL"), &error);
        settings.authorityUrl = parseServiceUrl(m_authorityUrl->text().trimmed(), tr("Sign-in URL"), &error);
    } else {
        const CloudEndpoints endpoints = cloudEndpoints(settings.cloud);
        settings.graphUrl = endpoints.graph;
        settings.authorityUrl = endpoints.authority;
    }
    settings.timeoutSeconds = m_timeout->value();
    return settings;
}

QString GraphSettingsDialog::validationMessage() const
{
    if (m_tenant->text().trimmed().isEmpty())
        return tr("Enter the tenant ID (a GUID, or a domain such as contoso.onmicrosoft.com).");
    if (m_client->text().trimmed().isEmpty())
        return tr("Enter the client (application) ID of the app registration.");
    if (currentCloud() == Cloud::Custom) {
        QString error;
        parseServiceUrl(m_graphUrl->text().trimmed(), tr("Graph URL"), &error);
        if (error.isEmpty())
            parseServiceUrl(m_authorityUrl->text().trimmed(), tr("Sign-in URL"), &error);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

bool GraphSettingsDialog::isValid() const
{
    return validationMessage().isEmpty();
}

void GraphSettingsDialog::setEnvironmentNote(const QString& note)
{
    if (note.isEmpty())
        m_environmentNote->hide();
    else
        m_environmentNote->showMessage(Banner::Kind::Information, note);
    growToFit(this);
}

void GraphSettingsDialog::setSecretStorageNote(const QString& note)
{
    m_secretStorageNote->setText(note);
    m_applicationForm->setRowVisible(m_secretStorageNote, !note.isEmpty());
    growToFit(this);
}

void GraphSettingsDialog::showTestResult(bool ok, const QString& message)
{
    m_testing = false;
    const QString text = !message.isEmpty() ? message : ok ? tr("Connected.") : tr("The connection test failed.");
    m_testResult->setText(text);
    setMessageColor(m_testResult, ok ? Palette::successText(palette()) : Palette::errorText(palette()));
    updateValidation();
    growToFit(this);
}

void GraphSettingsDialog::accept()
{
    const QString message = validationMessage();
    if (!message.isEmpty()) {
        m_validation->setText(message);
        setMessageColor(m_validation, Palette::errorText(palette()));
        return;
    }
    QDialog::accept();
}

void GraphSettingsDialog::cloudChanged()
{
    if (m_shownCloud == Cloud::Custom) {
        m_customGraphUrl = m_graphUrl->text();
        m_customAuthorityUrl = m_authorityUrl->text();
    }
    const Cloud cloud = currentCloud();
    m_shownCloud = cloud;
    const bool custom = cloud == Cloud::Custom;
    if (custom) {
        // The first time, the previous cloud's URLs are a starting point to edit.
        if (!m_customGraphUrl.isEmpty())
            m_graphUrl->setText(m_customGraphUrl);
        if (!m_customAuthorityUrl.isEmpty())
            m_authorityUrl->setText(m_customAuthorityUrl);
    } else {
        const CloudEndpoints endpoints = cloudEndpoints(cloud);
        m_graphUrl->setText(endpoints.graph.toString());
        m_authorityUrl->setText(endpoints.authority.toString());
    }
    for (QLineEdit* edit : { m_graphUrl, m_authorityUrl }) {
        edit->setReadOnly(!custom);
        edit->setClearButtonEnabled(custom);
        edit->setToolTip(custom ? tr("https, or http for a service on this computer (localhost)")
                                : tr("Set by the cloud; choose Custom to change it."));
    }
    updateValidation();
}

void GraphSettingsDialog::updateCredentialFields()
{
    const bool certificate = m_certificateRadio->isChecked();
    const auto enable = [this](QWidget* field, bool enabled) {
        field->setEnabled(enabled);
        if (QWidget* label = m_applicationForm->labelForField(field))
            label->setEnabled(enabled);
    };
    enable(m_secret, !certificate);
    m_secretStorageNote->setEnabled(!certificate);
    enable(m_certificateField, certificate);
    enable(m_certificatePassword, certificate);
    enable(m_algorithm, certificate);
}

void GraphSettingsDialog::updateValidation()
{
    const QString message = validationMessage();
    m_validation->setText(message);
    m_validation->setVisible(!message.isEmpty());
    // Required fields still empty are a hint, not an error; a wrong URL is an error.
    const bool missing = m_tenant->text().trimmed().isEmpty() || m_client->text().trimmed().isEmpty();
    setMessageColor(m_validation, missing ? palette().color(QPalette::WindowText) : Palette::errorText(palette()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
    m_testButton->setEnabled(message.isEmpty() && !m_testing);
    growToFit(this);
}

void GraphSettingsDialog::browseCertificate()
{
    const QString current = m_certificate->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Certificate"),
        current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
        tr("Certificates (*.pem *.pfx *.p12);;All files (*)"));
    if (!path.isEmpty())
        m_certificate->setText(path);
}

void GraphSettingsDialog::startTest()
{
    if (m_testing || !isValid())
        return;
    m_testing = true;
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing…"));
    setMessageColor(m_testResult, palette().color(QPalette::WindowText));
    emit testConnectionRequested(settings());
}
