#pragma once

#include "quality/classifier.h"
#include "record/callrecord.h"

#include <QDateTime>
#include <QString>

struct MarkdownOptions {
    /// Rows of the "Worst streams" table; 0 leaves the table out.
    int worstStreams = 10;
    /// The record given is already redacted; only used to add a line "Personal data redacted."
    bool redacted = false;
    /// Time written in the footer; the current time when null.
    QDateTime exportTime;
    /// Version written in the footer; this build's when empty.
    QString viewerVersion;
};

/// A Markdown ticket summary of one record (GitHub-flavoured Markdown, plain enough for Jira,
/// ServiceNow and Azure DevOps): a title with the call id; a facts table (call id, type, start
/// and end in UTC and local time, duration, organizer, participants, modalities, version,
/// contents, completeness); the overall verdict with the profile; one line per leg (session),
/// at most 50, poor ones first when there are more; the findings; a table of the worst streams;
/// a footer with the export time, the viewer's version and the profile.
/// Numbers and dates use the current locale (QLocale()); values not reported are "—"; text from
/// the record is escaped so that it cannot break a table or add formatting. Linear in the size
/// of the record.
QString recordMarkdown(
    const CallRecord& record, const RecordClassification& classification, const MarkdownOptions& options = {});

/// Text from a record made safe for Markdown inline content and table cells: line breaks and
/// control characters become spaces (runs collapse, ends are trimmed), and Markdown punctuation
/// (\ ` * _ [ ] < > | ~ $, and "&" where it would start an entity) is backslash-escaped.
/// With `atLineStart`, characters that would start a block there (#, +, -, "1.") are escaped too.
QString markdownEscaped(const QString& text, bool atLineStart = false);
