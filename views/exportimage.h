#pragma once

#include "record/callrecord.h"

#include <QDateTime>
#include <QImage>
#include <QString>

/// What the header band of an exported picture (and the PDF's page header) says, so that a
/// screenshot attached to a ticket explains itself.
struct ExportHeader {
    QString callId;
    QDateTime callStart; ///< UTC; invalid when the record has none
    QDateTime exportTime; ///< UTC
    QString viewerVersion;
    QString profile;
    QString paneTitle; ///< "Window", "Charts", ...
    bool redacted = false;

    /// "Call start 2020-02-25 18:52:21 UTC (25 Feb 2020 15:52:21 local time)"
    QString callStartText() const;
    QString exportText() const;
};

ExportHeader exportHeader(const CallRecord& record, const QString& profile, const QString& paneTitle, bool redacted);

/// The picture with a band on top: call id and pane, call start in UTC and local time, export
/// time, viewer version, threshold profile, and a "Redacted" mark. Keeps the picture's device
/// pixel ratio (HiDPI) and wraps the text on narrow panes.
QImage withHeaderBand(const QImage& content, const ExportHeader& header);
