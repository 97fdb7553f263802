#include "documentpicture.h"

#include "documentpane.h"
#include "exportimage.h"
#include "panes.h"
#include "recordpage.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

RecordPage* treePage(RecordDocument& document, const PictureRequest& request, QWidget* parent)
{
    auto* page = new RecordPage(parent);
    if (!request.treeHeaderState.isEmpty())
        page->treeView()->header()->restoreState(request.treeHeaderState);
    page->setDocument(&document, request.redaction);
    return page;
}

QWidget* pane(const PaneType& type, RecordDocument& document, Redaction redaction, QWidget* parent)
{
    QWidget* widget = type.create(parent);
    DocumentPane* pane = asDocumentPane(widget);
    Q_ASSERT(pane);
    pane->setDocument(&document, redaction);
    return widget;
}

/// The window's default layout without its menus and bars: the tree with the right-hand panes
/// beside it and the bottom panes below (the first one showing).
std::unique_ptr<QWidget> windowLayout(RecordDocument& document, const PictureRequest& request)
{
    auto root = std::make_unique<QWidget>();
    auto* vertical = new QSplitter(Qt::Vertical, root.get());
    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);
    horizontal->addWidget(treePage(document, request, horizontal));
    auto* bottom = new QTabWidget(vertical);
    bottom->setDocumentMode(true);
    bottom->setTabPosition(QTabWidget::South);
    for (const PaneType& type : paneTypes()) {
        if (type.area == Qt::BottomDockWidgetArea)
            bottom->addTab(pane(type, document, request.redaction, bottom), type.titleText());
        else
            horizontal->addWidget(pane(type, document, request.redaction, horizontal));
    }
    vertical->addWidget(horizontal);
    vertical->addWidget(bottom);
    const QSize size = request.windowSize.isValid() ? request.windowSize : QSize(1280, 800);
    const int right = std::min(420, size.width() / 3);
    horizontal->setSizes({ size.width() - right, right });
    const int below = std::min(220, size.height() / 3);
    vertical->setSizes({ size.height() - below, below });
    auto* layout = new QVBoxLayout(root.get());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);
    root->resize(size);
    return root;
}
} // namespace

QImage documentPicture(RecordDocument& document, const PictureRequest& request, QString* error)
{
    std::unique_ptr<QWidget> widget;
    if (request.view == u"tree") {
        widget.reset(treePage(document, request, nullptr));
        widget->resize(1000, 700);
    } else if (const PaneType* type = findPaneType(request.view)) {
        widget.reset(pane(*type, document, request.redaction, nullptr));
        asDocumentPane(widget.get())->prepareForPicture();
        widget->resize(type->pictureSize);
    } else {
        widget = windowLayout(document, request);
    }
    // Laid out and painted offscreen, never shown: the window and its tabs are not involved.
    widget->setAttribute(Qt::WA_DontShowOnScreen);
    widget->show();
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull()) {
        //: %1 the title of the pane being exported, e.g. "Charts" or "Timeline"
        *error = Tr::tr("Rendering the %1 failed.").arg(pictureTitle(request.view));
        return {};
    }
    const DocumentViewPtr view = document.view(request.redaction);
    const ExportHeader header
        = exportHeader(*view->record, view->profile().name, pictureTitle(request.view), view->isRedacted());
    return withHeaderBand(pixmap.toImage(), header);
}
