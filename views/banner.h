#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/// An inline, non-modal message strip (information, warning or error) with a close button.
/// Used instead of message boxes for things the user should see but not have to dismiss.
class Banner : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit Banner(QWidget* parent = nullptr);
    void showMessage(Kind kind, const QString& text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    QToolButton* m_close;
    Kind m_kind = Kind::Information;
};
