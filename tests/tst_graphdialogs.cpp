// The Microsoft Graph dialogs, offscreen: open a call by id, the settings, finding calls.
#include "findcallsdialog.h"
#include "format/displayformat.h"
#include "graphsettingsdialog.h"
#include "opencalldialog.h"
#include "record/loader.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const QString kCallId = u"2f1a1100-b174-40a0-aba7-0b405e01ed92"_s;
const QString kOtherCallId = u"8e5d9c3a-0d6e-4a47-9f0e-3c7b2a1d4e5f"_s;
const QString kUserId = u"821809f5-0b6d-4c1e-8d2a-3b5136c0e777"_s;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* widget = parent->findChild<T*>(name);
    if (!widget)
        qFatal("no child %s", qPrintable(name));
    return widget;
}

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

/// Replaces the text of `edit` by typing, as a user would.
void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/// Two calls a few hours ago, as Graph lists them; start and end in UTC.
std::vector<CallRecordPtr> twoCalls(const QDateTime& firstStartUtc)
{
    const auto iso = [](const QDateTime& time) -> QString { return time.toString(Qt::ISODateWithMs); };
    const QDateTime secondStart = firstStartUtc.addSecs(3600);
    const QString json = uR"({"value":[
        {"id":"%1","type":"groupCall","startDateTime":"%3","endDateTime":"%4",
         "organizer_v2":{"id":"%5","identity":{"user":{"id":"%5","displayName":"Abbie Wilkins"}}},
         "participants_v2":[{"id":"%5","identity":{"user":{"id":"%5","displayName":"Abbie Wilkins"}}},
                            {"id":"a","identity":{"phone":{"id":"+12345678900"}}},
                            {"id":"b","identity":{"guest":{"id":"b","displayName":"Guest"}}}]},
        {"id":"%2","type":"peerToPeer","startDateTime":"%6","endDateTime":"%7",
         "participants":[{"user":{"id":"%5"}},{"user":{"id":"c"}}]}
    ]})"_s.arg(kCallId, kOtherCallId, iso(firstStartUtc), iso(firstStartUtc.addSecs(25 * 60)), kUserId,
        iso(secondStart), iso(secondStart.addSecs(90)));
    LoadResult result = loadCallRecordBytes(json.toStdString(), u"test"_s);
    if (!result.ok() || result.records.size() != 2)
        qFatal("test records did not load: %s", qPrintable(result.error));
    return result.records;
}

QDateTime wholeMinutesAgo(int minutes)
{
    QDateTime now = QDateTime::currentDateTime();
    now = now.addSecs(-now.time().second()).addMSecs(-now.time().msec());
    return now.addSecs(-60 * minutes);
}
} // namespace

class TestGraphDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void openCallExtractsId_data();
    void openCallExtractsId();
    void openCallRefusesTextWithoutId();
    void openCallPrefillsFromClipboard();
    void openCallOffersRecentIds();

    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void settingsNationalCloudShowsItsEndpoints();
    void settingsCustomUrl_data();
    void settingsCustomUrl();
    void settingsRequireTenantAndClient();
    void settingsCredentialFieldsFollowTheKind();
    void settingsTestConnection();
    void settingsNotes();

    void findCallsSearchesInUtc();
    void findCallsValidatesTheQuery();
    void findCallsShowsResults();
    void findCallsOpensWithEnterAndButton();
    void findCallsBusyAndCancel();
    void findCallsShowsErrors();
    void findCallsNothingFound();
};

void TestGraphDialogs::initTestCase()
{
    // Central European time, so that local and UTC times differ whatever the machine's zone.
    qputenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3");
    tzset();
    QVERIFY(QDateTime::currentDateTime().offsetFromUtc() != 0);
}

void TestGraphDialogs::init()
{
    QGuiApplication::clipboard()->clear();
}

void TestGraphDialogs::openCallExtractsId_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bare id") << kCallId;
    QTest::newRow("upper case, spaces") << u"  "_s + kCallId.toUpper() + u"  "_s;
    QTest::newRow("Graph URL") << u"https://graph.microsoft.com/v1.0/communications/callRecords/"_s + kCallId
            + u"?$expand=sessions($expand=segments)"_s;
    QTest::newRow("Graph URL, OData key")
        << u"https://graph.microsoft.com/v1.0/communications/callRecords('"_s + kCallId + u"')"_s;
    QTest::newRow("Teams admin center URL")
        << u"https://admin.teams.microsoft.com/analytics/calls/"_s + kCallId + u"?tab=overview#advanced"_s;
    QTest::newRow("text") << u"Call ID: "_s + kCallId + u" (from the ticket)"_s;
}

void TestGraphDialogs::openCallExtractsId()
{
    QFETCH(QString, text);
    OpenCallDialog dialog;
    dialog.show();
    auto* edit = child<QLineEdit>(&dialog, u"callIdEdit"_s);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());

    // Pasting is inserting the text at once.
    edit->setFocus();
    edit->insert(text);
    QCOMPARE(dialog.callId(), kCallId);
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, u"callIdStatus"_s)->text(), u"Call id: "_s + kCallId);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.callId(), kCallId);
}

void TestGraphDialogs::openCallRefusesTextWithoutId()
{
    OpenCallDialog dialog;
    dialog.show();
    auto* edit = child<QLineEdit>(&dialog, u"callIdEdit"_s);
    auto* status = child<QLabel>(&dialog, u"callIdStatus"_s);
    QTest::keyClicks(edit, u"https://graph.microsoft.com/v1.0/communications/callRecords/2f1a1100-b174"_s);
    QVERIFY(dialog.callId().isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(status->text().startsWith(u"No call id found in this text."_s));

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);

    // Completing the id enables Open; clearing the field removes the message.
    QTest::keyClicks(edit, u"-40a0-aba7-0b405e01ed92"_s);
    QCOMPARE(dialog.callId(), kCallId);
    QVERIFY(okButton(&dialog)->isEnabled());
    edit->clear();
    QVERIFY(status->text().isEmpty());
    QVERIFY(!okButton(&dialog)->isEnabled());
}

void TestGraphDialogs::openCallPrefillsFromClipboard()
{
    {
        QGuiApplication::clipboard()->setText(u"nothing to see here"_s);
        OpenCallDialog dialog;
        QVERIFY(dialog.text().isEmpty());
    }
    QGuiApplication::clipboard()->setText(u"https://graph.microsoft.com/v1.0/communications/callRecords/"_s + kCallId);
    OpenCallDialog dialog;
    dialog.show();
    auto* edit = child<QLineEdit>(&dialog, u"callIdEdit"_s);
    QCOMPARE(edit->text(), kCallId);
    QCOMPARE(edit->selectedText(), kCallId);
    QVERIFY(okButton(&dialog)->isEnabled());
    // Typing replaces the prefilled id.
    edit->setFocus();
    QTest::keyClicks(edit, u"x"_s);
    QCOMPARE(edit->text(), u"x"_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
}

void TestGraphDialogs::openCallOffersRecentIds()
{
    OpenCallDialog dialog;
    dialog.setRecentIds({ kOtherCallId, kCallId });
    QCOMPARE(dialog.recentIds(), QStringList({ kOtherCallId, kCallId }));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* edit = child<QLineEdit>(&dialog, u"callIdEdit"_s);
    QCompleter* completer = edit->completer();
    QVERIFY(completer);

    // Down lists every recent id; typing filters them.
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Down);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 2);
    QTest::keyClick(completer->popup(), Qt::Key_Escape);
    QTRY_VERIFY(!completer->popup()->isVisible());

    QTest::keyClicks(edit, u"aba7"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), kCallId);
}

void TestGraphDialogs::settingsRoundTrip_data()
{
    QTest::addColumn<GraphSettings>("settings");

    GraphSettings secret;
    secret.tenantId = u"contoso.onmicrosoft.com"_s;
    secret.clientId = u"6731de76-14a6-49ae-97bc-6eba6914391e"_s;
    secret.credential = CredentialKind::Secret;
    secret.clientSecret = u"abc~DEF.123_secret"_s;
    secret.timeoutSeconds = 45;
    QTest::newRow("secret, global") << secret;

    GraphSettings certificate;
    certificate.tenantId = u"dc368399-474c-4d40-900c-6265431fd81f"_s;
    certificate.clientId = u"6731de76-14a6-49ae-97bc-6eba6914391e"_s;
    certificate.credential = CredentialKind::Certificate;
    certificate.clientSecret = u"kept while the certificate is used"_s;
    certificate.certificatePath = u"/home/helpdesk/certificates/viewer.pfx"_s;
    certificate.certificatePassword = u" pass word "_s;
    certificate.algorithm = AssertionAlgorithm::RS256;
    certificate.cloud = Cloud::UsGovL5;
    certificate.graphUrl = cloudEndpoints(Cloud::UsGovL5).graph;
    certificate.authorityUrl = cloudEndpoints(Cloud::UsGovL5).authority;
    certificate.timeoutSeconds = 300;
    QTest::newRow("certificate, DoD") << certificate;

    GraphSettings l4 = secret;
    l4.cloud = Cloud::UsGovL4;
    l4.graphUrl = cloudEndpoints(Cloud::UsGovL4).graph;
    l4.authorityUrl = cloudEndpoints(Cloud::UsGovL4).authority;
    l4.timeoutSeconds = 5;
    QTest::newRow("secret, GCC High") << l4;

    GraphSettings custom = certificate;
    custom.algorithm = AssertionAlgorithm::PS256;
    custom.cloud = Cloud::Custom;
    custom.graphUrl = QUrl(u"http://127.0.0.1:8080/graph"_s);
    custom.authorityUrl = QUrl(u"https://login.example.test"_s);
    QTest::newRow("custom URLs") << custom;
}

void TestGraphDialogs::settingsRoundTrip()
{
    QFETCH(GraphSettings, settings);
    GraphSettingsDialog dialog;
    dialog.setSettings(settings);
    const GraphSettings shown = dialog.settings();
    QCOMPARE(shown.tenantId, settings.tenantId);
    QCOMPARE(shown.clientId, settings.clientId);
    QCOMPARE(shown.credential, settings.credential);
    QCOMPARE(shown.clientSecret, settings.clientSecret);
    QCOMPARE(shown.certificatePath, settings.certificatePath);
    QCOMPARE(shown.certificatePassword, settings.certificatePassword);
    QCOMPARE(shown.algorithm, settings.algorithm);
    QCOMPARE(shown.cloud, settings.cloud);
    QCOMPARE(shown.graphUrl, settings.graphUrl);
    QCOMPARE(shown.authorityUrl, settings.authorityUrl);
    QCOMPARE(shown.timeoutSeconds, settings.timeoutSeconds);
    QVERIFY(dialog.isValid());
    QVERIFY(okButton(&dialog)->isEnabled());

    // What the widgets show.
    QCOMPARE(child<QLineEdit>(&dialog, u"tenantEdit"_s)->text(), settings.tenantId);
    QCOMPARE(child<QLineEdit>(&dialog, u"graphUrlEdit"_s)->text(), settings.graphUrl.toString());
    QCOMPARE(child<QLineEdit>(&dialog, u"secretEdit"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(&dialog, u"certificatePasswordEdit"_s)->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QRadioButton>(&dialog, u"certificateRadio"_s)->isChecked(),
        settings.credential == CredentialKind::Certificate);

    // A second dialog given the result shows the same.
    GraphSettingsDialog again;
    again.setSettings(shown);
    QCOMPARE(again.settings().graphUrl, settings.graphUrl);
    QCOMPARE(again.settings().cloud, settings.cloud);
}

void TestGraphDialogs::settingsNationalCloudShowsItsEndpoints()
{
    GraphSettingsDialog dialog;
    dialog.show();
    auto* cloud = child<QComboBox>(&dialog, u"cloudCombo"_s);
    auto* graphUrl = child<QLineEdit>(&dialog, u"graphUrlEdit"_s);
    auto* authorityUrl = child<QLineEdit>(&dialog, u"authorityUrlEdit"_s);
    QCOMPARE(cloud->count(), 4);
    QCOMPARE(cloud->itemText(2), cloudDisplayName(Cloud::UsGovL5));
    QCOMPARE(graphUrl->text(), u"https://graph.microsoft.com"_s);
    QVERIFY(graphUrl->isReadOnly());
    QVERIFY(authorityUrl->isReadOnly());

    cloud->setCurrentIndex(cloud->findData(int(Cloud::UsGovL5)));
    QCOMPARE(graphUrl->text(), u"https://dod-graph.microsoft.us"_s);
    QCOMPARE(authorityUrl->text(), u"https://login.microsoftonline.us"_s);

    // Custom starts from the URLs shown and makes them editable; what is typed there is kept
    // while another cloud is chosen.
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Custom)));
    QVERIFY(!graphUrl->isReadOnly());
    QCOMPARE(graphUrl->text(), u"https://dod-graph.microsoft.us"_s);
    retype(graphUrl, u"https://graph.example.test"_s);
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Global)));
    QCOMPARE(graphUrl->text(), u"https://graph.microsoft.com"_s);
    QCOMPARE(dialog.settings().graphUrl, QUrl(u"https://graph.microsoft.com"_s));
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Custom)));
    QCOMPARE(graphUrl->text(), u"https://graph.example.test"_s);
}

void TestGraphDialogs::settingsCustomUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://graph.example.test"_s << true;
    QTest::newRow("https, trailing slash") << u"https://graph.example.test/"_s << true;
    QTest::newRow("http, loopback with port") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("http, localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("http, IPv6 loopback") << u"http://[::1]:8080"_s << true;
    QTest::newRow("http, other host") << u"http://graph.example.test"_s << false;
    QTest::newRow("http, LAN address") << u"http://192.168.1.10:8080"_s << false;
    QTest::newRow("ftp") << u"ftp://graph.example.test"_s << false;
    QTest::newRow("no scheme") << u"graph.example.test"_s << false;
    QTest::newRow("user info") << u"https://user:pw@graph.example.test"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestGraphDialogs::settingsCustomUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    GraphSettings settings;
    settings.tenantId = u"contoso.onmicrosoft.com"_s;
    settings.clientId = u"6731de76-14a6-49ae-97bc-6eba6914391e"_s;
    GraphSettingsDialog dialog;
    dialog.setSettings(settings);
    dialog.show();
    auto* cloud = child<QComboBox>(&dialog, u"cloudCombo"_s);
    auto* validation = child<QLabel>(&dialog, u"validationLabel"_s);
    cloud->setCurrentIndex(cloud->findData(int(Cloud::Custom)));
    QVERIFY(dialog.isValid());
    QVERIFY(validation->isHidden());

    for (const QString& name : { u"graphUrlEdit"_s, u"authorityUrlEdit"_s }) {
        auto* edit = child<QLineEdit>(&dialog, name);
        retype(edit, url);
        QCOMPARE(dialog.isValid(), accepted);
        QCOMPARE(okButton(&dialog)->isEnabled(), accepted);
        QCOMPARE(child<QPushButton>(&dialog, u"testButton"_s)->isEnabled(), accepted);
        QCOMPARE(validation->isVisible(), !accepted);
        if (!accepted) {
            QVERIFY(!validation->text().isEmpty());
            QCOMPARE(validation->text(), dialog.validationMessage());
            // Enter does not accept the dialog either.
            QSignalSpy spy(&dialog, &QDialog::accepted);
            QTest::keyClick(edit, Qt::Key_Return);
            QCOMPARE(spy.count(), 0);
        } else {
            const GraphSettings shown = dialog.settings();
            const QUrl expected(url.endsWith(u'/') ? url.chopped(1) : url);
            QCOMPARE(name == u"graphUrlEdit" ? shown.graphUrl : shown.authorityUrl, expected);
        }
        retype(edit, u"https://ok.example.test"_s);
        QVERIFY(dialog.isValid());
    }
    // The refusal of plain http names the host.
    if (url == u"http://graph.example.test") {
        retype(child<QLineEdit>(&dialog, u"graphUrlEdit"_s), url);
        QVERIFY2(validation->text().contains(u"graph.example.test"_s), qPrintable(validation->text()));
    }
}

void TestGraphDialogs::settingsRequireTenantAndClient()
{
    GraphSettingsDialog dialog;
    dialog.show();
    auto* tenant = child<QLineEdit>(&dialog, u"tenantEdit"_s);
    auto* client = child<QLineEdit>(&dialog, u"clientEdit"_s);
    auto* validation = child<QLabel>(&dialog, u"validationLabel"_s);
    QVERIFY(!dialog.isValid());
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(validation->isVisible());
    QVERIFY(validation->text().contains(u"tenant"_s));

    QTest::keyClicks(tenant, u"contoso.onmicrosoft.com"_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(validation->text().contains(u"client"_s));
    QTest::keyClicks(client, u"   "_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(client, u"6731de76-14a6-49ae-97bc-6eba6914391e "_s);
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(validation->isHidden());
    QCOMPARE(dialog.settings().clientId, u"6731de76-14a6-49ae-97bc-6eba6914391e"_s);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(client, Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
}

void TestGraphDialogs::settingsCredentialFieldsFollowTheKind()
{
    GraphSettingsDialog dialog;
    dialog.show();
    auto* secretRadio = child<QRadioButton>(&dialog, u"secretRadio"_s);
    auto* certificateRadio = child<QRadioButton>(&dialog, u"certificateRadio"_s);
    auto* secret = child<QLineEdit>(&dialog, u"secretEdit"_s);
    auto* certificate = child<QLineEdit>(&dialog, u"certificateEdit"_s);
    auto* password = child<QLineEdit>(&dialog, u"certificatePasswordEdit"_s);
    auto* browse = child<QPushButton>(&dialog, u"browseButton"_s);
    auto* algorithm = child<QComboBox>(&dialog, u"algorithmCombo"_s);

    QVERIFY(secretRadio->isChecked());
    QVERIFY(secret->isEnabled());
    for (QWidget* widget : std::initializer_list<QWidget*> { certificate, password, browse, algorithm })
        QVERIFY(!widget->isEnabled());
    QCOMPARE(algorithm->currentText(), u"PS256 (recommended)"_s);

    QTest::mouseClick(certificateRadio, Qt::LeftButton);
    QVERIFY(certificateRadio->isChecked());
    QVERIFY(!secret->isEnabled());
    for (QWidget* widget : std::initializer_list<QWidget*> { certificate, password, browse, algorithm })
        QVERIFY(widget->isEnabled());
    QTest::keyClicks(certificate, u"/tmp/viewer.pem"_s);
    algorithm->setCurrentIndex(1);
    const GraphSettings settings = dialog.settings();
    QCOMPARE(settings.credential, CredentialKind::Certificate);
    QCOMPARE(settings.certificatePath, u"/tmp/viewer.pem"_s);
    QCOMPARE(settings.algorithm, AssertionAlgorithm::RS256);

    QTest::mouseClick(secretRadio, Qt::LeftButton);
    QVERIFY(secret->isEnabled());
    QVERIFY(!certificate->isEnabled());
    QCOMPARE(dialog.settings().credential, CredentialKind::Secret);
}

void TestGraphDialogs::settingsTestConnection()
{
    GraphSettingsDialog dialog;
    dialog.show();
    auto* button = child<QPushButton>(&dialog, u"testButton"_s);
    auto* result = child<QLabel>(&dialog, u"testResult"_s);
    QVERIFY(!button->isEnabled()); // nothing to test yet
    QTest::keyClicks(child<QLineEdit>(&dialog, u"tenantEdit"_s), u"contoso.onmicrosoft.com"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"clientEdit"_s), u"6731de76-14a6-49ae-97bc-6eba6914391e"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"secretEdit"_s), u"s3cret"_s);
    child<QSpinBox>(&dialog, u"timeoutSpin"_s)->setValue(12);
    QVERIFY(button->isEnabled());

    std::vector<GraphSettings> requests;
    connect(&dialog, &GraphSettingsDialog::testConnectionRequested, &dialog,
        [&requests](const GraphSettings& settings) { requests.push_back(settings); });
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requests.size(), size_t(1));
    QCOMPARE(requests[0].tenantId, u"contoso.onmicrosoft.com"_s);
    QCOMPARE(requests[0].clientId, u"6731de76-14a6-49ae-97bc-6eba6914391e"_s);
    QCOMPARE(requests[0].clientSecret, u"s3cret"_s);
    QCOMPARE(requests[0].timeoutSeconds, 12);
    QVERIFY(dialog.isTesting());
    QVERIFY(!button->isEnabled());
    QCOMPARE(result->text(), u"Testing…"_s);
    // A second click does not start another test.
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requests.size(), size_t(1));

    const QString failure = u"AADSTS7000215: Invalid client secret provided."_s;
    dialog.showTestResult(false, failure);
    QVERIFY(!dialog.isTesting());
    QVERIFY(button->isEnabled());
    QCOMPARE(result->text(), failure);
    QVERIFY(result->textInteractionFlags() & Qt::TextSelectableByMouse);
    const QColor red = result->palette().color(QPalette::WindowText);
    QVERIFY(red.red() > red.green());

    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requests.size(), size_t(2));
    dialog.showTestResult(true, u"Connected: 3 call records in the last day."_s);
    QVERIFY(button->isEnabled());
    const QColor green = result->palette().color(QPalette::WindowText);
    QVERIFY(green.green() > green.red());
}

void TestGraphDialogs::settingsNotes()
{
    GraphSettingsDialog dialog;
    dialog.show();
    QWidget* environment = child<QWidget>(&dialog, u"environmentNote"_s);
    auto* storage = child<QLabel>(&dialog, u"secretStorageNote"_s);
    QVERIFY(environment->isHidden());
    QVERIFY(storage->isHidden());
    QVERIFY(child<QLabel>(&dialog, u"permissionHint"_s)->text().contains(u"CallRecords.Read.All"_s));

    dialog.setEnvironmentNote(u"AZURE_TENANT_ID and AZURE_CLIENT_ID are set and override these fields."_s);
    QVERIFY(environment->isVisible());
    dialog.setSecretStorageNote(u"Stored in the system keychain."_s);
    QVERIFY(storage->isVisible());
    QCOMPARE(storage->text(), u"Stored in the system keychain."_s);

    dialog.setEnvironmentNote({});
    dialog.setSecretStorageNote({});
    QVERIFY(environment->isHidden());
    QVERIFY(storage->isHidden());
}

void TestGraphDialogs::findCallsSearchesInUtc()
{
    FindCallsDialog dialog;
    dialog.show();
    auto* participant = child<QLineEdit>(&dialog, u"participantEdit"_s);
    auto* from = child<QDateTimeEdit>(&dialog, u"fromEdit"_s);
    auto* to = child<QDateTimeEdit>(&dialog, u"toEdit"_s);
    auto* search = child<QPushButton>(&dialog, u"searchButton"_s);

    // The last 24 hours by default, in local time.
    QCOMPARE(from->dateTime().secsTo(to->dateTime()), 24 * 3600);
    QVERIFY(qAbs(to->dateTime().secsTo(QDateTime::currentDateTime())) < 120);
    QCOMPARE(from->timeSpec(), Qt::LocalTime);
    QVERIFY(from->calendarPopup());
    QVERIFY(!search->isEnabled());

    const QDateTime start = wholeMinutesAgo(6 * 60);
    const QDateTime end = wholeMinutesAgo(30);
    from->setDateTime(start);
    to->setDateTime(end);

    QSignalSpy spy(&dialog, &FindCallsDialog::searchRequested);
    QTest::keyClicks(participant,
        u"https://portal.azure.com/#view/Microsoft_AAD_UsersAndTenants/UserProfileMenuBlade/~/overview/userId/"_s
            + kUserId);
    QCOMPARE(dialog.participantId(), kUserId);
    QVERIFY(search->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, u"participantStatus"_s)->text(), u"Object id: "_s + kUserId);
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    const QList<QVariant> arguments = spy.takeFirst();
    QCOMPARE(arguments.at(0).toString(), kUserId);
    const QDateTime fromUtc = arguments.at(1).toDateTime();
    const QDateTime toUtc = arguments.at(2).toDateTime();
    QCOMPARE(fromUtc.timeSpec(), Qt::UTC);
    QCOMPARE(toUtc.timeSpec(), Qt::UTC);
    QCOMPARE(fromUtc, start.toUTC());
    QCOMPARE(toUtc, end.toUTC());
    QCOMPARE(fromUtc.toMSecsSinceEpoch(), start.toMSecsSinceEpoch());
    QVERIFY(fromUtc.time() != start.time()); // the zone set in initTestCase is not UTC

    // The Search button does the same.
    QTest::mouseClick(search, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
}

void TestGraphDialogs::findCallsValidatesTheQuery()
{
    FindCallsDialog dialog;
    dialog.show();
    auto* participant = child<QLineEdit>(&dialog, u"participantEdit"_s);
    auto* from = child<QDateTimeEdit>(&dialog, u"fromEdit"_s);
    auto* to = child<QDateTimeEdit>(&dialog, u"toEdit"_s);
    auto* search = child<QPushButton>(&dialog, u"searchButton"_s);
    auto* participantStatus = child<QLabel>(&dialog, u"participantStatus"_s);
    auto* rangeStatus = child<QLabel>(&dialog, u"rangeStatus"_s);
    QSignalSpy spy(&dialog, &FindCallsDialog::searchRequested);
    QVERIFY(rangeStatus->text().contains(u"kept for 30 days"_s));

    QTest::keyClicks(participant, u"Abbie Wilkins"_s);
    QVERIFY(!search->isEnabled());
    QVERIFY(participantStatus->isVisible());
    QVERIFY(participantStatus->text().startsWith(u"No object id found"_s));
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);

    retype(participant, kUserId);
    QVERIFY(search->isEnabled());
    QVERIFY(participantStatus->isHidden()); // the text is the id: nothing to add

    // The start must come before the end...
    from->setDateTime(to->dateTime().addSecs(60));
    QVERIFY(!search->isEnabled());
    QVERIFY(rangeStatus->text().contains(u"before"_s));
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);

    // ... and not more than 30 days ago.
    from->setDateTime(QDateTime::currentDateTime().addDays(-31));
    QVERIFY(!search->isEnabled());
    QVERIFY2(rangeStatus->text().contains(u"kept for 30 days"_s), qPrintable(rangeStatus->text()));
    const QColor red = rangeStatus->palette().color(QPalette::WindowText);
    QVERIFY(red.red() > red.green());
    from->setDateTime(QDateTime::currentDateTime().addDays(-29));
    QVERIFY(search->isEnabled());
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
}

void TestGraphDialogs::findCallsShowsResults()
{
    FindCallsDialog dialog;
    dialog.show();
    auto* view = child<QTreeView>(&dialog, u"resultsView"_s);
    auto* status = child<QLabel>(&dialog, u"status"_s);
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->columnCount(), int(FindCallsDialog::ColumnCount));
    QCOMPARE(model->rowCount(), 0);

    const QDateTime firstStart = wholeMinutesAgo(300).toUTC();
    const std::vector<CallRecordPtr> records = twoCalls(firstStart);
    dialog.setBusy(u"Searching…"_s);
    dialog.setResults(records);
    QVERIFY(!dialog.isBusy());
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(status->text(), u"2 calls"_s);

    // Newest first.
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, FindCallsDialog::CallIdColumn), kOtherCallId);
    QCOMPARE(cell(1, FindCallsDialog::CallIdColumn), kCallId);
    QCOMPARE(cell(1, FindCallsDialog::StartColumn), DisplayFormat::localDateTime(records[0]->startDateTime));
    QCOMPARE(cell(1, FindCallsDialog::DurationColumn),
        DisplayFormat::duration(records[0]->startDateTime, records[0]->endDateTime));
    QVERIFY(cell(1, FindCallsDialog::DurationColumn).startsWith(u"25"_s));
    QCOMPARE(cell(0, FindCallsDialog::DurationColumn),
        DisplayFormat::duration(records[1]->startDateTime, records[1]->endDateTime));
    QCOMPARE(cell(1, FindCallsDialog::TypeColumn), u"Group call"_s);
    QCOMPARE(cell(0, FindCallsDialog::TypeColumn), u"Peer-to-peer"_s);
    QCOMPARE(cell(1, FindCallsDialog::ParticipantsColumn), u"3"_s); // participants_v2
    QCOMPARE(cell(0, FindCallsDialog::ParticipantsColumn), u"2"_s); // deprecated participants
    QCOMPARE(cell(1, FindCallsDialog::OrganizerColumn), u"Abbie Wilkins"_s);
    QCOMPARE(cell(0, FindCallsDialog::OrganizerColumn), QString());

    // Sortable by time, numerically.
    view->sortByColumn(FindCallsDialog::StartColumn, Qt::AscendingOrder);
    QCOMPARE(cell(0, FindCallsDialog::CallIdColumn), kCallId);
    view->sortByColumn(FindCallsDialog::DurationColumn, Qt::AscendingOrder);
    QCOMPARE(cell(0, FindCallsDialog::CallIdColumn), kOtherCallId); // 90 s before 25 min
    view->sortByColumn(FindCallsDialog::ParticipantsColumn, Qt::DescendingOrder);
    QCOMPARE(cell(0, FindCallsDialog::CallIdColumn), kCallId);

    // Double-click opens the call of that row.
    QSignalSpy open(&dialog, &FindCallsDialog::openRequested);
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = model->index(row, FindCallsDialog::TypeColumn);
        const QPoint pos = view->visualRect(index).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.takeFirst().at(0).toString(), cell(row, FindCallsDialog::CallIdColumn));
    }

    // A new search result replaces the rows.
    dialog.setResults({ records[0] });
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(status->text(), u"1 call"_s);
}

void TestGraphDialogs::findCallsOpensWithEnterAndButton()
{
    FindCallsDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* view = child<QTreeView>(&dialog, u"resultsView"_s);
    auto* openButton = child<QPushButton>(&dialog, u"openButton"_s);
    QSignalSpy open(&dialog, &FindCallsDialog::openRequested);
    QSignalSpy search(&dialog, &FindCallsDialog::searchRequested);
    QVERIFY(!openButton->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&dialog, u"participantEdit"_s), kUserId);
    dialog.setResults(twoCalls(wholeMinutesAgo(300).toUTC()));
    // The results take the focus, with the newest call current.
    QTRY_COMPARE(QApplication::focusWidget(), view);
    QVERIFY(openButton->isEnabled());
    QCOMPARE(dialog.currentCallId(), kOtherCallId);

    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.takeFirst().at(0).toString(), kOtherCallId);
    QCOMPARE(search.count(), 0); // Enter on a result does not search again
    QVERIFY(dialog.isVisible());

    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(dialog.currentCallId(), kCallId);
    QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.takeFirst().at(0).toString(), kCallId);

    QTest::mouseClick(openButton, Qt::LeftButton);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.takeFirst().at(0).toString(), kCallId);
    QCOMPARE(search.count(), 0);
}

void TestGraphDialogs::findCallsBusyAndCancel()
{
    FindCallsDialog dialog;
    dialog.show();
    auto* participant = child<QLineEdit>(&dialog, u"participantEdit"_s);
    auto* search = child<QPushButton>(&dialog, u"searchButton"_s);
    auto* cancel = child<QPushButton>(&dialog, u"cancelButton"_s);
    auto* status = child<QLabel>(&dialog, u"status"_s);
    QTest::keyClicks(participant, kUserId);
    QVERIFY(search->isEnabled());
    QVERIFY(cancel->isHidden());

    QSignalSpy searches(&dialog, &FindCallsDialog::searchRequested);
    QSignalSpy cancels(&dialog, &FindCallsDialog::cancelRequested);
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(searches.count(), 1);
    dialog.setBusy(u"Searching… 2 pages read"_s);
    QVERIFY(dialog.isBusy());
    QVERIFY(!search->isEnabled());
    QVERIFY(cancel->isVisible());
    QCOMPARE(status->text(), u"Searching… 2 pages read"_s);
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(searches.count(), 1); // no second search while one runs

    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(cancels.count(), 1);
    QVERIFY(!dialog.isBusy());
    QVERIFY(cancel->isHidden());
    QVERIFY(search->isEnabled());
    QTest::keyClick(participant, Qt::Key_Return);
    QCOMPARE(searches.count(), 2);
}

void TestGraphDialogs::findCallsShowsErrors()
{
    FindCallsDialog dialog;
    dialog.show();
    auto* status = child<QLabel>(&dialog, u"status"_s);
    QTest::keyClicks(child<QLineEdit>(&dialog, u"participantEdit"_s), kUserId);
    dialog.setBusy(u"Searching…"_s);
    const QString error = u"Microsoft Graph refused the request (403 Forbidden): the application lacks "
                          "CallRecords.Read.All. request-id: 1f0c…"_s;
    dialog.showError(error);
    QVERIFY(!dialog.isBusy());
    QVERIFY(child<QPushButton>(&dialog, u"searchButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, u"cancelButton"_s)->isHidden());
    QCOMPARE(status->text(), error);
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QVERIFY(status->textInteractionFlags() & Qt::TextSelectableByMouse);
    const QColor red = status->palette().color(QPalette::WindowText);
    QVERIFY(red.red() > red.green());
}

void TestGraphDialogs::findCallsNothingFound()
{
    FindCallsDialog dialog;
    dialog.show();
    dialog.setResults(twoCalls(wholeMinutesAgo(300).toUTC()));
    dialog.setBusy(u"Searching…"_s);
    dialog.setResults({});
    QCOMPARE(dialog.resultsModel()->rowCount(), 0);
    QCOMPARE(child<QLabel>(&dialog, u"status"_s)->text(), u"No calls found in this time range."_s);
    QVERIFY(!child<QPushButton>(&dialog, u"openButton"_s)->isEnabled());
    QVERIFY(dialog.currentCallId().isEmpty());
}

QTEST_MAIN(TestGraphDialogs)
#include "tst_graphdialogs.moc"
