#include "aboutbox.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace {
// The texts were written for the main window; their translations keep that context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MainWindow)
};
} // namespace

namespace AboutBox {

QIcon applicationIcon()
{
    // Rendered from resources/icons/callrecord-viewer.svg by scripts/render-icons.
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/callrecord-viewer-%1.png").arg(size), QSize(size, size));
    return icon;
}

QString text()
{
    // Translations are escaped for HTML before the (HTML) arguments go in.
    const auto code = [](const char* text) -> QString {
        return QLatin1String("<code>") + QLatin1String(text) + QLatin1String("</code>");
    };
    //: %1 the viewer's version, e.g. 0.1.0
    const QString title = Tr::tr("Call Record Viewer %1").toHtmlEscaped().arg(QStringLiteral(CRV_VERSION));
    const QString what = Tr::tr("Shows Microsoft Teams call records: sessions, segments, media and streams with their "
                                "network, device and quality data, judged against call-quality thresholds.")
                             .toHtmlEscaped();
    //: %1 the Graph API's name and version, %2 the permission's name; both stay as they are
    const QString source = Tr::tr("The records come from the Microsoft Graph %1 API, read with the application "
                                  "permission %2, or from JSON files saved from Graph.")
                               .toHtmlEscaped()
                               .arg(code("callRecords") + QLatin1String(" v1.0"), code("CallRecords.Read.All"));
    //: %1 and %2 command-line options, they stay as they are
    const QString privacy
        = Tr::tr("Nothing is sent anywhere except to the Microsoft Graph and sign-in addresses that are "
                 "configured (Settings → Microsoft Graph, or %1 and %2 on the command line).")
              .toHtmlEscaped()
              .arg(code("--graph-url"), code("--authority-url"));
    //: %1 the Qt version the viewer runs with, %2 the Qt version it was built with
    const QString qt = Tr::tr("Runs on Qt %1, built with Qt %2.")
                           .toHtmlEscaped()
                           .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    //: %1 the licence's name, "MIT"
    const QString licence = Tr::tr("Copyright © 2026 The Call Record Viewer authors. Free software under the %1 "
                                   "licence: you may use, copy, change and share it; it comes without any warranty.")
                                .toHtmlEscaped()
                                .arg(QStringLiteral("MIT"));
    return QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><p>%4</p><p>%5</p><p><small>%6</small></p>")
        .arg(title, what, source, privacy, qt, licence);
}

void show(QWidget* parent)
{
    // QMessageBox::about would take the window icon, which only main() sets.
    QMessageBox box(parent);
    box.setWindowTitle(Tr::tr("About Call Record Viewer"));
    box.setIconPixmap(applicationIcon().pixmap(QSize(64, 64), parent ? parent->devicePixelRatio() : 1.0));
    box.setTextFormat(Qt::RichText);
    box.setText(text());
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

} // namespace AboutBox
