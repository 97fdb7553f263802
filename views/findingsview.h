#pragma once

#include "documentpane.h"

#include <QTextBrowser>

/// The findings card: an ordered, plain-language list of what went wrong and what explains
/// it, with the evidence and a next step for each. Clicking a finding selects its node.
class FindingsView : public QTextBrowser, public DocumentPane {
    Q_OBJECT
public:
    explicit FindingsView(QWidget* parent = nullptr);

    /// The findings shown (none without a document).
    const FindingsResult& findings() const;

protected:
    void documentChanged() override;

private:
    void showNoRecord();
    void showFindings();
};
