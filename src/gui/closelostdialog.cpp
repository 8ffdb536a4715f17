#include "clientele/gui/closeproposaldialog.h"

#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QUndoStack>

namespace clientele {

namespace {

// "Firms like Hunter Weighbridge Services (weighbridge supply, 8 staff)": the prospect as an
// entry of the "not our customer" list, for the user to make general.
QString entryFor(const ProposalProspect &prospect)
{
    QStringList traits;
    if (!prospect.industry.trimmed().isEmpty())
        traits << prospect.industry.trimmed();
    if (prospect.staff > 0)
        traits << CloseLostDialog::tr("%n staff", nullptr, prospect.staff);
    const QString company = prospect.company.trimmed();
    if (company.isEmpty())
        return traits.join(QStringLiteral(", "));
    if (traits.isEmpty())
        return CloseLostDialog::tr("Firms like %1").arg(company);
    //: %1 is a company, %2 its industry and size ("Weighbridge supply, 8 staff").
    return CloseLostDialog::tr("Firms like %1 (%2)")
        .arg(company, traits.join(QStringLiteral(", ")));
}

} // namespace

CloseLostDialog::CloseLostDialog(Workspace *workspace, const Proposal &proposal, QWidget *parent)
    : CloseProposalDialog(workspace, proposal, parent)
    , m_reason(new QComboBox(this))
    , m_exclusion(new QGroupBox(this))
    , m_profile(new QComboBox(m_exclusion))
    , m_entry(new QLineEdit(entryFor(proposal.prospect), m_exclusion))
    , m_entryReason(new QLineEdit(m_exclusion))
{
    setWindowTitle(tr("Close %1 as Lost").arg(proposal.number));
    m_reason->setObjectName(QStringLiteral("lostReason"));
    m_reason->setAccessibleName(tr("Why it was lost"));
    m_reason->setEditable(true);
    // A reason typed here joins the workspace's list when the proposal closes, not before.
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(workspace->proposals()->lostReasons());
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type a reason"));
    m_reason->setMinimumContentsLength(24);
    form()->addRow(tr("&Why it was lost"), m_reason);

    m_exclusion->setObjectName(QStringLiteral("notOurCustomerBox"));
    m_exclusion->setTitle(tr("Also add to a profile's \u201cnot our customer\u201d list"));
    m_exclusion->setCheckable(true);
    m_exclusion->setChecked(true);
    m_profile->setObjectName(QStringLiteral("exclusionProfile"));
    m_profile->setAccessibleName(tr("Profile"));
    m_profile->setPlaceholderText(tr("Choose a profile"));
    for (const CustomerProfile &profile : workspace->profiles()->all())
        m_profile->addItem(profile.name, profile.id);
    m_profile->setCurrentIndex(m_profile->findData(proposal.profileId));
    m_entry->setObjectName(QStringLiteral("exclusionEntry"));
    m_entry->setAccessibleName(tr("Entry"));
    m_entryReason->setObjectName(QStringLiteral("exclusionReason"));
    m_entryReason->setAccessibleName(tr("Reason for the entry"));
    m_entryReason->setText(tr("Proposal %1 was lost as not a fit.").arg(proposal.number));
    auto *exclusionForm = new QFormLayout(m_exclusion);
    exclusionForm->addRow(tr("&Profile"), m_profile);
    exclusionForm->addRow(tr("&Entry"), m_entry);
    exclusionForm->addRow(tr("Rea&son"), m_entryReason);

    const QString company = proposal.prospect.company.trimmed();
    finish(
        company.isEmpty()
            ? tr("Record that proposal %1 was lost, and why.").arg(proposal.number)
            : tr("Record that %1 turned down proposal %2, and why.").arg(company, proposal.number),
        tr("Close as &Lost"), m_exclusion);

    connect(m_reason, &QComboBox::currentTextChanged, this, &CloseLostDialog::check);
    connect(m_exclusion, &QGroupBox::toggled, this, &CloseLostDialog::check);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &CloseLostDialog::check);
    connect(m_entry, &QLineEdit::textChanged, this, &CloseLostDialog::check);
    m_entry->setCursorPosition(0);
    m_entryReason->setCursorPosition(0);
    check();
    resize(sizeHint());
    fitHeight();
    m_reason->setFocus();
}

QString CloseLostDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

bool CloseLostDialog::addsExclusion() const
{
    return m_exclusion->isVisibleTo(this) && m_exclusion->isChecked();
}

void CloseLostDialog::check()
{
    const bool notAFit = reason().compare(notAFitReason(), Qt::CaseInsensitive) == 0;
    if (m_exclusion->isVisibleTo(this) != notAFit) {
        m_exclusion->setVisible(notAFit);
        fitHeight();
    }
    if (reason().isEmpty())
        setProblem(tr("Choose or type why the proposal was lost: a reason is required."));
    else if (addsExclusion() && m_profile->currentIndex() < 0)
        setProblem(
            tr("Choose the profile whose \u201cnot our customer\u201d list gets the entry."));
    else if (addsExclusion() && m_entry->text().trimmed().isEmpty())
        setProblem(tr("Type the entry for the \u201cnot our customer\u201d list."));
    else
        setProblem({});
}

Status CloseLostDialog::apply()
{
    ProposalBook *book = m_workspace->proposals();
    if (!addsExclusion())
        return book->closeLost(m_proposal.id, dateEdit()->date(), reason());

    // The close and the entry undo together.
    const qint64 profileId = m_profile->currentData().toLongLong();
    const auto profile = m_workspace->profiles()->find(profileId);
    if (!profile)
        return Error{tr("That profile no longer exists.")};
    // Refusals come before the undo step opens, so a refused close leaves no empty step.
    const auto current = book->find(m_proposal.id);
    if (!current || current->isClosed())
        return book->closeLost(m_proposal.id, dateEdit()->date(), reason());
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(tr("Close proposal %1 as lost and add \u201c%2\u201d to \u201cnot our "
                         "customer\u201d")
                          .arg(m_proposal.number, m_entry->text().trimmed()));
    const Status closed = book->closeLost(m_proposal.id, dateEdit()->date(), reason());
    if (closed) {
        ProfileItem item;
        item.text = m_entry->text().trimmed();
        item.detail = m_entryReason->text().trimmed();
        m_workspace->profiles()->insertListItem(profileId, ProfileList::Exclusions,
                                                int(profile->exclusions.size()), item);
    }
    stack->endMacro();
    return closed;
}

} // namespace clientele
