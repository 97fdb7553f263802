#pragma once

#include "quality/findings.h"

#include <QTextBrowser>

/// The findings card: an ordered, plain-language list of what went wrong and what explains
/// it, with the evidence and a next step for each. Clicking a finding selects its node.
class FindingsView : public QTextBrowser {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);

    /// Nothing to judge: no record is open.
    void showNoRecord();
    void setFindings(FindingsResult findings, const QString& profileName);
    const FindingsResult& findings() const { return m_findings; }

signals:
    /// The record object (session, media or stream) a clicked finding is about.
    void itemActivated(const void* item);

private:
    FindingsResult m_findings;
};
