#include "clientele/gui/proposaleditor.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/core/models/proposallinesmodel.h"
#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/proposalbook.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/inlinenotice.h"
#include "clientele/gui/textlisteditor.h"
#include "growingtextedit.h"
#include "icons.h"
#include "proposalchangespanel.h"
#include "proposalchoicedelegate.h"
#include "proposaltableeditor.h"
#include "proposalversionspanel.h"
#include "scrollarea.h"
#include "undokeyfilter.h"
#include "wrappinglabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

ProposalEditor::ProposalEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(workspace->proposals())
    , m_undoKeys(new UndoKeyFilter(this))
    , m_linesModel(new ProposalLinesModel(m_store, this))
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Proposal editor"));
    auto *page = new QWidget;
    page->setMaximumWidth(900);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(heading(tr("Prospect")));
    layout->addWidget(buildProspect());

    layout->addWidget(heading(tr("What they need and what they want")));
    m_needs = new TextListEditor(page);
    m_needs->setNames(tr("Needs"), ItemListEditor::Entry::Need);
    m_wants = new TextListEditor(page);
    m_wants->setNames(tr("Wants"), ItemListEditor::Entry::Want);
    auto *needsWants = new QGridLayout;
    needsWants->setHorizontalSpacing(16);
    // In a narrow window the headings wrap, each kept just above its list.
    needsWants->addWidget(new WrappingLabel(tr("Needs \u2014 what we recommend for")), 0, 0,
                          Qt::AlignLeft | Qt::AlignBottom);
    needsWants->addWidget(new WrappingLabel(tr("Wants \u2014 what they asked for")), 0, 1,
                          Qt::AlignLeft | Qt::AlignBottom);
    needsWants->addWidget(m_needs, 1, 0, Qt::AlignTop);
    needsWants->addWidget(m_wants, 1, 1, Qt::AlignTop);
    layout->addLayout(needsWants);
    connect(m_needs, &TextListEditor::edited, this,
            [this](const QStringList &items) { m_store->setNeeds(m_proposalId, items); });
    connect(m_wants, &TextListEditor::edited, this,
            [this](const QStringList &items) { m_store->setWants(m_proposalId, items); });

    layout->addWidget(heading(tr("Recommended offers")));
    layout->addWidget(buildOffers());

    layout->addWidget(heading(tr("Terms")));
    auto *terms = new QFormLayout;
    terms->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    terms->setHorizontalSpacing(16);
    m_terms = new GrowingTextEdit(page);
    m_terms->setLineLimits(2, 10);
    m_terms->setAccessibleName(tr("Terms"));
    m_nextStep = new QLineEdit(page);
    m_nextStep->setAccessibleName(tr("Next step"));
    m_nextStep->setPlaceholderText(tr("e.g. Reply to this letter and we book the "
                                      "first workshop"));
    terms->addRow(tr("&Terms"), m_terms);
    terms->addRow(tr("Ne&xt step"), m_nextStep);
    layout->addLayout(terms);
    bindText(m_terms, MergeId::ProposalTerms, [](Proposal &p, const QString &t) { p.terms = t; });
    bindText(m_nextStep, MergeId::ProposalNextStep,
             [](Proposal &p, const QString &t) { p.nextStep = t; });

    layout->addWidget(buildFormal());
    layout->addWidget(buildVersions());
    layout->addStretch();

    auto *centring = new QWidget;
    auto *centre = new QHBoxLayout(centring);
    centre->setContentsMargins(24, 16, 24, 24);
    centre->addWidget(page, 1);
    centre->addStretch(0);
    setScrollingContent(m_scroll, centring);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_store, &ProposalBook::changed, this, [this](qint64 id) {
        if (id == m_proposalId)
            refresh();
    });
    connect(m_store, &ProposalBook::stylesChanged, this, &ProposalEditor::refresh);
    connect(workspace, &Workspace::settingsChanged, this, &ProposalEditor::refresh);
    for (auto signal : {&ProfileStore::added, &ProfileStore::changed, &ProfileStore::removed})
        connect(workspace->profiles(), signal, this, &ProposalEditor::refresh);
    // A catalogue price changed while the proposal is open.
    for (auto signal : {&ItemStore::changed, &ItemStore::removed})
        connect(workspace->offers(), signal, this, [this] {
            if (const auto proposal = m_store->find(m_proposalId))
                refreshNotices(*proposal);
        });
}

ProposalEditor::~ProposalEditor() = default;

QLabel *ProposalEditor::heading(const QString &text)
{
    auto *label = new QLabel(text, this);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, 14, 0, 0);
    return label;
}

QWidget *ProposalEditor::buildHeader()
{
    buildLifecycleActions();
    auto *header = new QWidget(this);
    auto *outer = new QVBoxLayout(header);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    outer->addLayout(row);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    m_number = new QLabel(header);
    m_number->setAccessibleName(tr("Proposal number"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_number->setFont(big);
    m_sendButton = new QToolButton(header);
    m_sendButton->setDefaultAction(m_sendAction);
    m_sendButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(m_number, 1);
    row->addWidget(m_sendButton);

    auto *status = new QHBoxLayout;
    outer->addLayout(status);
    status->setSpacing(10);
    m_statusText = new QLabel(header);
    m_statusText->setAccessibleName(tr("Status"));
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changesLink = new QLabel(header);
    m_changesLink->setAccessibleName(tr("Changes since the version sent"));
    m_changesLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_changesLink, &QLabel::linkActivated, this, [this] {
        m_scroll->ensureWidgetVisible(m_versionsSection, 0, 0);
        m_scroll->ensureWidgetVisible(m_changes);
    });
    m_validUntil = new QDateEdit(header);
    m_validUntil->setAccessibleName(tr("Valid until"));
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(mediumDateFormat());
    m_validUntil->setToolTip(tr("Sending restarts the clock: the prospect gets as many days from "
                                "the day it is sent"));
    m_validLabel = new QLabel(tr("&Valid until"), header);
    m_validLabel->setBuddy(m_validUntil);
    status->addWidget(m_statusText);
    status->addWidget(m_changesLink);
    status->addStretch(1);
    status->addWidget(m_validLabel);
    status->addWidget(m_validUntil);
    connect(m_validUntil, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_refreshing)
            m_store->setValidUntil(m_proposalId, date);
    });
    m_undoKeys->watch(m_validUntil);
    m_sentNotice = new InlineNotice(header);
    m_approvalNotice = new InlineNotice(header);
    m_validityNotice = new InlineNotice(header);
    outer->addWidget(m_sentNotice);
    outer->addWidget(m_approvalNotice);
    outer->addWidget(m_validityNotice);
    return header;
}

QWidget *ProposalEditor::buildVersions()
{
    m_versionsSection = new QWidget(this);
    auto *layout = new QVBoxLayout(m_versionsSection);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Versions sent")));
    m_versions = new ProposalVersionsPanel(m_versionsSection);
    m_changes = new ProposalChangesPanel(m_versionsSection);
    layout->addWidget(m_versions);
    layout->addWidget(m_changes);
    connect(m_versions, &ProposalVersionsPanel::exportRequested, this,
            &ProposalEditor::exportVersion);
    connect(m_changes, &ProposalChangesPanel::printChangesChosen, this,
            [this](bool print) { m_store->setPrintChanges(m_proposalId, print); });
    return m_versionsSection;
}

QWidget *ProposalEditor::buildProspect()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto line = [&](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(box);
        edit->setAccessibleName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_company = line(tr("Company"), tr("The firm the proposal is for"));
    m_contact = line(tr("Contact"), tr("Who reads it"));
    // Created in the order the form shows them, which is the order Tab takes.
    m_staff = new QSpinBox(box);
    m_staff->setAccessibleName(tr("Staff"));
    m_staff->setRange(0, 1000000);
    m_staff->setSpecialValueText(tr("Not known"));
    m_staff->setSuffix(tr(" staff"));
    m_staff->setMaximumWidth(160);
    m_industry = line(tr("Industry"), {});
    m_systems = line(tr("Current systems"), tr("e.g. MYOB, spreadsheets, a job-tracking app"));
    m_profile = new QComboBox(box);
    m_profile->setAccessibleName(tr("Customer profile"));
    m_style = new QComboBox(box);
    m_style->setAccessibleName(tr("Style"));
    m_style->addItem(tr("Automatic by size"), -1);
    m_style->addItem(tr("Informal"), int(ProposalStyle::Informal));
    m_style->addItem(tr("Formal"), int(ProposalStyle::Formal));
    m_styleReason = new QLabel(box);
    m_styleReason->setAccessibleName(tr("Style that applies"));
    m_styleReason->setWordWrap(true);
    auto *styleRow = new QHBoxLayout;
    // The form's spacing is split in two, which a nested row would inherit as none at all.
    styleRow->setSpacing(form->horizontalSpacing());
    styleRow->addWidget(m_style);
    styleRow->addWidget(m_styleReason, 1);
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("C&ontact"), m_contact);
    form->addRow(tr("St&aff"), m_staff);
    form->addRow(tr("&Industry"), m_industry);
    form->addRow(tr("Current s&ystems"), m_systems);
    form->addRow(tr("Customer &profile"), m_profile);
    // A row holding a layout gets no buddy by itself; the mnemonic needs one.
    auto *styleLabel = new QLabel(tr("Sty&le"), box);
    styleLabel->setBuddy(m_style);
    form->addRow(styleLabel, styleRow);

    bindText(m_company, MergeId::ProposalCompany,
             [](Proposal &p, const QString &t) { p.prospect.company = t; });
    bindText(m_contact, MergeId::ProposalContact,
             [](Proposal &p, const QString &t) { p.prospect.contact = t; });
    bindText(m_industry, MergeId::ProposalIndustry,
             [](Proposal &p, const QString &t) { p.prospect.industry = t; });
    bindText(m_systems, MergeId::ProposalSystems,
             [](Proposal &p, const QString &t) { p.prospect.currentSystems = t; });
    m_undoKeys->watch(m_staff);
    connect(m_staff, &QSpinBox::valueChanged, this, [this](int staff) {
        commit(tr("Edit prospect"), MergeId::ProposalStaff,
               [&](Proposal &p) { p.prospect.staff = staff; });
    });
    connect(m_profile, &QComboBox::activated, this,
            [this] { m_store->setProfile(m_proposalId, m_profile->currentData().toLongLong()); });
    connect(m_style, &QComboBox::activated, this, [this] {
        const int style = m_style->currentData().toInt();
        m_store->setStyle(m_proposalId,
                          style < 0 ? std::nullopt : std::optional(ProposalStyle(style)));
    });
    return box;
}

void ProposalEditor::bindText(QLineEdit *edit, MergeId mergeKey,
                              const std::function<void(Proposal &, const QString &)> &set)
{
    m_undoKeys->watch(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, mergeKey, set](const QString &text) {
        commit(tr("Edit proposal"), mergeKey, [&](Proposal &p) { set(p, text); });
    });
}

void ProposalEditor::bindText(GrowingTextEdit *edit, MergeId mergeKey,
                              const std::function<void(Proposal &, const QString &)> &set)
{
    m_undoKeys->watch(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, mergeKey, set] {
        const QString text = edit->toPlainText();
        commit(tr("Edit proposal"), mergeKey, [&](Proposal &p) { set(p, text); });
    });
}

void ProposalEditor::commit(const QString &text, MergeId mergeKey,
                            const std::function<void(Proposal &)> &change)
{
    if (m_refreshing)
        return;
    auto proposal = m_store->find(m_proposalId);
    if (!proposal)
        return;
    change(*proposal);
    m_store->update(*proposal, text, mergeKey);
}

} // namespace clientele
