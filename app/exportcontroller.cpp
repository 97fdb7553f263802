#include "exportcontroller.h"

#include "documenttabs.h"
#include "export/exportformats.h"
#include "export/savefile.h"
#include "exportdialog.h"
#include "exporter.h"
#include "record/jsonwriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

ExportController::ExportController(QMainWindow* window, DocumentTabs* tabs, std::function<bool()> redactedPreview)
    : QObject(window)
    , m_window(window)
    , m_tabs(tabs)
    , m_redactedPreview(std::move(redactedPreview))
{
}

void ExportController::showMessage(const QString& text, int milliseconds) const
{
    m_window->statusBar()->showMessage(text, milliseconds);
}

QByteArray ExportController::exportCurrent(
    const QString& format, const QString& view, bool redact, QString* error) const
{
    RecordDocument* document = m_tabs->currentDocument();
    if (!document) {
        *error = tr("There is no record to export.");
        return {};
    }
    ExportRequest request;
    request.format = format;
    request.view = view;
    request.redact = redact;
    request.windowSize = m_window->size();
    request.treeHeaderState = m_tabs->headerState();
    return exportDocumentsAs({ document }, request, error);
}

QString ExportController::exportTo(const QString& path, const QString& format, const QString& view, bool redact)
{
    QString error;
    const QByteArray bytes = exportCurrent(format, view, redact, &error);
    if (bytes.isEmpty())
        return error.isEmpty() ? tr("Nothing was exported.") : error;
    return writeFileAtomically(path, bytes);
}

QString ExportController::saveCurrentAsJson(const QString& path)
{
    RecordDocument* document = m_tabs->currentDocument();
    if (!document)
        return tr("There is no record to save.");
    const std::string json = writeCallRecordsJson({ document->record() });
    return writeFileAtomically(path, QByteArray(json.data(), qsizetype(json.size())));
}

void ExportController::showSaveJsonDialog()
{
    RecordDocument* document = m_tabs->currentDocument();
    if (!document)
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("lastFolder")).toString();
    const CallRecordPtr record = document->record();
    const QString name = record->id.isNull() ? QStringLiteral("call-record.json") : record->id.toQString() + u".json";
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save call record as JSON"), QDir(folder).filePath(name), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    if (const QString error = saveCurrentAsJson(path); !error.isEmpty())
        QMessageBox::warning(m_window, tr("Save as JSON"), error);
    else
        //: %1 the path of the JSON file written, e.g. "/home/ana/call.json"
        showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ExportController::showExportDialog()
{
    RecordDocument* document = m_tabs->currentDocument();
    if (!document) {
        showMessage(tr("Open a call record first."), 4000);
        return;
    }
    QSettings settings;
    ExportDialog dialog(m_window);
    const QString format = settings.value(QStringLiteral("export/format"), QStringLiteral("png")).toString();
    dialog.setFormat(findExportFormat(format) ? format : QStringLiteral("png"));
    dialog.setView(settings.value(QStringLiteral("export/view"), QStringLiteral("window")).toString());
    for (const ExportFormat& f : exportFormats())
        dialog.setRedactDefault(f.idText(), settings.value(u"export/redact/" + f.idText(), f.redactByDefault).toBool());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString chosen = dialog.format();
    settings.setValue(QStringLiteral("export/format"), chosen);
    settings.setValue(QStringLiteral("export/view"), dialog.view());
    settings.setValue(u"export/redact/" + chosen, dialog.redact());

    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const CallRecordPtr record = document->record();
    const QString id = record->id.isNull() ? QStringLiteral("call") : record->id.toQString();
    const ExportFormat* known = findExportFormat(chosen);
    const QString name = known && known->picture && chosen == u"png" ? QString(id + u'-' + dialog.view() + u".png")
                                                                     : QString(id + u'.' + chosen);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export"), QDir(folder).filePath(name), ExportDialog::fileFilter(chosen));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(path, chosen, dialog.view(), dialog.redact());
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(m_window, tr("Export"), error);
    else
        //: %1 the path of the file exported, e.g. "/home/ana/call.pdf"
        showMessage(tr("Exported %1.").arg(QDir::toNativeSeparators(path)), 6000);
}

void ExportController::copyImage()
{
    RecordDocument* document = m_tabs->currentDocument();
    QString error;
    QImage image;
    if (document) {
        ExportRequest request;
        request.format = QStringLiteral("png");
        request.redact = m_redactedPreview();
        request.windowSize = m_window->size();
        request.treeHeaderState = m_tabs->headerState();
        image = exportPicture(*document, request, &error);
    } else {
        error = tr("There is no record to export.");
    }
    if (image.isNull()) {
        showMessage(error);
        return;
    }
    QApplication::clipboard()->setImage(image);
    showMessage(
        m_redactedPreview() ? tr("Redacted picture copied to the clipboard.") : tr("Picture copied to the clipboard."));
}

void ExportController::copyMarkdown()
{
    QString error;
    const QByteArray markdown = exportCurrent(QStringLiteral("md"), {}, m_redactedPreview(), &error);
    if (markdown.isEmpty()) {
        showMessage(error);
        return;
    }
    QApplication::clipboard()->setText(QString::fromUtf8(markdown));
    showMessage(m_redactedPreview() ? tr("Redacted Markdown summary copied to the clipboard.")
                                    : tr("Markdown summary copied to the clipboard."));
}
