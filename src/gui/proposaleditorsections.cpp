// ProposalEditor: the recommended offers and the formal proposal's sections.

#include "clientele/gui/proposaleditor.h"

#include "clientele/core/models/proposallinesmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/proposalbook.h"
#include "clientele/gui/inlinenotice.h"
#include "flowlayout.h"
#include "growingtextedit.h"
#include "icons.h"
#include "proposalchoicedelegate.h"
#include "proposaltableeditor.h"
#include "undokeyfilter.h"

#include <QAction>
#include <QDate>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

QStringList levels()
{
    return {riskLevelLabel(RiskLevel::Low), riskLevelLabel(RiskLevel::Medium),
            riskLevelLabel(RiskLevel::High)};
}

} // namespace

QWidget *ProposalEditor::buildOffers()
{
    auto *box = new QWidget(this);
    m_lines = new QTableView(box);
    m_lines->setModel(m_linesModel);
    m_lines->setAccessibleName(tr("Recommended offers"));
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setShowGrid(false);
    m_lines->setAlternatingRowColors(true);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setTabKeyNavigation(false);
    m_lines->setMinimumHeight(120);
    auto *billing = new ProposalChoiceDelegate(m_lines);
    billing->setChoices(ProposalLinesModel::BillingColumn, {tr("One-off"), tr("Monthly")},
                        {billingKey(Billing::OneOff), billingKey(Billing::Monthly)});
    m_lines->setItemDelegate(billing);
    QHeaderView *header = m_lines->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProposalLinesModel::Description, QHeaderView::Stretch);
    header->setMinimumSectionSize(90);

    m_addMenu = new QMenu(box);
    connect(m_addMenu, &QMenu::aboutToShow, this, &ProposalEditor::fillOfferMenu);
    m_addLine = new QToolButton(box);
    m_addLine->setText(tr("&Add offer"));
    m_addLine->setIcon(themedIcon(QStringLiteral("list-add")));
    m_addLine->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addLine->setPopupMode(QToolButton::InstantPopup);
    m_addLine->setMenu(m_addMenu);
    m_addLine->setAccessibleName(tr("Add an offer from the ladder"));
    m_removeLine = new QToolButton(box);
    m_removeLine->setText(tr("&Remove line"));
    m_removeLine->setIcon(themedIcon(QStringLiteral("list-remove")));
    m_removeLine->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_removeLine, &QToolButton::clicked, this, [this] {
        if (const QModelIndex row = m_lines->currentIndex(); row.isValid())
            m_linesModel->removeRows(row.row(), 1);
    });
    auto *removeKey = new QAction(m_lines);
    removeKey->setShortcut(QKeySequence(QKeySequence::Delete));
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, m_removeLine, &QToolButton::click);
    m_lines->addAction(removeKey);

    // Totals right-aligned under the amounts, one-off and monthly kept apart.
    m_oneOffTotal = new QLabel(box);
    m_monthlyTotal = new QLabel(box);
    auto *totals = new QGridLayout;
    totals->setHorizontalSpacing(16);
    int row = 0;
    for (auto [caption, value] : {std::pair{tr("One-off total"), m_oneOffTotal},
                                  std::pair{tr("Monthly total"), m_monthlyTotal}}) {
        auto *label = new QLabel(caption, box);
        value->setAccessibleName(caption);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(130);
        QFont bold = value->font();
        bold.setWeight(QFont::DemiBold);
        value->setFont(bold);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        totals->addWidget(label, row, 0, Qt::AlignRight);
        totals->addWidget(value, row, 1);
        ++row;
    }
    // The buttons on the left and the totals on the right, or under the buttons, still on the
    // right, when the editor is too narrow for both.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addLine);
    buttons->addWidget(m_removeLine);
    buttons->addStretch();
    auto *rightTotals = new QHBoxLayout;
    rightTotals->addStretch();
    rightTotals->addLayout(totals);
    auto *belowLines = new FlowLayout;
    belowLines->setSpacing(6);
    belowLines->addLayout(buttons);
    belowLines->addLayout(rightTotals);

    m_priceNotice = new InlineNotice(box);
    m_repeatNotice = new InlineNotice(box);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lines);
    layout->addWidget(m_priceNotice);
    layout->addWidget(m_repeatNotice);
    layout->addLayout(belowLines);
    return box;
}

void ProposalEditor::addOffer(qint64 offerId)
{
    const auto offer = m_workspace->offers()->find(offerId);
    const auto proposal = m_store->find(m_proposalId);
    if (!offer || !proposal)
        return;
    const int existing = ProposalBook::lineOfOffer(*proposal, offerId);
    if (existing < 0) {
        m_repeatNotice->dismiss();
        m_store->addOfferLine(m_proposalId, *offer);
        return;
    }
    const Offer chosen = *offer;
    m_repeatNotice->showNotice(InlineNotice::Kind::Information,
                               tr("“%1” is already on this proposal.").arg(offer->name),
                               {{tr("&Go to Line"),
                                 [this, existing] {
                                     m_repeatNotice->dismiss();
                                     m_lines->setFocus();
                                     m_lines->setCurrentIndex(m_linesModel->index(existing, 0));
                                 }},
                                {tr("Add &Anyway"), [this, chosen] {
                                     m_repeatNotice->dismiss();
                                     m_store->addOfferLine(m_proposalId, chosen);
                                 }}});
}

void ProposalEditor::fillOfferMenu()
{
    m_addMenu->clear();
    QList<Offer> offers = m_workspace->offers()->ladder();
    for (const Offer &offer : m_workspace->offers()->all())
        if (!offer.ladder)
            offers.append(offer);
    for (const Offer &offer : std::as_const(offers)) {
        const QString stage = offer.ladder ? ladderStageLabel(offer.ladder->stage) : tr("Other");
        const QString price = offer.isFree() ? tr("Free")
                              : offer.isMonthly()
                                  ? tr("%1 / month").arg(offer.price.toDisplayString())
                                  : offer.price.toDisplayString();
        QAction *add =
            m_addMenu->addAction(QStringLiteral("%1: %2 \u2014 %3").arg(stage, offer.name, price));
        add->setData(offer.id);
        const qint64 id = offer.id;
        connect(add, &QAction::triggered, this, [this, id] { addOffer(id); });
    }
    QAction *custom = m_addMenu->addAction(tr("Other line\u2026"));
    connect(custom, &QAction::triggered, this, [this] {
        m_linesModel->insertRows(m_linesModel->rowCount(), 1);
        const QModelIndex added = m_linesModel->index(m_linesModel->rowCount() - 1, 0);
        m_lines->setCurrentIndex(added);
        m_lines->edit(added);
    });
    if (offers.isEmpty())
        m_addMenu->insertSection(custom, tr("No offers in the catalogue yet"));
}

QGroupBox *ProposalEditor::buildFormal()
{
    m_formal = new QGroupBox(tr("Formal proposal"), this);
    m_formal->setAccessibleName(tr("Formal proposal"));
    auto *layout = new QVBoxLayout(m_formal);
    layout->setSpacing(6);
    const auto caption = [&](const QString &text) {
        auto *label = new QLabel(text, m_formal);
        QFont font = label->font();
        font.setWeight(QFont::DemiBold);
        label->setFont(font);
        label->setContentsMargins(0, 8, 0, 0);
        layout->addWidget(label);
        return label;
    };
    caption(tr("Executive summary"));
    m_summary = new GrowingTextEdit(m_formal);
    m_summary->setLineLimits(3, 14);
    m_summary->setAccessibleName(tr("Executive summary"));
    layout->addWidget(m_summary);
    bindText(m_summary, MergeId::ProposalSummary,
             [](Proposal &p, const QString &t) { p.executiveSummary = t; });

    caption(tr("Risk assessment"));
    m_risks = new ProposalTableEditor(m_formal);
    m_risks->setup(tr("Risks"), tr("Add a risk (Insert)"),
                   {tr("Risk"), tr("Likelihood"), tr("Impact"), tr("Mitigation")},
                   {tr("New risk"), riskLevelLabel(RiskLevel::Medium),
                    riskLevelLabel(RiskLevel::Medium), QString()});
    m_risks->setChoices(1, levels());
    m_risks->setChoices(2, levels());
    layout->addWidget(m_risks);

    caption(tr("Project plan"));
    m_milestones = new ProposalTableEditor(m_formal);
    m_milestones->setup(tr("Milestones"), tr("Add a milestone (Insert)"),
                        {tr("Milestone"), tr("Date"), tr("Owner")},
                        {tr("New milestone"), QDate::currentDate().addDays(14), QString()});
    layout->addWidget(m_milestones);

    caption(tr("Benefits"));
    m_benefits = new ProposalTableEditor(m_formal);
    m_benefits->setup(tr("Benefits"), tr("Add a benefit (Insert)"),
                      {tr("Benefit"), tr("Amount"), tr("Per")},
                      {tr("New benefit"), QStringLiteral("0.00"), tr("Monthly")});
    m_benefits->setChoices(2, {tr("Monthly"), tr("One-off")});
    m_benefits->setRightAligned(1);
    layout->addWidget(m_benefits);
    m_finance = new QLabel(m_formal);
    m_finance->setAccessibleName(tr("Payback and return"));
    m_finance->setWordWrap(true);
    m_finance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_finance);

    connect(m_risks, &ProposalTableEditor::edited, this, [this](const auto &rows) {
        QList<ProposalRisk> risks;
        for (const auto &row : rows) {
            const auto level = [](const QVariant &v) {
                for (RiskLevel l : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
                    if (riskLevelLabel(l) == v.toString())
                        return l;
                return RiskLevel::Medium;
            };
            risks.append({row.value(0).toString(), level(row.value(1)), level(row.value(2)),
                          row.value(3).toString()});
        }
        m_store->setRisks(m_proposalId, risks);
    });
    connect(m_milestones, &ProposalTableEditor::edited, this, [this](const auto &rows) {
        QList<ProposalMilestone> milestones;
        for (const auto &row : rows)
            milestones.append(
                {row.value(0).toString(), row.value(1).toDate(), row.value(2).toString()});
        m_store->setMilestones(m_proposalId, milestones);
    });
    connect(m_benefits, &ProposalTableEditor::edited, this, [this](const auto &rows) {
        const auto proposal = m_store->find(m_proposalId);
        if (!proposal)
            return;
        QList<ProposalBenefit> benefits;
        for (const auto &row : rows) {
            const auto amount = Money::parse(row.value(1).toString(), proposal->currency);
            benefits.append(
                {row.value(0).toString(), amount ? *amount : Money(0, proposal->currency),
                 row.value(2).toString() == tr("One-off") ? Billing::OneOff : Billing::Monthly});
        }
        // Refused input (an amount that is not money) shows the stored rows again.
        if (!m_store->setBenefits(m_proposalId, benefits))
            refresh();
        else
            refreshTables(*m_store->find(m_proposalId));
    });
    return m_formal;
}

} // namespace clientele
