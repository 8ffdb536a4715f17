#include "clientele/gui/reviewroundsdialog.h"

#include "clientele/core/reviewrounds.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/printactions.h"
#include "clientele/render/reviewpack.h"
#include "reviewchangestable.h"
#include "safefilename.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

// The wait cursor while the window works on something the user waits for.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

QString shortTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReviewRoundsDialog::ReviewRoundsDialog(Workspace *workspace, Tools tools, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_tools(std::move(tools))
    , m_summary(wrappingLabel(this))
    , m_list(new QTreeWidget(this))
    , m_start(new QPushButton(tr("&Start Review Round\u2026"), this))
    , m_export(new QPushButton(tr("&Export Pack as PDF\u2026"), this))
    , m_signOff(new QPushButton(tr("Sign &Off\u2026"), this))
    , m_heading(new QLabel(this))
    , m_changesStack(new QStackedWidget(this))
    , m_changesNote(wrappingLabel(this))
    , m_table(new ReviewChangesTable(this))
{
    setObjectName(QStringLiteral("reviewRoundsDialog"));
    setWindowTitle(tr("Review Rounds"));
    addActions(m_tools.undoRedo);

    m_list->setObjectName(QStringLiteral("reviewRoundList"));
    m_list->setAccessibleName(tr("Review rounds, oldest first"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Round"), tr("Name"), tr("Started"), tr("Signed off by"),
                             tr("Signed off"), tr("SHA-256")});
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    for (int column : {Number, Started, SignedOffBy, SignedOffAt, Sha256})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Stretch);

    m_start->setObjectName(QStringLiteral("startReviewButton"));
    m_start->setToolTip(tr("Freeze the profiles, the ICP chart and the offers as they stand now, "
                           "and print the owner's review pack from them"));
    m_export->setObjectName(QStringLiteral("exportPackButton"));
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    auto *roundButtons = new QHBoxLayout;
    roundButtons->addWidget(m_start);
    roundButtons->addWidget(m_export);
    roundButtons->addWidget(m_signOff);
    roundButtons->addStretch();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_list, 1);
    topLayout->addLayout(roundButtons);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("changesHeading"));
    m_changesNote->setObjectName(QStringLiteral("changesNote"));
    m_changesNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_changesStack->addWidget(m_changesNote);
    m_changesStack->addWidget(m_table);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_heading);
    bottomLayout->addWidget(m_changesStack, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_start, &QPushButton::clicked, this, &ReviewRoundsDialog::startRound);
    connect(m_export, &QPushButton::clicked, this, &ReviewRoundsDialog::exportPack);
    connect(m_signOff, &QPushButton::clicked, this, &ReviewRoundsDialog::signOff);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showChanges();
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, &ReviewRoundsDialog::exportPack);
    ReviewRounds *reviews = m_workspace->reviews();
    for (auto signal : {&ReviewRounds::added, &ReviewRounds::changed, &ReviewRounds::removed})
        connect(reviews, signal, this, &ReviewRoundsDialog::reload);

    resize(900, 640);
    reload();
    selectRound(m_rounds.isEmpty() ? 0 : m_rounds.last().number);
}

QTableWidget *ReviewRoundsDialog::changesTable() const
{
    return m_table;
}

std::optional<ReviewRound> ReviewRoundsDialog::selectedRound() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_rounds.size())
        return std::nullopt;
    return m_rounds.at(row);
}

void ReviewRoundsDialog::selectRound(int number)
{
    for (int row = 0; row < m_rounds.size(); ++row)
        if (m_rounds.at(row).number == number)
            m_list->setCurrentItem(m_list->topLevelItem(row));
}

void ReviewRoundsDialog::reload()
{
    const std::optional<ReviewRound> selected = selectedRound();
    m_rounds = m_workspace->reviews()->rounds();
    {
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        for (const ReviewRound &round : std::as_const(m_rounds)) {
            auto *row = new QTreeWidgetItem(m_list);
            row->setText(Number, QString::number(round.number));
            row->setTextAlignment(Number, Qt::AlignRight | Qt::AlignVCenter);
            row->setText(Name, round.name);
            row->setText(Started, shortTime(round.startedAt));
            row->setText(SignedOffBy, round.signedOffBy);
            row->setText(SignedOffAt, shortTime(round.signedOffAt));
            //: The first digits of a review pack's SHA-256, which the tooltip gives in full.
            row->setText(Sha256, tr("%1\u2026").arg(round.sha256.left(12)));
            row->setToolTip(Sha256, round.sha256);
        }
    }
    m_summary->setText(
        m_rounds.isEmpty()
            ? tr("No review rounds yet. Start one to freeze the profiles with their \u201Cnot our "
                 "customer\u201D lists, the ICP chart with its ideal and the offer ladder as the "
                 "business owner reviews them, and to print the review pack.")
            : tr("%n review rounds, oldest first. Each keeps the pack printed when it started; "
                 "from round 2 on the pack opens with what changed since the round before.",
                 nullptr, int(m_rounds.size())));
    // Keep the round in view; after a new round or an undo, the latest.
    int keep = m_rounds.isEmpty() ? 0 : m_rounds.last().number;
    if (selected && selected->number <= keep)
        keep = selected->number;
    selectRound(keep);
    showChanges();
    updateButtons();
}

void ReviewRoundsDialog::updateButtons()
{
    const std::optional<ReviewRound> round = selectedRound();
    const bool writable = !m_workspace->file().isReadOnly();
    m_start->setEnabled(writable);
    m_export->setEnabled(round.has_value());
    m_signOff->setEnabled(writable && round && !round->isSignedOff());
    if (round && round->isSignedOff())
        m_signOff->setToolTip(
            tr("%1 was signed off by %2 on %3.")
                .arg(round->name, round->signedOffBy, shortTime(round->signedOffAt)));
    else
        m_signOff->setToolTip(tr("Record who signed the selected round off, and when"));
    m_export->setToolTip(
        round ? tr("Save the pack of %1 exactly as it was printed when the round started")
                    .arg(round->name)
              : tr("Start a round first: its pack is kept with it"));
}

std::optional<QList<ReviewChangeGroup>> ReviewRoundsDialog::changesOf(const ReviewRound &round)
{
    if (const auto known = m_changes.constFind(round.uuid); known != m_changes.constEnd())
        return *known;
    const BusyCursor busy;
    const auto changes = m_workspace->reviews()->changesIn(round);
    if (!changes) {
        m_changesNote->setText(changes.errorMessage());
        return std::nullopt;
    }
    m_changes.insert(round.uuid, *changes);
    return *changes;
}

void ReviewRoundsDialog::showChanges()
{
    const std::optional<ReviewRound> round = selectedRound();
    m_changesStack->setCurrentWidget(m_changesNote);
    if (!round) {
        m_heading->setText(tr("What changed"));
        m_changesNote->setText(tr("From round 2 on, what changed since the round before shows "
                                  "here."));
        return;
    }
    if (round->number == 1) {
        m_heading->setText(tr("What changed"));
        m_changesNote->setText(
            tr("Round 1 is the first round: there is no earlier one to compare it with."));
        return;
    }
    const int previous = round->number - 1;
    m_heading->setText(tr("What changed since round %1").arg(previous));
    const auto changes = changesOf(*round);
    if (!changes)
        return;
    if (changes->isEmpty()) {
        m_changesNote->setText(
            tr("Nothing changed between round %1 and round %2.").arg(previous).arg(round->number));
        return;
    }
    m_table->setChanges(*changes, previous, round->number);
    m_changesStack->setCurrentWidget(m_table);
}

void ReviewRoundsDialog::startRound()
{
    if (m_workspace->file().isReadOnly())
        return;
    const std::optional<ReviewRound> last = m_workspace->reviews()->latest();
    const int number = last ? last->number + 1 : 1;
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Start Review Round"));
    ask.setLabelText(tr("Round %1 freezes the profiles, the ICP chart and the offers as they "
                        "stand now, and prints the owner's review pack from them.\n\n"
                        "Name of the round:")
                         .arg(number));
    ask.setTextValue(tr("Round %1").arg(number));
    if (ask.exec() != QDialog::Accepted)
        return;
    const Result<qint64> started = [&] {
        const BusyCursor busy;
        const WorkspaceSettings settings = m_workspace->settings();
        return m_workspace->reviews()->start(
            ask.textValue(),
            [&settings](const ReviewRound &round, const QList<ReviewChangeGroup> &changes) {
                return reviewPackPdf(round, settings, changes);
            });
    }();
    if (!started) {
        QMessageBox::warning(this, tr("Start Review Round"), started.errorMessage());
        return;
    }
    const auto round = m_workspace->reviews()->find(*started);
    if (!round)
        return;
    selectRound(round->number);
    QMessageBox offer(QMessageBox::Question, tr("Start Review Round"),
                      tr("%1 is started, and its review pack is kept with it. Save the pack as a "
                         "PDF for the owner now?")
                          .arg(round->name),
                      QMessageBox::NoButton, this);
    QPushButton *save = offer.addButton(tr("&Save PDF\u2026"), QMessageBox::AcceptRole);
    offer.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    offer.setDefaultButton(save);
    offer.exec();
    if (offer.clickedButton() == save)
        exportPack();
}

void ReviewRoundsDialog::exportPack()
{
    const std::optional<ReviewRound> round = selectedRound();
    if (!round || !m_tools.print)
        return;
    //: The suggested file name, without .pdf, of a round's review pack; %1 is the round's name.
    const QString name = tr("Review pack %1").arg(round->name);
    m_tools.print->exportPdfBytes(safeFileName(name, tr("Review pack")), round->pdf, this);
}

void ReviewRoundsDialog::signOff()
{
    const std::optional<ReviewRound> round = selectedRound();
    if (!round || !m_signOff->isEnabled())
        return;
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Sign Off %1").arg(round->name));
    ask.setLabelText(tr("Who signed %1 off?").arg(round->name));
    if (ask.exec() != QDialog::Accepted)
        return;
    if (const Status signedOff = m_workspace->reviews()->signOff(round->id, ask.textValue());
        !signedOff)
        QMessageBox::warning(this, tr("Sign Off"), signedOff.errorMessage());
}

} // namespace clientele
