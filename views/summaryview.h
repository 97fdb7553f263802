#pragma once

#include "record/callrecord.h"

#include <QPlainTextEdit>

/// Read-only text pane with a record's summary (the same text as --summary).
class SummaryView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SummaryView(QWidget* parent = nullptr);
    void setRecord(const CallRecordPtr& record);
    CallRecordPtr record() const { return m_record; }

private:
    CallRecordPtr m_record;
};
