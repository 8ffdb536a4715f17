// ProposalEditor: showing the stored proposal in the form.

#include "clientele/gui/proposaleditor.h"

#include "clientele/core/models/proposallinesmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/proposalfinance.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/textlisteditor.h"
#include "fieldrefresh.h"
#include "growingtextedit.h"
#include "proposaltableeditor.h"
#include "readonlylook.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

namespace clientele {

namespace {

QString sizeReason(int staff, int threshold)
{
    if (staff <= 0)
        return ProposalEditor::tr("the prospect's staff count is not known yet");
    if (staff < threshold)
        return ProposalEditor::tr("%n staff is under the %1-staff threshold", nullptr, staff)
            .arg(threshold);
    return ProposalEditor::tr("%n staff is at or above the %1-staff threshold", nullptr, staff)
        .arg(threshold);
}

} // namespace

void ProposalEditor::setProposal(qint64 id)
{
    if (id != m_proposalId)
        m_repeatNotice->dismiss();
    m_proposalId = id;
    m_linesModel->setProposal(id);
    refresh();
    m_scroll->ensureVisible(0, 0);
}

void ProposalEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    refresh();
}

void ProposalEditor::lockFields(bool locked)
{
    m_fieldsLocked = locked;
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_company, m_contact, m_industry, m_systems, m_nextStep, m_terms, m_summary,
             m_validUntil, m_staff, m_profile, m_style, m_addLine, m_removeLine})
        setFieldReadOnly(field, locked);
    m_lines->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                    : QAbstractItemView::AllEditTriggers);
    for (TextListEditor *list : {m_needs, m_wants})
        list->setReadOnly(locked);
    for (ProposalTableEditor *table : {m_risks, m_milestones, m_benefits})
        table->setReadOnly(locked);
}

void ProposalEditor::focusProspect()
{
    m_scroll->ensureVisible(0, 0);
    m_company->setFocus(Qt::OtherFocusReason);
    m_company->selectAll();
}

QString ProposalEditor::styleExplanation() const
{
    return m_styleReason->text();
}
bool ProposalEditor::formalSectionsShown() const
{
    return !m_formal->isHidden();
}
QString ProposalEditor::oneOffTotalText() const
{
    return m_oneOffTotal->text();
}
QString ProposalEditor::monthlyTotalText() const
{
    return m_monthlyTotal->text();
}
QString ProposalEditor::financeText() const
{
    return m_finance->text();
}

void ProposalEditor::refresh()
{
    const Proposal proposal = m_store->find(m_proposalId).value_or(Proposal{});
    m_refreshing = true;
    m_number->setText(proposal.number);
    // First, so what follows offers only what the fields allow.
    if (const bool locked = m_readOnly || proposal.isFrozen(); locked != m_fieldsLocked)
        lockFields(locked);
    m_validUntil->setDate(proposal.validUntil.isValid() ? proposal.validUntil
                                                        : QDate::currentDate());
    showText(m_company, proposal.prospect.company);
    showText(m_contact, proposal.prospect.contact);
    showText(m_industry, proposal.prospect.industry);
    showText(m_systems, proposal.prospect.currentSystems);
    if (m_staff->value() != proposal.prospect.staff) {
        const QSignalBlocker blocker(m_staff);
        m_staff->setValue(proposal.prospect.staff);
    }
    m_profile->clear();
    m_profile->addItem(tr("No profile"), qint64(0));
    for (const CustomerProfile &profile : m_workspace->profiles()->all())
        m_profile->addItem(profile.name, profile.id);
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(proposal.profileId)));
    showText(m_terms, proposal.terms);
    showText(m_nextStep, proposal.nextStep);
    showText(m_summary, proposal.executiveSummary);
    m_needs->setItems(proposal.needs);
    m_wants->setItems(proposal.wants);
    refreshTables(proposal);
    refreshStyle(proposal);
    refreshTotals(proposal);
    refreshNotices(proposal);
    refreshLifecycle(proposal);
    m_refreshing = false;
}

void ProposalEditor::refreshNotices(const Proposal &proposal)
{
    // A sent version keeps the prices it went out with; revising it shows the changes.
    const QList<int> stale =
        proposal.isFrozen() ? QList<int>() : m_store->stalePriceLines(proposal);
    if (stale.isEmpty()) {
        m_priceNotice->dismiss();
        return;
    }
    QList<InlineNotice::Action> actions;
    const QString use = stale.size() == 1 ? tr("&Use Current Price") : tr("&Use Current Prices");
    if (!m_fieldsLocked)
        actions.append({use, [this] { m_store->useCurrentPrices(m_proposalId); }});
    QString text;
    if (stale.size() == 1) {
        const ProposalLine &line = proposal.lines.at(stale.first());
        const Money price = m_workspace->offers()->find(line.offerId)->price;
        text = tr("The catalogue price of “%1” is now %2; this proposal has %3.")
                   .arg(line.description,
                        Money(price.minorUnits(), proposal.currency).toDisplayString(),
                        line.unitPrice.toDisplayString());
    } else {
        text = tr("The catalogue price of %n lines has changed since they were added.", nullptr,
                  int(stale.size()));
    }
    m_priceNotice->showNotice(InlineNotice::Kind::Information, text, actions);
}

void ProposalEditor::refreshTables(const Proposal &proposal)
{
    ProposalTableEditor::Rows risks;
    for (const ProposalRisk &risk : proposal.risks)
        risks.append({risk.risk, riskLevelLabel(risk.likelihood), riskLevelLabel(risk.impact),
                      risk.mitigation});
    m_risks->setRows(risks);
    ProposalTableEditor::Rows milestones;
    for (const ProposalMilestone &milestone : proposal.milestones)
        milestones.append({milestone.name, milestone.date, milestone.owner});
    m_milestones->setRows(milestones);
    ProposalTableEditor::Rows benefits;
    for (const ProposalBenefit &benefit : proposal.benefits)
        benefits.append({benefit.description, benefit.amount.toString(),
                         benefit.billing == Billing::OneOff ? tr("One-off") : tr("Monthly")});
    m_benefits->setRows(benefits);
}

void ProposalEditor::refreshStyle(const Proposal &proposal)
{
    const int threshold = m_workspace->settings().formalStaffThreshold;
    const ProposalStyle bySize = styleForStaff(proposal.prospect.staff, threshold);
    const ProposalStyle style = m_store->styleOf(proposal);
    m_style->setCurrentIndex(
        m_style->findData(proposal.styleOverride ? int(*proposal.styleOverride) : -1));
    const QString reason = sizeReason(proposal.prospect.staff, threshold);
    if (!proposal.styleOverride)
        m_styleReason->setText(QStringLiteral("%1: %2").arg(proposalStyleLabel(style), reason));
    else if (*proposal.styleOverride == bySize)
        m_styleReason->setText(
            tr("%1, chosen here; the size agrees (%2)").arg(proposalStyleLabel(style), reason));
    else
        m_styleReason->setText((style == ProposalStyle::Formal
                                    ? tr("Formal, chosen here; by size it would be informal (%1)")
                                    : tr("Informal, chosen here; by size it would be formal (%1)"))
                                   .arg(reason));
    // The formal sections only mean something in a formal proposal.
    m_formal->setVisible(style == ProposalStyle::Formal);
    // Empty, the document writes the style's own next step; the placeholder shows it.
    m_nextStep->setPlaceholderText(style == ProposalStyle::Formal
                                       ? tr("e.g. Sign the acceptance section and return it")
                                       : tr("e.g. Reply to this letter, or sign below"));
}

void ProposalEditor::refreshTotals(const Proposal &proposal)
{
    m_oneOffTotal->setText(proposal.oneOffTotal().toDisplayString());
    m_monthlyTotal->setText(tr("%1 / month").arg(proposal.monthlyTotal().toDisplayString()));
    m_removeLine->setEnabled(!m_fieldsLocked && !proposal.lines.isEmpty());

    const CostBenefit finance = CostBenefit::of(proposal);
    const auto payback = finance.paybackTenthsOfMonth();
    const auto roi = [&](int months) {
        const auto tenths = finance.roiTenthsPercent(months);
        return tenths ? QStringLiteral(" (%1 %)").arg(formatTenths(*tenths)) : QString();
    };
    m_finance->setText(tr("<b>Payback:</b> %1 &nbsp;&nbsp; <b>Return after 1 year:</b> %2%3 "
                          "&nbsp;&nbsp; <b>after 3 years:</b> %4%5")
                           .arg(payback ? tr("%1 months").arg(formatTenths(*payback))
                                        : tr("never at these figures"),
                                finance.returnOneYear().toDisplayString(), roi(12),
                                finance.returnThreeYears().toDisplayString(), roi(36)));
}

} // namespace clientele
