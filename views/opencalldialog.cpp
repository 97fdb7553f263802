#include "opencalldialog.h"

#include "messagelabel.h"

#include "graph/graphconfig.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {
/// A red that stays readable on light and dark window backgrounds.
} // namespace

OpenCallDialog::OpenCallDialog(QWidget* parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_openButton(m_buttons->button(QDialogButtonBox::Ok))
    , m_recentModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_recentModel, this))
{
    setWindowTitle(tr("Open Call by ID"));

    auto* prompt = new QLabel(tr("&Call id, or a link or text that contains it:"), this);
    prompt->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("callIdEdit"));
    m_edit->setClearButtonEnabled(true);
    //: an example call id; keep the GUID as it is
    m_edit->setPlaceholderText(tr("e.g. 2f1a1100-b174-40a0-aba7-0b405e01ed92"));
    m_edit->setToolTip(tr("A call record id (a GUID), or a Microsoft Graph or Teams admin center link that "
                          "contains one."));
    m_edit->installEventFilter(this);

    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_edit->setCompleter(m_completer);

    m_status->setObjectName(QStringLiteral("callIdStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for two lines, so that the dialog does not jump when the message changes.
    m_status->setMinimumHeight(2 * fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_openButton->setText(tr("&Open"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, &OpenCallDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    if (const QClipboard* clipboard = QGuiApplication::clipboard()) {
        const QString id = extractCallId(clipboard->text());
        if (!id.isEmpty()) {
            m_edit->setText(id);
            m_edit->selectAll();
        }
    }
    updateState();
}

QString OpenCallDialog::callId() const
{
    return extractCallId(m_edit->text());
}

QString OpenCallDialog::text() const
{
    return m_edit->text();
}

void OpenCallDialog::setText(const QString& text)
{
    m_edit->setText(text);
    m_edit->selectAll();
}

void OpenCallDialog::setRecentIds(const QStringList& ids)
{
    m_recentModel->setStringList(ids);
}

QStringList OpenCallDialog::recentIds() const
{
    return m_recentModel->stringList();
}

bool OpenCallDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The completer only pops up while typing; Down lists the recent ids on demand.
    if (watched == m_edit && event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down
        && m_recentModel->rowCount() > 0 && !m_completer->popup()->isVisible()) {
        m_completer->setCompletionPrefix(m_edit->text() == callId() ? QString() : m_edit->text());
        m_completer->complete();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void OpenCallDialog::updateState()
{
    const QString id = callId();
    if (!id.isEmpty())
        //: %1 is the call record id (a GUID) found in the text
        showMessage(m_status, tr("Call id: %1").arg(id), false);
    else if (!m_edit->text().trimmed().isEmpty())
        showMessage(m_status,
            tr("No call id found in this text. Paste the call id (a GUID) or a link that contains it."), true);
    else
        m_status->clear();
    m_openButton->setEnabled(!id.isEmpty());
}
