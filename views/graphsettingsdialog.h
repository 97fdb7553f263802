#pragma once

#include "graph/graphconfig.h"

#include <QDialog>

class Banner;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

/// Edits how the viewer signs in to Microsoft Graph (tenant, application, credential, cloud).
/// It only collects the settings: the application stores them, runs the connection test it is
/// asked for (testConnectionRequested) and reports back with showTestResult().
class GraphSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit GraphSettingsDialog(QWidget* parent = nullptr);

    void setSettings(const GraphSettings& settings);
    /// The settings as shown, ids and paths trimmed. For a national cloud the URLs are that
    /// cloud's endpoints; for Custom they are the typed URLs (empty when invalid, see isValid()).
    GraphSettings settings() const;
    /// True when OK may be pressed: tenant and client ids given, custom URLs acceptable.
    bool isValid() const;
    /// Why the settings cannot be accepted, "" when they can.
    QString validationMessage() const;

    /// A note at the top (e.g. which fields environment variables override); "" hides it.
    void setEnvironmentNote(const QString& note);
    /// Where the client secret is kept, shown under the secret field; "" hides it.
    void setSecretStorageNote(const QString& note);

    bool isTesting() const { return m_testing; }
    /// Ends a test started by testConnectionRequested(): `message` is shown in green or red,
    /// selectable so that error codes can be copied.
    void showTestResult(bool ok, const QString& message);

    void accept() override;

signals:
    void testConnectionRequested(const GraphSettings& settings);

private:
    Cloud currentCloud() const;
    void cloudChanged();
    void updateCredentialFields();
    void updateValidation();
    void browseCertificate();
    void startTest();

    Banner* m_environmentNote;
    QLineEdit* m_tenant;
    QLineEdit* m_client;
    QRadioButton* m_secretRadio;
    QRadioButton* m_certificateRadio;
    QButtonGroup* m_credentialGroup;
    QLineEdit* m_secret;
    QLabel* m_secretStorageNote;
    QWidget* m_certificateField; ///< the certificate path and its Browse button
    QLineEdit* m_certificate;
    QPushButton* m_browse;
    QLineEdit* m_certificatePassword;
    QComboBox* m_algorithm;
    QComboBox* m_cloud;
    QLineEdit* m_graphUrl;
    QLineEdit* m_authorityUrl;
    QSpinBox* m_timeout;
    QLabel* m_validation;
    QPushButton* m_testButton;
    QLabel* m_testResult;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_applicationForm = nullptr;

    /// URLs typed for Custom, kept while another cloud is shown.
    QString m_customGraphUrl;
    QString m_customAuthorityUrl;
    Cloud m_shownCloud = Cloud::Global;
    bool m_testing = false;
};
