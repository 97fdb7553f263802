#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <Qt>

#include <vector>

class DocumentPane;
class QWidget;

/// The detail panes, in one table: the window docks each of them (in this order) and follows
/// the current document with all of them; pictures for tickets create a fresh one offscreen.
/// A new pane is its class (a QWidget that is a DocumentPane) and one row here.
struct PaneType {
    const char* id; ///< "charts": --view, File → Export, the dock's object name ("chartsDock")
    const char* title; ///< QT_TRANSLATE_NOOP("MainWindow", …): the dock and the picture header
    const char* pictureChoice; ///< QT_TRANSLATE_NOOP("ExportDialog", …): what File → Export offers
    Qt::DockWidgetArea area;
    QSize pictureSize; ///< a picture of the pane alone, in device-independent pixels
    QWidget* (*create)(QWidget* parent);

    QString idText() const { return QString::fromLatin1(id); }
    QString titleText() const;
    QString pictureChoiceText() const;
};

const std::vector<PaneType>& paneTypes();
const PaneType* findPaneType(const QString& id);
/// The pane a widget made by PaneType::create is.
DocumentPane* asDocumentPane(QWidget* widget);

/// What a picture can show: "window", "tree", then every pane's id.
QStringList pictureViews();
/// The picture header's name for a view ("Charts"), and File → Export's ("Charts (whole call)").
QString pictureTitle(const QString& view);
QString pictureChoice(const QString& view);
