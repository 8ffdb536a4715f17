#include "proposalchangespanel.h"

#include "clientele/domain/proposalchanges.h"
#include "fittedtable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace clientele {

namespace {

// The draft being written, among the versions to compare.
constexpr int kDraft = 0;

// A field's text as one line of the table: the parts of a risk, milestone or benefit come
// separated by tabs; a value that was not there reads as a dash.
QString shown(QString text)
{
    text.replace(QLatin1Char('\t'), QStringLiteral(" \u00b7 "));
    return text.trimmed().isEmpty() ? QStringLiteral("\u2014") : text;
}

} // namespace

ProposalChangesPanel::ProposalChangesPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_table(new FittedTable(tr("Changes"), {tr("What changed"), QString(), QString()}, this))
    , m_none(new QLabel(this))
    , m_print(new QCheckBox(tr("Print the c&hanges as the last page"), this))
{
    QFont font = m_title->font();
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_title->setContentsMargins(0, 12, 0, 0);
    m_from->setAccessibleName(tr("Compare version"));
    m_to->setAccessibleName(tr("With version"));
    // Old beside new, each as wide as the other.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_none->setWordWrap(true);
    m_print->setToolTip(tr("The prospect sees what changed since the version they hold"));

    auto *choices = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("Compare"), this);
    compareLabel->setBuddy(m_from);
    auto *withLabel = new QLabel(tr("with"), this);
    withLabel->setBuddy(m_to);
    choices->addWidget(compareLabel);
    choices->addWidget(m_from);
    choices->addWidget(withLabel);
    choices->addWidget(m_to);
    choices->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(choices);
    layout->addWidget(m_table);
    layout->addWidget(m_none);
    layout->addWidget(m_print);

    for (QComboBox *combo : {m_from, m_to})
        connect(combo, &QComboBox::activated, this, &ProposalChangesPanel::showChanges);
    connect(m_print, &QCheckBox::clicked, this, &ProposalChangesPanel::printChangesChosen);
}

void ProposalChangesPanel::setProposal(const Proposal &proposal)
{
    const bool another = proposal.id != m_proposal.id;
    const bool reshaped = proposal.sent.size() != m_proposal.sent.size()
                          || proposal.isFrozen() != m_proposal.isFrozen();
    m_proposal = proposal;
    if (another || reshaped || m_from->count() == 0)
        fillChoices();
    // The draft prints its changes since the version sent before it.
    const ProposalVersion *held = nullptr;
    for (const ProposalVersion &version : proposal.sent)
        if (version.version < proposal.version)
            held = &version;
    m_print->setVisible(held != nullptr);
    if (held)
        m_print->setText(
            tr("Print the c&hanges since version %1 as the last page").arg(held->version));
    const QSignalBlocker blocker(m_print);
    m_print->setChecked(proposal.printChanges);
    showChanges();
}

void ProposalChangesPanel::setPrintEditable(bool editable)
{
    m_print->setEnabled(editable);
}

void ProposalChangesPanel::compare(int from, int to)
{
    m_from->setCurrentIndex(m_from->findData(from));
    m_to->setCurrentIndex(m_to->findData(to));
    showChanges();
}

void ProposalChangesPanel::fillChoices()
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->clear();
    m_to->clear();
    for (const ProposalVersion &version : m_proposal.sent) {
        m_from->addItem(tr("version %1").arg(version.version), version.version);
        m_to->addItem(tr("version %1").arg(version.version), version.version);
    }
    if (!m_proposal.isFrozen())
        m_to->addItem(tr("now (version %1, draft)").arg(m_proposal.version), kDraft);
    // The newest against the one before it.
    m_to->setCurrentIndex(m_to->count() - 1);
    m_from->setCurrentIndex(m_proposal.isFrozen() ? m_from->count() - 2 : m_from->count() - 1);
}

QString ProposalChangesPanel::title() const
{
    return m_title->text();
}

void ProposalChangesPanel::showChanges()
{
    const int from = m_from->currentData().toInt();
    const int to = m_to->currentData().toInt();
    const ProposalVersion *before = m_proposal.sentVersion(from);
    const ProposalVersion *after = to == kDraft ? nullptr : m_proposal.sentVersion(to);
    if (!before || !before->content || (to != kDraft && (!after || !after->content))) {
        m_title->setText(tr("Changes"));
        m_table->setRows({});
        m_table->hide();
        m_none->setText(tr("Choose two versions to compare."));
        m_none->show();
        m_count = 0;
        return;
    }
    const QString fromName = tr("Version %1").arg(from);
    const QString toName = to == kDraft ? tr("Now") : tr("Version %1").arg(to);
    m_title->setText(to == kDraft ? tr("Changes since version %1").arg(from)
                                  : tr("Changes from version %1 to version %2").arg(from).arg(to));
    m_table->setHeaders({tr("What changed"), fromName, toName});
    const QList<FieldChange> changes =
        proposalChanges(*before->content, to == kDraft ? m_proposal : *after->content);
    QList<QStringList> rows;
    for (const FieldChange &change : changes)
        rows << QStringList{change.label, shown(change.before), shown(change.after)};
    m_table->setRows(rows);
    m_count = int(changes.size());
    m_table->setVisible(!changes.isEmpty());
    m_none->setVisible(changes.isEmpty());
    m_none->setText(to == kDraft ? tr("Nothing has changed since version %1 yet.").arg(from)
                                 : tr("Versions %1 and %2 read the same.").arg(from).arg(to));
}

} // namespace clientele
