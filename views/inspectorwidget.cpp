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
#include <QScopedValueRollback>
#include <QTreeView>

#include <algorithm>

InspectorWidget::InspectorWidget(QWidget* parent)
    : QTabWidget(parent)
    , DocumentPane(this)
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
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == PropertyModel::PropertyColumn && !m_fitting)
            m_userSizedPropertyColumn = true;
    });
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new CopyShortcut(m_view, [this] { return selectedText(); }); // "group: property = value" lines
    addTab(m_view, tr("Properties"));
    addTab(m_raw, tr("Raw JSON"));
}

void InspectorWidget::showCurrent()
{
    const NodeRef node = current();
    m_model->setNode(node, view() ? view()->classification.get() : nullptr);
    m_view->expandAll();
    fitPropertyColumn();
    // A record's JSON is the whole file; laying out megabytes of text would freeze the window
    // for a moment, and the sessions have JSON of their own.
    constexpr size_t kMaxRawBytes = 256 * 1024;
    const Text json = node.sourceJson();
    m_raw->setPlainText(json.isNull() ? QString() : prettyJson(json.view(), kMaxRawBytes));
}

// Property names are longer in some languages ("Tempo máximo de ida e volta"): the column
// grows to the longest name of the node shown, but never past 62 % of the pane, so values stay
// readable. A node has a few dozen properties, so measuring them is cheap.
void InspectorWidget::fitPropertyColumn()
{
    if (m_userSizedPropertyColumn)
        return;
    // (QTreeView makes sizeHintForColumn protected; it is public on the base class.)
    const QAbstractItemView* view = m_view;
    const int wanted = view->sizeHintForColumn(PropertyModel::PropertyColumn) + m_view->indentation() / 2;
    const int limit = std::max(220, width() * 62 / 100);
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    m_view->header()->resizeSection(PropertyModel::PropertyColumn, std::clamp(wanted, 160, limit));
}

void InspectorWidget::resizeEvent(QResizeEvent* event)
{
    QTabWidget::resizeEvent(event);
    fitPropertyColumn();
}

QString InspectorWidget::selectedText() const
{
    if (currentWidget() == m_raw)
        return m_raw->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    return m_model->text(m_view->selectionModel()->selectedRows());
}
