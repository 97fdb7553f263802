#include "panes.h"

#include "chartsview.h"
#include "findingsview.h"
#include "inspectorwidget.h"
#include "participantsview.h"
#include "timelineview.h"

#include <QCoreApplication>

namespace {
template <typename Pane>
QWidget* make(QWidget* parent)
{
    return new Pane(parent);
}
} // namespace

const std::vector<PaneType>& paneTypes()
{
    static const std::vector<PaneType> types {
        { "inspector", QT_TRANSLATE_NOOP("MainWindow", "Inspector"), QT_TRANSLATE_NOOP("ExportDialog", "Inspector"),
            Qt::RightDockWidgetArea, QSize(640, 720), make<InspectorWidget> },
        { "findings", QT_TRANSLATE_NOOP("MainWindow", "Findings"), QT_TRANSLATE_NOOP("ExportDialog", "Findings"),
            Qt::BottomDockWidgetArea, QSize(900, 600), make<FindingsView> },
        { "participants", QT_TRANSLATE_NOOP("MainWindow", "Participants"),
            QT_TRANSLATE_NOOP("ExportDialog", "Participants"), Qt::BottomDockWidgetArea, QSize(1400, 500),
            make<ParticipantsView> },
        { "charts", QT_TRANSLATE_NOOP("MainWindow", "Charts"), QT_TRANSLATE_NOOP("ExportDialog", "Charts (whole call)"),
            Qt::BottomDockWidgetArea, QSize(1400, 450), make<ChartsView> },
        { "timeline", QT_TRANSLATE_NOOP("MainWindow", "Timeline"), QT_TRANSLATE_NOOP("ExportDialog", "Timeline"),
            Qt::BottomDockWidgetArea, QSize(1200, 500), make<TimelineView> },
    };
    return types;
}

QString PaneType::titleText() const
{
    return QCoreApplication::translate("MainWindow", title);
}

QString PaneType::pictureChoiceText() const
{
    return QCoreApplication::translate("ExportDialog", pictureChoice);
}

const PaneType* findPaneType(const QString& id)
{
    for (const PaneType& type : paneTypes()) {
        if (id == QLatin1String(type.id))
            return &type;
    }
    return nullptr;
}

DocumentPane* asDocumentPane(QWidget* widget)
{
    return dynamic_cast<DocumentPane*>(widget);
}

QStringList pictureViews()
{
    QStringList views { QStringLiteral("window"), QStringLiteral("tree") };
    for (const PaneType& type : paneTypes())
        views.append(type.idText());
    return views;
}

QString pictureTitle(const QString& view)
{
    if (const PaneType* type = findPaneType(view))
        return type->titleText();
    if (view == u"tree")
        return QCoreApplication::translate("Exporter", "Tree");
    return QCoreApplication::translate("Exporter", "Window");
}

QString pictureChoice(const QString& view)
{
    if (const PaneType* type = findPaneType(view))
        return type->pictureChoiceText();
    if (view == u"tree")
        return QCoreApplication::translate("ExportDialog", "Tree");
    return QCoreApplication::translate("ExportDialog", "Whole window");
}
