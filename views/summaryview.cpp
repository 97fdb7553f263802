#include "summaryview.h"

#include "export/summary.h"

#include <QFontDatabase>

SummaryView::SummaryView(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void SummaryView::setRecord(const CallRecordPtr& record)
{
    m_record = record;
    setPlainText(record ? recordSummary(*record) : QString());
}
