#pragma once

#include <QDialog>

class QCompleter;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;

/// Asks for one call record to fetch from Microsoft Graph: a call id (GUID) typed or pasted,
/// alone or inside a link or any other text. Only collects the id; the caller fetches it.
class OpenCallDialog : public QDialog {
    Q_OBJECT
public:
    /// Prefills the call id found in the clipboard, if any (selected, so typing replaces it).
    explicit OpenCallDialog(QWidget* parent = nullptr);

    /// The call id found in the text (see extractCallId()); "" when there is none.
    QString callId() const;
    QString text() const;
    void setText(const QString& text);
    /// Ids offered for completion, most recent first (the Down key lists them all).
    void setRecentIds(const QStringList& ids);
    QStringList recentIds() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();

    QLineEdit* m_edit;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_openButton;
    QStringListModel* m_recentModel;
    QCompleter* m_completer;
};
