#pragma once

#include "document/recorddocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QPageSize>

#include <memory>
#include <vector>

struct ReportOptions {
    bool redacted = false; ///< from the documents' redacted copies; the report says so
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QDateTime exportTime = QDateTime::currentDateTimeUtc();
    int worstStreams = 15;
};

/// Letter where the locale measures in US units (United States, Canada, Mexico, ...), else A4.
QPageSize defaultPageSize(const QLocale& locale = QLocale());

/// A PDF ticket report, one section per document, each starting on a new page: summary and
/// verdict, findings with evidence and next steps, the three charts, the timeline, the worst
/// streams, and the network and device details per participant. Every page names the call and
/// carries its page number. Text is real text (searchable, copyable). Needs a QGuiApplication.
QByteArray pdfReport(const std::vector<RecordDocument*>& documents, const ReportOptions& options, QString* error);
