#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

/// An inline, non-modal message strip (information, warning or error) with a close button.
/// Used instead of message boxes for things the user should see but not have to dismiss.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit Banner(QWidget* parent = nullptr);
    /// Shows `text`; any action set before is removed.
    void showMessage(Kind kind, const QString& text);
    /// Adds a button to the message shown now that runs `action` and hides the strip.
    void setAction(const QString& text, std::function<void()> action);
    QString actionText() const;
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_close;
    std::function<void()> m_run;
    Kind m_kind = Kind::Information;
};
