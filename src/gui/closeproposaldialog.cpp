#include "clientele/gui/closeproposaldialog.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

CloseProposalDialog::CloseProposalDialog(Workspace *workspace, const Proposal &proposal,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_proposal(proposal)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_date->setAccessibleName(tr("Decided on"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(mediumDateFormat());
    // A decision comes after the prospect first saw the proposal, and never tomorrow.
    const QDate today = QDate::currentDate();
    if (const ProposalVersion *first = proposal.sentVersion(1)) {
        const QDate sentOn = first->sentAt.toLocalTime().date();
        if (sentOn.isValid() && sentOn <= today)
            m_date->setMinimumDate(sentOn);
    }
    m_date->setMaximumDate(today);
    m_form->addRow(tr("&Decided on"), m_date);
    m_message->setObjectName(QStringLiteral("closeProblem"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloseProposalDialog::applyAndClose);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CloseProposalDialog::finish(const QString &intro, const QString &okText, QWidget *extra)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addSpacing(4);
    layout->addLayout(m_form);
    if (extra)
        layout->addWidget(extra);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 88);
}

void CloseProposalDialog::setProblem(const QString &problem)
{
    m_problem = problem;
    m_message->setText(problem);
    if (m_message->isVisibleTo(this) != !problem.isEmpty()) {
        m_message->setVisible(!problem.isEmpty());
        fitHeight();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void CloseProposalDialog::fitHeight()
{
    // Only the height follows what is shown; a width the user chose stays. Until the
    // constructor has sized the dialog there is no width to keep.
    if (!testAttribute(Qt::WA_Resized))
        return;
    layout()->activate();
    resize(width(), layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                  : sizeHint().height());
}

void CloseProposalDialog::applyAndClose()
{
    if (!m_problem.isEmpty())
        return;
    if (const Status applied = apply(); !applied) {
        setProblem(applied.errorMessage());
        return;
    }
    accept();
}

CloseWonDialog::CloseWonDialog(Workspace *workspace, const Proposal &proposal, QWidget *parent)
    : CloseProposalDialog(workspace, proposal, parent)
    , m_acceptedBy(new QLineEdit(proposal.prospect.contact.trimmed(), this))
    , m_reference(new QLineEdit(this))
{
    setWindowTitle(tr("Close %1 as Won").arg(proposal.number));
    m_acceptedBy->setObjectName(QStringLiteral("acceptedBy"));
    m_acceptedBy->setAccessibleName(tr("Accepted by"));
    m_acceptedBy->setPlaceholderText(tr("Who signed or said yes"));
    m_reference->setObjectName(QStringLiteral("clientReference"));
    m_reference->setAccessibleName(tr("Client's reference"));
    m_reference->setPlaceholderText(tr("e.g. their purchase order number"));
    form()->addRow(tr("&Accepted by"), m_acceptedBy);
    form()->addRow(tr("Client's &reference"), m_reference);
    const QString company = proposal.prospect.company.trimmed();
    finish(company.isEmpty()
               ? tr("Record that proposal %1 was accepted.").arg(proposal.number)
               : tr("Record that %1 accepted proposal %2.").arg(company, proposal.number),
           tr("Close as &Won"));
    setProblem({});
    resize(sizeHint());
    fitHeight();
    m_acceptedBy->setFocus();
}

Status CloseWonDialog::apply()
{
    return m_workspace->proposals()->closeWon(m_proposal.id, dateEdit()->date(),
                                              m_acceptedBy->text(), m_reference->text());
}

} // namespace clientele
