#include "findcallsdialog.h"

#include "messagelabel.h"

#include "format/displayformat.h"
#include "format/people.h"
#include "graph/graphconfig.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <limits>

namespace {
enum Role {
    SortRole = Qt::UserRole + 1, ///< numbers for the time, duration and count columns
    CallIdRole, ///< on the first item of a row
};

/// The locale's short date and time, with a four-digit year (a two-digit one is ambiguous).
QString dateTimeFormat()
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QStringLiteral("yyyy")))
        date.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return date + u' ' + locale.timeFormat(QLocale::ShortFormat);
}

QString callTypeText(const EnumValue& type)
{
    if (type.isNull())
        return DisplayFormat::missing();
    QString text = DisplayFormat::callType(type); // "peer-to-peer", in a table cell "Peer-to-peer"
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QStandardItem* item(const QString& text, const QVariant& sortKey)
{
    auto* result = new QStandardItem(text);
    result->setData(sortKey, SortRole);
    result->setEditable(false);
    return result;
}

QList<QStandardItem*> resultRow(const CallRecord& record)
{
    QList<QStandardItem*> row(FindCallsDialog::ColumnCount);
    const QString id = record.id.toQString();

    const DateTime& start = record.startDateTime;
    row[FindCallsDialog::StartColumn] = item(DisplayFormat::localDateTime(start),
        start.isNull() ? std::numeric_limits<qint64>::min() : qint64(*start.msecsSinceEpoch));
    if (!start.isNull())
        //: tooltip of a call's start time; %1 is the time in UTC as Microsoft Graph gave it
        row[FindCallsDialog::StartColumn]->setToolTip(FindCallsDialog::tr("%1 (UTC)").arg(start.text.toQString()));
    row[FindCallsDialog::StartColumn]->setData(id, CallIdRole);

    const DateTime& end = record.endDateTime;
    const bool hasDuration = !start.isNull() && !end.isNull();
    row[FindCallsDialog::DurationColumn] = item(DisplayFormat::duration(start, end),
        hasDuration ? double(*end.msecsSinceEpoch - *start.msecsSinceEpoch) : -1.0);

    const QString type = callTypeText(record.type);
    row[FindCallsDialog::TypeColumn] = item(type, type);

    qsizetype participants = -1;
    if (record.participantsV2)
        participants = qsizetype(record.participantsV2->size());
    else if (record.participants)
        participants = qsizetype(record.participants->size());
    QString count = participants < 0 ? DisplayFormat::missing() : QLocale().toString(participants);
    if (participants >= 0 && !record.participantsNextLink.isNull())
        //: a participant count when Microsoft Graph has more participants than it listed; %1 is the count
        count = FindCallsDialog::tr("%1+").arg(count);
    row[FindCallsDialog::ParticipantsColumn] = item(count, qint64(participants));

    const QString organizer = organizerName(record);
    row[FindCallsDialog::OrganizerColumn] = item(organizer, organizer.toCaseFolded());

    row[FindCallsDialog::CallIdColumn] = item(id, id);

    for (QStandardItem* cell : row) {
        if (cell->text() == DisplayFormat::missing())
            cell->setToolTip(DisplayFormat::missingToolTip());
    }
    return row;
}
} // namespace

FindCallsDialog::FindCallsDialog(QWidget* parent)
    : QDialog(parent)
    , m_participant(new QLineEdit(this))
    , m_participantStatus(messageLabel(QStringLiteral("participantStatus"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_rangeStatus(messageLabel(QStringLiteral("rangeStatus"), this))
    , m_searchButton(new QPushButton(tr("&Search"), this))
    , m_progress(new QProgressBar(this))
    , m_status(messageLabel(QStringLiteral("status"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel Search"), this))
    , m_results(new QTreeView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Find Calls"));

    m_participant->setObjectName(QStringLiteral("participantEdit"));
    m_participant->setClearButtonEnabled(true);
    m_participant->setPlaceholderText(tr("Microsoft Entra object id of the user (a GUID), or text that contains it"));

    const QString format = dateTimeFormat();
    for (QDateTimeEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(format);
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    // The last 24 hours, ending at the next whole minute (easier to read and to edit).
    QDateTime now = QDateTime::currentDateTime();
    now = now.addSecs(60 - now.time().second()).addMSecs(-now.time().msec());
    m_to->setDateTime(now);
    m_from->setDateTime(now.addSecs(-24 * 3600));

    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);
    connect(m_searchButton, &QPushButton::clicked, this, &FindCallsDialog::search);

    auto* rangeRow = new QHBoxLayout;
    rangeRow->addWidget(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_searchButton);

    m_participantStatus->setWordWrap(false);
    m_rangeStatus->setWordWrap(false);
    auto* form = m_form = new QFormLayout;
    form->addRow(tr("&Participant:"), m_participant);
    form->addRow(QString(), m_participantStatus);
    form->addRow(tr("&From:"), rangeRow);
    form->addRow(QString(), m_rangeStatus);
    if (auto* fromLabel = qobject_cast<QLabel*>(form->labelForField(rangeRow)))
        fromLabel->setBuddy(m_from);

    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &FindCallsDialog::cancel);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancelButton);

    m_model->setHorizontalHeaderLabels(
        { tr("Start"), tr("Duration"), tr("Type"), tr("Participants"), tr("Organizer"), tr("Call ID") });
    m_model->setSortRole(SortRole);
    m_results->setObjectName(QStringLiteral("resultsView"));
    m_results->setModel(m_model);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(StartColumn, Qt::DescendingOrder);
    m_results->header()->setStretchLastSection(true);
    m_results->installEventFilter(this);
    connect(m_results, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid())
            openCurrent();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindCallsDialog::updateState);

    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setAutoDefault(false);
    m_openButton->setToolTip(tr("Opens the selected call in a new tab (Enter or double-click)."));
    connect(m_openButton, &QPushButton::clicked, this, &FindCallsDialog::openCurrent);
    m_buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(statusRow);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    connect(m_participant, &QLineEdit::textChanged, this, &FindCallsDialog::updateState);
    for (QDateTimeEdit* edit : { m_from, m_to })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &FindCallsDialog::updateState);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 28);
    updateState();
}

QString FindCallsDialog::participantId() const
{
    return extractCallId(m_participant->text());
}

void FindCallsDialog::setParticipantText(const QString& text)
{
    m_participant->setText(text);
}

QDateTime FindCallsDialog::from() const
{
    return m_from->dateTime();
}

QDateTime FindCallsDialog::to() const
{
    return m_to->dateTime();
}

void FindCallsDialog::setRange(const QDateTime& from, const QDateTime& to)
{
    m_from->setDateTime(from.toLocalTime());
    m_to->setDateTime(to.toLocalTime());
}

QString FindCallsDialog::validationMessage() const
{
    const QString text = m_participant->text().trimmed();
    if (text.isEmpty())
        return tr("Enter the participant's Microsoft Entra object id.");
    if (participantId().isEmpty())
        return tr("No object id found in this text. Paste the user's Microsoft Entra object id (a GUID).");
    if (from() >= to())
        return tr("The start of the time range must be before its end.");
    if (from() < QDateTime::currentDateTime().addDays(-kRetentionDays))
        //: %1 is the number of days (30)
        return tr("The start is too long ago: call records are kept for %1 days.").arg(kRetentionDays);
    return {};
}

void FindCallsDialog::setBusy(const QString& progressText)
{
    m_busy = true;
    m_progress->show();
    m_cancelButton->show();
    showStatus(progressText, false);
    updateState();
}

void FindCallsDialog::setResults(const std::vector<CallRecordPtr>& records)
{
    endBusy();
    m_model->removeRows(0, m_model->rowCount());
    for (const CallRecordPtr& record : records) {
        if (record)
            m_model->appendRow(resultRow(*record));
    }
    const QHeaderView* header = m_results->header();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    for (int column = 0; column < ColumnCount; ++column)
        m_results->resizeColumnToContents(column);

    const int count = m_model->rowCount();
    if (count == 0) {
        showStatus(tr("No calls found in this time range."), false);
    } else {
        //: the number of calls found, e.g. "12 calls"
        showStatus(DisplayFormat::plural(tr("%Ln call(s)", nullptr, count), count), false);
        m_results->setCurrentIndex(m_model->index(0, 0));
        m_results->setFocus();
    }
    updateState();
}

void FindCallsDialog::showError(const QString& message)
{
    endBusy();
    showStatus(message, true);
    updateState();
}

QString FindCallsDialog::currentCallId() const
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return {};
    return m_model->index(current.row(), StartColumn).data(CallIdRole).toString();
}

bool FindCallsDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Enter opens the current result; the tree would also pass it on to the dialog, where it
    // would press Search.
    if (watched == m_results && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void FindCallsDialog::updateState()
{
    const QString text = m_participant->text().trimmed();
    const QString id = participantId();
    if (text.isEmpty() || text == id)
        m_participantStatus->clear();
    else if (id.isEmpty())
        showMessage(m_participantStatus, validationMessage(), true);
    else
        //: %1 is the participant's object id (a GUID) found in the text
        showMessage(m_participantStatus, tr("Object id: %1").arg(id), false);
    m_form->setRowVisible(m_participantStatus, !m_participantStatus->text().isEmpty());

    const QString message = validationMessage();
    const bool rangeError = !message.isEmpty() && !id.isEmpty();
    //: %1 is the number of days (30)
    showMessage(
        m_rangeStatus, rangeError ? message : tr("Call records are kept for %1 days.").arg(kRetentionDays), rangeError);

    m_searchButton->setEnabled(message.isEmpty() && !m_busy);
    m_openButton->setEnabled(!currentCallId().isEmpty());
}

void FindCallsDialog::search()
{
    updateState();
    if (m_busy || !validationMessage().isEmpty())
        return;
    emit searchRequested(participantId(), from().toUTC(), to().toUTC());
}

void FindCallsDialog::cancel()
{
    endBusy();
    showStatus(tr("Search cancelled."), false);
    updateState();
    emit cancelRequested();
}

void FindCallsDialog::openCurrent()
{
    const QString id = currentCallId();
    if (!id.isEmpty())
        emit openRequested(id);
}

void FindCallsDialog::endBusy()
{
    m_busy = false;
    m_progress->hide();
    m_cancelButton->hide();
}

void FindCallsDialog::showStatus(const QString& text, bool error)
{
    showMessage(m_status, text, error);
}
