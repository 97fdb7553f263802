#include "exporter.h"

#include "chartsview.h"
#include "export/recordexport.h"
#include "exportimage.h"
#include "findingsview.h"
#include "inspectorwidget.h"
#include "mainwindow.h"
#include "pdfreport.h"
#include "recordpage.h"
#include "timelineview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QTabWidget>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

QString paneTitle(const QString& view)
{
    if (view == u"tree")
        return Tr::tr("Tree");
    if (view == u"inspector")
        return Tr::tr("Inspector");
    if (view == u"findings")
        return Tr::tr("Findings");
    if (view == u"charts")
        return Tr::tr("Charts");
    if (view == u"timeline")
        return Tr::tr("Timeline");
    return Tr::tr("Window");
}

/// Switches the window to redacted preview for the lifetime of this object, if asked.
class RedactedScope {
public:
    RedactedScope(MainWindow& window, bool redact)
        : m_window(window)
        , m_restore(window.isRedactedPreview())
    {
        if (redact && !m_restore)
            m_window.setRedactedPreview(true);
    }
    ~RedactedScope()
    {
        if (m_window.isRedactedPreview() != m_restore)
            m_window.setRedactedPreview(m_restore);
    }
    RedactedScope(const RedactedScope&) = delete;
    RedactedScope& operator=(const RedactedScope&) = delete;

private:
    MainWindow& m_window;
    bool m_restore;
};

std::vector<CallRecordPtr> recordsOf(MainWindow& window, bool all)
{
    std::vector<CallRecordPtr> records;
    if (!all) {
        if (RecordPage* page = window.currentPage(); page && page->originalRecord())
            records.push_back(page->originalRecord());
        return records;
    }
    for (int i = 0; i < window.tabs()->count(); ++i) {
        if (auto* page = qobject_cast<RecordPage*>(window.tabs()->widget(i)); page && page->originalRecord())
            records.push_back(page->originalRecord());
    }
    return records;
}

} // namespace

const QStringList& exportFormats()
{
    static const QStringList formats { QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("csv"),
        QStringLiteral("json"), QStringLiteral("md") };
    return formats;
}

const QStringList& exportViews()
{
    static const QStringList views { QStringLiteral("window"), QStringLiteral("tree"), QStringLiteral("inspector"),
        QStringLiteral("findings"), QStringLiteral("charts"), QStringLiteral("timeline") };
    return views;
}

bool redactByDefault(const QString& format)
{
    return format == u"png" || format == u"pdf" || format == u"md";
}

QString exportFileSuffix(const QString& format)
{
    return format;
}

QImage exportImage(MainWindow& window, const QString& view, bool redact, QString* error)
{
    RedactedScope scope(window, redact);
    RecordPage* page = window.currentPage();
    if (!page || !page->record()) {
        *error = Tr::tr("There is no record to render.");
        return {};
    }
    window.updateDetailPanesNow();
    QWidget* target = &window;
    QSize size;
    if (view == u"tree") {
        target = page;
    } else if (view == u"inspector") {
        target = window.inspector();
    } else if (view == u"findings") {
        target = window.findingsView();
        size = QSize(900, 600);
    } else if (view == u"charts") {
        // The whole call: the worst streams of all sessions, not just the selection.
        window.chartsView()->setNode(
            page->model()->node(page->model()->index(0, 0)), page->record(), page->model()->sharedClassification());
        target = window.chartsView();
        size = QSize(1400, 450);
    } else if (view == u"timeline") {
        window.timelineView()->setRecord(page->record(), page->model()->sharedClassification());
        target = window.timelineView();
        size = QSize(1200, 500);
    }
    // Panes are rendered at a readable size whatever their dock size, then put back.
    const QSize before = target->size();
    if (size.isValid())
        target->resize(size);
    const QPixmap pixmap = target->grab();
    if (size.isValid()) {
        target->resize(before);
        window.updateDetailPanesNow(); // charts and timeline follow the selection again
    }
    if (pixmap.isNull()) {
        //: %1 the title of the pane being exported, e.g. "Charts" or "Timeline"
        *error = Tr::tr("Rendering the %1 failed.").arg(paneTitle(view));
        return {};
    }
    const ExportHeader header = exportHeader(
        *page->record(), page->model()->classification().profile().name, paneTitle(view), window.isRedactedPreview());
    return withHeaderBand(pixmap.toImage(), header);
}

QByteArray exportFromWindow(MainWindow& window, const ExportRequest& request, QString* error)
{
    if (request.format == u"png") {
        const QImage image = exportImage(window, request.view, request.redact, error);
        if (image.isNull())
            return {};
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image)) {
            //: %1 the reason from the PNG image writer
            *error = Tr::tr("Cannot encode the picture: %1").arg(writer.errorString());
            return {};
        }
        return png;
    }
    const std::vector<CallRecordPtr> records = recordsOf(window, request.allRecords);
    if (records.empty()) {
        *error = Tr::tr("There is no record to export.");
        return {};
    }
    if (request.format == u"pdf") {
        std::vector<ReportRecord> inputs;
        for (const CallRecordPtr& record : maybeRedacted(records, request.redact))
            inputs.push_back({ record, std::make_shared<const RecordClassification>(*record, window.profile()) });
        ReportOptions options;
        options.redacted = request.redact;
        options.pageSize = defaultPageSize();
        return pdfReport(inputs, options, error);
    }
    return exportRecordsAs(request.format, records, window.profile(), request.redact, error);
}
