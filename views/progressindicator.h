#pragma once

#include <QWidget>

#include <functional>

class QProgressBar;
class QTimer;
class QToolButton;

/// The status bar's progress bar and Cancel button for loads and fetches: a fraction read ten
/// times a second while a load runs, or a busy bar while the amount is not known.
class ProgressIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ProgressIndicator(QWidget* parent = nullptr);

    /// Shows progress read from `fraction` (0 to 1, or negative while unknown).
    void start(std::function<double()> fraction);
    /// Shows a busy bar (a fetch: the number of pages is not known in advance).
    void busy();
    void stop();

signals:
    void cancelRequested();

private:
    QProgressBar* m_bar;
    QToolButton* m_cancel;
    QTimer* m_timer;
    std::function<double()> m_fraction;
};
