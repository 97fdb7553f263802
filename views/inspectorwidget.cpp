#include "inspectorwidget.h"

#include "copyshortcut.h"
#include "record/jsonformat.h"
#include "tree/propertymodel.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTreeView>

InspectorWidget::InspectorWidget(QWidget* parent)
    : QTabWidget(parent)
    , m_model(new PropertyModel(this))
    , m_view(new QTreeView(this))
    , m_raw(new QPlainTextEdit(this))
{
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->resizeSection(PropertyModel::PropertyColumn, 220);
    m_view->header()->setStretchLastSection(true);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new CopyShortcut(m_view, [this] { return selectedText(); }); // "group: property = value" lines
    addTab(m_view, tr("Properties"));
    addTab(m_raw, tr("Raw JSON"));
}

void InspectorWidget::setNode(const NodeRef& node, const RecordClassification* classification)
{
    m_model->setNode(node, classification);
    m_view->expandAll();
    // A record's JSON is the whole file; laying out megabytes of text would freeze the window
    // for a moment, and the sessions have JSON of their own.
    constexpr size_t kMaxRawBytes = 256 * 1024;
    const Text json = node.sourceJson();
    m_raw->setPlainText(json.isNull() ? QString() : prettyJson(json.view(), kMaxRawBytes));
}

QString InspectorWidget::selectedText() const
{
    if (currentWidget() == m_raw)
        return m_raw->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    return m_model->text(m_view->selectionModel()->selectedRows());
}
