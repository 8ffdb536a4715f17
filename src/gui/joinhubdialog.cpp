#include "clientele/gui/joinhubdialog.h"

#include "clientele/gui/hubaddress.h"
#include "clientele/gui/inlinenotice.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clientele {

QString HubLogin::hub() const
{
    const QString trimmed = address.trimmed();
    return user.trimmed().isEmpty()
               ? trimmed
               : hubAddressWith(trimmed, QStringLiteral("user"), user.trimmed());
}

JoinHubDialog::JoinHubDialog(Join join, QWidget *parent)
    : QDialog(parent)
    , m_join(std::move(join))
    , m_address(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keyringNote(new QLabel(this))
    , m_problem(new InlineNotice(this))
    , m_busyRow(new QWidget(this))
    , m_busy(new QProgressBar(m_busyRow))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Join a Hub"));
    setObjectName(QStringLiteral("joinHubDialog"));
    m_address->setObjectName(QStringLiteral("hubAddress"));
    m_user->setObjectName(QStringLiteral("hubUser"));
    m_password->setObjectName(QStringLiteral("hubPassword"));
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_problem->setObjectName(QStringLiteral("joinProblem"));
    m_busy->setObjectName(QStringLiteral("joinBusy"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://hub.example/clientele"));
    m_user->setPlaceholderText(tr("As the hub knows you (optional)"));
    m_password->setPlaceholderText(tr("Optional"));
    m_password->setEchoMode(QLineEdit::Password);
    m_address->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);

    auto *intro = new QLabel(tr("A hub is a PostgreSQL database your team shares. Joining "
                                "uploads this workspace to a hub that holds none yet, or fills "
                                "an empty workspace with the hub's."),
                             this);
    intro->setWordWrap(true);
    // The examples are kept whole: an address broken at its slashes reads as two.
    auto *example = new QLabel(tr("A URL such as %1,\nor a connection string such as %2.")
                                   .arg(QStringLiteral("postgresql://hub.example/clientele"),
                                        QStringLiteral("host=hub.example dbname=clientele")),
                               this);
    example->setTextFormat(Qt::PlainText);
    example->setForegroundRole(QPalette::PlaceholderText);
    m_keyringNote->setWordWrap(true);
    m_keyringNote->setForegroundRole(QPalette::PlaceholderText);
    setKeyringAvailable(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Hub &address:"), m_address);
    form->addRow(QString(), example);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keyringNote);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->setAccessibleName(tr("Joining the hub"));
    auto *busyText = new QLabel(tr("Joining the hub\u2026"), m_busyRow);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(busyText);
    busyLayout->addWidget(m_busy, 1);
    m_busyRow->hide();

    QPushButton *joinButton = m_buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    joinButton->setObjectName(QStringLiteral("joinButton"));
    joinButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_busyRow);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &JoinHubDialog::startJoin);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &JoinHubDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<SyncOutcome>>::finished, this,
            &JoinHubDialog::joinFinished);
}

JoinHubDialog::~JoinHubDialog()
{
    // The join writes the workspace file: it runs to its end even when the dialog goes first.
    m_watcher.waitForFinished();
}

void JoinHubDialog::setKeyringAvailable(bool available)
{
    m_keyringNote->setText(available
                               ? tr("The password is kept in your desktop's keyring, never in "
                                    "the workspace.")
                               : tr("No desktop keyring answers here, so the password will not "
                                    "be remembered: your .pgpass file can keep it instead."));
    fitHeight();
}

HubLogin JoinHubDialog::login() const
{
    return {m_address->text().trimmed(), m_user->text().trimmed(), m_password->text()};
}

bool JoinHubDialog::isJoining() const
{
    return m_watcher.isRunning();
}

QString JoinHubDialog::problem() const
{
    return m_problem->text();
}

void JoinHubDialog::startJoin()
{
    if (isJoining())
        return;
    const HubLogin given = login();
    if (given.address.isEmpty()) {
        showProblem(tr("Type the hub's address, such as %1.")
                        .arg(QStringLiteral("postgresql://hub.example/clientele")));
        m_address->setFocus();
        return;
    }
    if (hubAddressHasPassword(given.address)) {
        showProblem(tr("Type the password into the Password field, not the address: "
                       "the workspace keeps the address, and never a password."));
        m_address->setFocus();
        return;
    }
    m_problem->dismiss();
    setBusy(true);
    fitHeight();
    m_watcher.setFuture(QtConcurrent::run([join = m_join, given] { return join(given); }));
}

void JoinHubDialog::joinFinished()
{
    setBusy(false);
    const Result<SyncOutcome> joined = m_watcher.result();
    if (!joined) {
        showProblem(joined.errorMessage());
        m_address->setFocus();
        return;
    }
    m_outcome = *joined;
    accept();
}

void JoinHubDialog::showProblem(const QString &text)
{
    m_problem->showNotice(InlineNotice::Kind::Warning, text);
    fitHeight();
}

void JoinHubDialog::fitHeight()
{
    // The notice and the busy bar come and go: the dialog grows rather than squeezes its text.
    if (!layout())
        return;
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void JoinHubDialog::setBusy(bool busy)
{
    for (QWidget *field : {m_address, m_user, m_password})
        field->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_busyRow->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void JoinHubDialog::reject()
{
    // A join under way cannot be taken back half-way: the dialog waits for it.
    if (!isJoining())
        QDialog::reject();
}

} // namespace clientele
