#include "clientele/gui/offereditor.h"

#include "ui_offereditor.h"

#include "clientele/core/offercatalogue.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/gui/textlisteditor.h"
#include "readonlylook.h"
#include "themecolours.h"
#include "undokeyfilter.h"

namespace clientele {

namespace {

// Merge keys for the retainer's number fields: typing "12" is one step, not "1" then "12".
// Far above the store's own keys so they never meet.

constexpr int kOffLadder = -1;

} // namespace

OfferEditor::OfferEditor(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OfferEditor>())
    , m_workspace(workspace)
    , m_store(workspace->offers())
    , m_undoKeys(new UndoKeyFilter(this))
{
    m_ui->setupUi(this);
    // Tab goes from field to field; the area scrolls to each.
    m_ui->scrollArea->setFocusPolicy(Qt::NoFocus);
    m_ui->form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->promiseEdit->setLineLimits(2, 6);
    m_ui->stepEdit->setLineLimits(1, 4);
    // Obstacles are sentences: they wrap rather than run off the side.
    m_ui->answersList->setWordWrap(true);
    m_ui->answersList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->answersList->setSpacing(1);
    for (OfferKind kind : allOfferKinds())
        m_ui->kindCombo->addItem(offerKindLabel(kind), int(kind));
    m_ui->stageCombo->addItem(tr("Not on the ladder"), kOffLadder);
    for (LadderStage stage : allLadderStages())
        m_ui->stageCombo->addItem(ladderStageLabel(stage), int(stage));
    styleHeadings();
    bindTexts();
    bindRetainer();
    bindList(m_ui->includedList, OfferList::Included, ItemListEditor::Entry::Inclusion);
    bindList(m_ui->excludedList, OfferList::Excluded, ItemListEditor::Entry::Exclusion);
    bindList(m_ui->feeIncludesList, OfferList::FeeIncludes, ItemListEditor::Entry::Inclusion);
    bindList(m_ui->feeExcludesList, OfferList::FeeExcludes, ItemListEditor::Entry::Exclusion);
    bindList(m_ui->questionsList, OfferList::Questions, ItemListEditor::Entry::Question);
    bindList(m_ui->findingsList, OfferList::Findings, ItemListEditor::Entry::Finding);
    m_ui->answersList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_ui->answersList->setMaximumHeight(260);
    connect(m_ui->answersList, &QListWidget::itemChanged, this, &OfferEditor::commitAnswers);

    connect(m_store, &OfferCatalogue::changed, this, [this](qint64 id) {
        if (id == m_offerId)
            refresh();
    });
    // The obstacles and needs on offer change with the profiles.
    for (auto signal : {&ProfileStore::added, &ProfileStore::changed, &ProfileStore::removed})
        connect(workspace->profiles(), signal, this, &OfferEditor::refresh);
    connect(workspace, &Workspace::settingsChanged, this, &OfferEditor::refresh);
}

OfferEditor::~OfferEditor() = default;

QLineEdit *OfferEditor::nameEdit() const
{
    return m_ui->nameEdit;
}
QLineEdit *OfferEditor::priceEdit() const
{
    return m_ui->priceEdit;
}
QComboBox *OfferEditor::kindCombo() const
{
    return m_ui->kindCombo;
}
QComboBox *OfferEditor::stageCombo() const
{
    return m_ui->stageCombo;
}
QString OfferEditor::effectiveRateText() const
{
    return m_ui->rateLabel->text();
}
QString OfferEditor::yearlyValueText() const
{
    return m_ui->yearlyLabel->text();
}
bool OfferEditor::retainerShown() const
{
    return !m_ui->retainerGroup->isHidden();
}
bool OfferEditor::assessmentShown() const
{
    return !m_ui->assessmentGroup->isHidden();
}

void OfferEditor::bindTexts()
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->priceEdit,
                                                           m_ui->stepEdit, m_ui->promiseEdit})
        m_undoKeys->watch(field);
    // textEdited, not textChanged: only what the user typed becomes an edit.
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this,
            [this](const QString &text) { m_store->setName(m_offerId, text); });
    connect(m_ui->stepEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_store->setStepToNext(m_offerId, m_ui->stepEdit->toPlainText());
    });
    connect(m_ui->promiseEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_store->setPromise(m_offerId, m_ui->promiseEdit->toPlainText());
    });
    connect(m_ui->priceEdit, &QLineEdit::textEdited, this, &OfferEditor::commitPrice);
    // Once left, the price reads as stored ("1,200.00"), bad input or not.
    connect(m_ui->priceEdit, &QLineEdit::editingFinished, this, [this] {
        showPriceProblem({});
        refresh();
    });
    connect(m_ui->kindCombo, &QComboBox::activated, this, [this] {
        m_store->setKind(m_offerId, OfferKind(m_ui->kindCombo->currentData().toInt()));
    });
    connect(m_ui->stageCombo, &QComboBox::activated, this, [this] {
        const int stage = m_ui->stageCombo->currentData().toInt();
        m_store->setLadderStage(m_offerId, stage == kOffLadder ? std::nullopt
                                                               : std::optional(LadderStage(stage)));
    });
}

void OfferEditor::bindRetainer()
{
    const auto bindSpin = [this](QSpinBox *spin, MergeId key, int RetainerTerms::*member) {
        m_undoKeys->watch(spin);
        connect(spin, &QSpinBox::valueChanged, this, [this, key, member](int value) {
            commit(tr("Change retainer terms"), key, [&](Offer &o) { o.retainer.*member = value; });
        });
    };
    bindSpin(m_ui->hoursSpin, MergeId::OfferHours, &RetainerTerms::hoursPerMonth);
    bindSpin(m_ui->minimumTermSpin, MergeId::OfferMinimumTerm, &RetainerTerms::minimumTermMonths);
    bindSpin(m_ui->noticeSpin, MergeId::OfferNotice, &RetainerTerms::noticeDays);
    connect(m_ui->carryOverCheck, &QCheckBox::toggled, this, [this](bool on) {
        commit(on ? tr("Let unused hours carry over") : tr("Let unused hours lapse"), MergeId::None,
               [&](Offer &o) { o.retainer.unusedHoursCarryOver = on; });
    });
    for (QLabel *figure : {m_ui->rateLabel, m_ui->yearlyLabel}) {
        QFont font = figure->font();
        font.setWeight(QFont::DemiBold);
        figure->setFont(font);
        figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

void OfferEditor::bindList(TextListEditor *editor, OfferList list, ItemListEditor::Entry entry)
{
    m_lists.insert(list, editor);
    editor->setNames(offerListLabel(list), entry);
    connect(editor, &TextListEditor::edited, this,
            [this, list](const QStringList &items) { m_store->setList(m_offerId, list, items); });
}

void OfferEditor::styleHeadings()
{
    for (QLabel *heading : {m_ui->scopeHeading, m_ui->answersHeading}) {
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setWeight(QFont::DemiBold);
        heading->setFont(font);
        heading->setContentsMargins(0, 12, 0, 0);
    }
    QFont nameFont = m_ui->nameEdit->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_ui->nameEdit->setFont(nameFont);
    for (QLabel *muted : {m_ui->priceNote, m_ui->answersProfileLabel})
        muted->setForegroundRole(QPalette::PlaceholderText);
}

void OfferEditor::setOffer(qint64 id)
{
    m_offerId = id;
    showPriceProblem({});
    refresh();
    m_ui->scrollArea->ensureVisible(0, 0);
}

void OfferEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_ui->nameEdit, m_ui->priceEdit, m_ui->promiseEdit, m_ui->stepEdit, m_ui->kindCombo,
             m_ui->stageCombo, m_ui->hoursSpin, m_ui->minimumTermSpin, m_ui->noticeSpin,
             m_ui->carryOverCheck, m_ui->answersList})
        setFieldReadOnly(field, readOnly);
    for (TextListEditor *editor : std::as_const(m_lists))
        editor->setReadOnly(readOnly);
}

void OfferEditor::focusName()
{
    m_ui->scrollArea->ensureVisible(0, 0);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void OfferEditor::commit(const QString &text, MergeId mergeKey,
                         const std::function<void(Offer &)> &change)
{
    if (m_refreshing)
        return;
    auto offer = m_store->find(m_offerId);
    if (!offer)
        return;
    change(*offer);
    m_store->update(*offer, text, mergeKey);
}

void OfferEditor::commitPrice(const QString &text)
{
    const auto offer = m_store->find(m_offerId);
    if (!offer)
        return;
    // An empty field means free, as the placeholder says.
    const auto price = text.trimmed().isEmpty()
                           ? Result<Money>(Money(0, m_workspace->settings().currency))
                           : Money::parse(text, m_workspace->settings().currency);
    if (!price) {
        showPriceProblem(price.errorMessage());
        return;
    }
    const Status stored = m_store->setPrice(m_offerId, *price);
    showPriceProblem(stored.errorMessage());
}

void OfferEditor::commitAnswers()
{
    if (m_refreshing)
        return;
    QList<qint64> ids;
    for (int row = 0; row < m_ui->answersList->count(); ++row) {
        const QListWidgetItem *item = m_ui->answersList->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    // Links to items of other profiles (or deleted ones) are kept, not dropped silently.
    QList<qint64> shown;
    for (int row = 0; row < m_ui->answersList->count(); ++row)
        shown.append(m_ui->answersList->item(row)->data(Qt::UserRole).toLongLong());
    if (const auto offer = m_store->find(m_offerId))
        for (qint64 id : offer->answers)
            if (!shown.contains(id))
                ids.append(id);
    m_store->setAnswers(m_offerId, ids);
}

void OfferEditor::changeEvent(QEvent *event)
{
    // The problem's colour is worked out from the palette: a new theme needs it again.
    if (event->type() == QEvent::PaletteChange && !m_ui->priceEdit->styleSheet().isEmpty())
        showPriceProblem(m_ui->priceEdit->accessibleDescription());
    QWidget::changeEvent(event);
}

void OfferEditor::showPriceProblem(const QString &message)
{
    const bool bad = !message.isEmpty();
    const QString problem = problemColour(palette()).name();
    m_ui->priceEdit->setStyleSheet(
        bad ? QStringLiteral("QLineEdit { border: 1px solid %1; border-radius: 3px; color: %1; }")
                  .arg(problem)
            : QString());
    m_ui->priceEdit->setAccessibleDescription(message);
    if (bad)
        m_ui->priceNote->setText(message);
}

} // namespace clientele
