#include "proposalversionspanel.h"
#include "clientele/domain/textlanguage.h"

#include "fittedtable.h"
#include "icons.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

// Enough of the hash to tell versions apart and to check against a file; the tooltip has all.
constexpr int kShortHash = 12;

QString day(const QDate &date)
{
    return mediumDateText(date);
}

} // namespace

ProposalVersionsPanel::ProposalVersionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new FittedTable(
          tr("Sent versions"),
          {tr("Version"), tr("Sent"), tr("Valid until"), tr("SHA-256"), tr("Approved by")}, this))
    , m_export(new QAction(themedIcon(QStringLiteral("export-pdf")),
                           tr("E&xport Version as PDF\u2026"), this))
{
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_export->setObjectName(QStringLiteral("exportVersionAction"));
    m_export->setToolTip(tr("Save the selected version's PDF exactly as it was sent"));
    connect(m_export, &QAction::triggered, this, [this] {
        if (const int version = selectedVersion())
            Q_EMIT exportRequested(version);
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this] { m_export->trigger(); });

    auto *button = new QToolButton(this);
    button->setDefaultAction(m_export);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void ProposalVersionsPanel::setProposal(const Proposal &proposal)
{
    QList<QStringList> rows;
    m_versions.clear();
    for (const ProposalVersion &version : proposal.sent) {
        m_versions << version.version;
        rows << QStringList{QString::number(version.version),
                            day(version.sentAt.toLocalTime().date()), day(version.validUntil),
                            version.sha256.left(kShortHash), version.approvedBy};
    }
    m_table->setRows(rows);
    for (int row = 0; row < proposal.sent.size(); ++row)
        m_table->item(row, 3)->setToolTip(proposal.sent.at(row).sha256);
    m_export->setEnabled(!m_versions.isEmpty());
}

int ProposalVersionsPanel::selectedVersion() const
{
    if (m_versions.isEmpty())
        return 0;
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_versions.size())
        return m_versions.at(row);
    return m_versions.last();
}

} // namespace clientele
