#pragma once

#include "record/callrecord.h"

#include <QDateTime>
#include <QDialog>

#include <vector>

class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTreeView;

/// Finds the calls of one participant in a time range. Only collects the query and shows
/// results: the application runs the search it is asked for (searchRequested), reports
/// progress with setBusy() and ends with setResults() or showError().
class FindCallsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        DurationColumn,
        TypeColumn,
        ParticipantsColumn,
        OrganizerColumn,
        CallIdColumn,
        ColumnCount
    };
    /// Graph keeps call records for 30 days.
    static constexpr int kRetentionDays = 30;

    explicit FindCallsDialog(QWidget* parent = nullptr);

    /// The participant's Entra object id found in the field; "" when there is none.
    QString participantId() const;
    void setParticipantText(const QString& text);
    QDateTime from() const; ///< local time
    QDateTime to() const; ///< local time
    void setRange(const QDateTime& from, const QDateTime& to);
    /// Why no search can start, "" when one can.
    QString validationMessage() const;

    /// Shows `progressText` with a Cancel button; Search is disabled until the search ends.
    void setBusy(const QString& progressText);
    bool isBusy() const { return m_busy; }
    /// Ends the search and lists `records` (newest first).
    void setResults(const std::vector<CallRecordPtr>& records);
    /// Ends the search and shows why it failed (selectable, so that codes can be copied).
    void showError(const QString& message);

    QTreeView* resultsView() const { return m_results; }
    QStandardItemModel* resultsModel() const { return m_model; }
    /// The call id of the current result row, "" when there is none.
    QString currentCallId() const;

signals:
    void searchRequested(const QString& participantId, const QDateTime& fromUtc, const QDateTime& toUtc);
    /// The user cancelled the running search; the dialog is no longer busy after it.
    void cancelRequested();
    /// A result was chosen (double-click, Enter or Open); the dialog stays open.
    void openRequested(const QString& callId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateState();
    void search();
    void cancel();
    void openCurrent();
    void endBusy();
    void showStatus(const QString& text, bool error);

    QLineEdit* m_participant;
    QLabel* m_participantStatus;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLabel* m_rangeStatus;
    QPushButton* m_searchButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancelButton;
    QTreeView* m_results;
    QStandardItemModel* m_model;
    QPushButton* m_openButton;
    QDialogButtonBox* m_buttons;
    QFormLayout* m_form = nullptr;
    bool m_busy = false;
};
