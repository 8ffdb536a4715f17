#include "prospecteditor.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/prospectbook.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/charttext.h"
#include "clientele/gui/chartdelegate.h"
#include "fieldrefresh.h"
#include "fitexplanation.h"
#include "growingtextedit.h"
#include "prospectscorer.h"
#include "scrollarea.h"
#include "themecolours.h"
#include "undokeyfilter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace clientele {

namespace {

// The date a last-contact field shows for "never": its minimum, written as a word.
const QDate kNever(2000, 1, 1);

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, 10, 0, 0);
    return label;
}

bool usedForFit(const Attribute &attribute)
{
    return attribute.fit.used.value_or(FitModel::usedByDefault(attribute));
}

// The form and the explanation side by side when both have room, else one under the other.
// Its minimum is that of the narrower arrangement, so a narrow window stacks them rather than
// cut the editor off.
class TwoColumns : public QWidget {
public:
    using QWidget::QWidget;
    QSize minimumSizeHint() const override
    {
        const QMargins margins = contentsMargins();
        int width = 0;
        for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
            width = std::max(width, child->minimumSizeHint().width());
        return {width + margins.left() + margins.right(), QWidget::minimumSizeHint().height()};
    }
};

} // namespace

ProspectEditor::ProspectEditor(Workspace *workspace, ProspectScorer *scorer, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(workspace->prospects())
    , m_scorer(scorer)
    , m_undoKeys(new UndoKeyFilter(this))
    , m_scroll(new QScrollArea(this))
{
    setAccessibleName(tr("Prospect editor"));
    auto *columns = new TwoColumns;
    m_columns = new QGridLayout(columns);
    m_columns->setContentsMargins(24, 16, 24, 24);
    m_columns->setHorizontalSpacing(32);
    m_columns->setVerticalSpacing(8);
    m_form = buildForm();
    m_form->setParent(columns);
    m_form->setMaximumWidth(640);
    auto *why = new QWidget(columns);
    auto *whyLayout = new QVBoxLayout(why);
    whyLayout->setContentsMargins(0, 0, 0, 0);
    whyLayout->addWidget(heading(tr("Why this score"), why));
    m_explanation = new FitExplanation(why);
    m_explanation->setObjectName(QStringLiteral("fitExplanation"));
    whyLayout->addWidget(m_explanation);
    whyLayout->addStretch();
    why->setMaximumWidth(720);
    m_columns->addWidget(m_form, 0, 0, Qt::AlignTop);
    m_columns->addWidget(why, 1, 0, Qt::AlignTop);
    m_columns->setRowStretch(2, 1);
    m_columns->setColumnStretch(0, 1);
    setScrollingContent(m_scroll, columns);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_store, &ItemStore::changed, this, [this](qint64 id) {
        if (id == m_prospectId)
            refresh();
    });
    connect(scorer, &ProspectScorer::rescored, this, &ProspectEditor::refreshExplanation);
    connect(scorer, &ProspectScorer::scoreChanged, this, [this](qint64 id) {
        if (id == m_prospectId)
            refreshExplanation();
    });
    connect(workspace->chart(), &ChartEditor::chartChanged, this, [this] {
        buildValues();
        refresh();
    });
}

ProspectEditor::~ProspectEditor() = default;

QWidget *ProspectEditor::buildForm()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto line = [box](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(box);
        edit->setAccessibleName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    // Created in the order the form shows them, which is the order Tab takes.
    m_company = line(tr("Company"), tr("The business you might approach"));
    m_contact = line(tr("Contact"), tr("Who you would speak to"));
    m_status = new QComboBox(box);
    m_status->setAccessibleName(tr("Status"));
    for (ProspectStatus status : allProspectStatuses())
        m_status->addItem(prospectStatusLabel(status), int(status));
    m_lastContact = new QDateEdit(box);
    m_lastContact->setAccessibleName(tr("Last contact"));
    m_lastContact->setCalendarPopup(true);
    m_lastContact->setDisplayFormat(mediumDateFormat());
    m_lastContact->setMinimumDate(kNever);
    m_lastContact->setSpecialValueText(tr("Not yet"));
    m_lastContact->setToolTip(tr("Pick the earliest date to say not yet"));
    m_systems = line(tr("Systems"), tr("e.g. MYOB, spreadsheets, a job-tracking app"));
    m_source = line(tr("Source"), tr("Where you heard of them"));
    m_notes = new GrowingTextEdit(box);
    m_notes->setLineLimits(2, 8);
    m_notes->setAccessibleName(tr("Notes"));
    form->addRow(tr("&Company"), m_company);
    form->addRow(tr("C&ontact"), m_contact);
    form->addRow(tr("S&tatus"), m_status);
    form->addRow(tr("&Last contact"), m_lastContact);
    form->addRow(tr("S&ystems"), m_systems);
    form->addRow(tr("Sou&rce"), m_source);
    form->addRow(tr("&Notes"), m_notes);
    layout->addLayout(form);

    bindText(m_company, MergeId::ProspectCompany,
             [](Prospect &p, const QString &t) { p.company = t; });
    bindText(m_contact, MergeId::ProspectContact,
             [](Prospect &p, const QString &t) { p.contact = t; });
    bindText(m_systems, MergeId::ProspectSystems,
             [](Prospect &p, const QString &t) { p.systems = t; });
    bindText(m_source, MergeId::ProspectSource,
             [](Prospect &p, const QString &t) { p.source = t; });
    m_undoKeys->watch(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_notes->toPlainText();
        commit(MergeId::ProspectNotes, [&](Prospect &p) { p.notes = text; });
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        m_store->setStatus(m_prospectId, ProspectStatus(m_status->currentData().toInt()));
    });
    m_undoKeys->watch(m_lastContact);
    connect(m_lastContact, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        commit(MergeId::None,
               [&](Prospect &p) { p.lastContact = date == kNever ? QDate() : date; });
    });

    layout->addWidget(heading(tr("What the fit score reads"), box));
    m_valuesNote = new QLabel(box);
    m_valuesNote->setWordWrap(true);
    m_valuesNote->setForegroundRole(QPalette::PlaceholderText);
    m_valuesNote->setText(tr("Typed as in the chart's cells; leave a value blank or type ? "
                             "when you do not know it."));
    layout->addWidget(m_valuesNote);
    m_valuesForm = new QFormLayout;
    m_valuesForm->setHorizontalSpacing(16);
    m_valuesForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_valuesForm);

    m_createProposal = new QPushButton(tr("Create Propos&al"), box);
    m_createProposal->setObjectName(QStringLiteral("createProposalButton"));
    m_createProposal->setToolTip(tr("Write a proposal for this prospect, its prospect details "
                                    "filled in"));
    connect(m_createProposal, &QPushButton::clicked, this,
            [this] { Q_EMIT createProposal(m_prospectId); });
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 12, 0, 0);
    buttons->addWidget(m_createProposal);
    buttons->addStretch();
    layout->addLayout(buttons);
    buildValues();
    return box;
}

void ProspectEditor::buildValues()
{
    const IcpChart &chart = m_workspace->chart()->chart();
    QList<qint64> used;
    for (const Attribute &attribute : chart.attributes())
        if (usedForFit(attribute))
            used << attribute.id;
    // Rebuilt only when the attributes that count change, so a field keeps its focus.
    bool same = used == m_valueOrder;
    for (qint64 id : std::as_const(used))
        same =
            same && m_valuesForm->labelForField(m_values.value(id).edit) != nullptr
            && static_cast<QLabel *>(m_valuesForm->labelForField(m_values.value(id).edit))->text()
                   == chart.attribute(id)->label;
    if (same)
        return;
    while (m_valuesForm->rowCount() > 0)
        m_valuesForm->removeRow(0);
    m_values.clear();
    m_valueOrder = used;
    QWidget *box = m_valuesNote->parentWidget();
    for (qint64 id : std::as_const(used)) {
        const Attribute *attribute = chart.attribute(id);
        auto *edit = new QLineEdit(box);
        edit->setAccessibleName(attribute->label);
        edit->setPlaceholderText(ChartDelegate::placeholderFor(attribute->type));
        edit->setToolTip(attributeTypeHint(attribute->type));
        edit->setReadOnly(m_readOnly);
        auto *problem = new QLabel(box);
        problem->setWordWrap(true);
        problem->setObjectName(QStringLiteral("valueProblem"));
        QPalette palette = problem->palette();
        palette.setColor(QPalette::WindowText, problemColour(palette));
        problem->setPalette(palette);
        problem->hide();
        auto *field = new QWidget(box);
        auto *stack = new QVBoxLayout(field);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->setSpacing(2);
        stack->addWidget(edit);
        stack->addWidget(problem);
        m_valuesForm->addRow(attribute->label, field);
        // The label names the edit, not the widget around it.
        static_cast<QLabel *>(m_valuesForm->labelForField(field))->setBuddy(edit);
        m_undoKeys->watch(edit);
        m_values.insert(id, {edit, problem});
        connect(edit, &QLineEdit::editingFinished, this, [this, id] { commitValue(id); });
    }
    // Tab runs down the form and on to the button.
    QWidget *previous = m_notes;
    for (qint64 id : std::as_const(m_valueOrder)) {
        setTabOrder(previous, m_values.value(id).edit);
        previous = m_values.value(id).edit;
    }
    setTabOrder(previous, m_createProposal);
}

void ProspectEditor::bindText(QLineEdit *edit, MergeId merge,
                              const std::function<void(Prospect &, const QString &)> &set)
{
    m_undoKeys->watch(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, merge, set](const QString &text) {
        commit(merge, [&](Prospect &p) { set(p, text); });
    });
}

void ProspectEditor::commit(MergeId merge, const std::function<void(Prospect &)> &change)
{
    if (m_refreshing)
        return;
    auto prospect = m_store->find(m_prospectId);
    if (!prospect)
        return;
    change(*prospect);
    m_store->update(*prospect, tr("Edit prospect"), merge);
}

void ProspectEditor::commitValue(qint64 attributeId)
{
    const auto prospect = m_store->find(m_prospectId);
    const ValueField field = m_values.value(attributeId);
    if (m_refreshing || !prospect || !field.edit || m_readOnly)
        return;
    const QString text = field.edit->text();
    // Leaving a field untouched adds no undo step.
    if (text == m_store->valueText(*prospect, attributeId) && field.problem->isHidden())
        return;
    const Status set = m_store->setValueText(m_prospectId, attributeId, text);
    field.problem->setText(set.errorMessage());
    field.problem->setVisible(!set.ok());
    if (set.ok())
        refresh();
}

void ProspectEditor::setProspect(qint64 id)
{
    if (id == m_prospectId)
        return;
    m_prospectId = id;
    for (const ValueField &field : std::as_const(m_values))
        field.problem->hide();
    refresh();
}

void ProspectEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : {m_company, m_contact, m_systems, m_source})
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_status->setEnabled(!readOnly);
    m_lastContact->setReadOnly(readOnly);
    for (const ValueField &field : std::as_const(m_values))
        field.edit->setReadOnly(readOnly);
    m_createProposal->setEnabled(!readOnly);
}

void ProspectEditor::focusCompany()
{
    m_company->setFocus(Qt::OtherFocusReason);
    m_company->selectAll();
}

void ProspectEditor::refresh()
{
    const auto prospect = m_store->find(m_prospectId);
    if (!prospect) {
        refreshExplanation();
        return;
    }
    m_refreshing = true;
    showText(m_company, prospect->company);
    showText(m_contact, prospect->contact);
    m_status->setCurrentIndex(m_status->findData(int(prospect->status)));
    m_lastContact->setDate(prospect->lastContact.isValid() ? prospect->lastContact : kNever);
    showText(m_systems, prospect->systems);
    showText(m_source, prospect->source);
    showText(m_notes, prospect->notes);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        // Refused text stays until the user fixes it.
        if (it->problem->isHidden())
            showText(it->edit, m_store->valueText(*prospect, it.key()));
    m_refreshing = false;
    refreshExplanation();
}

void ProspectEditor::refreshExplanation()
{
    m_explanation->showScore(m_scorer->explain(m_prospectId));
}

int ProspectEditor::readableWidth() const
{
    const QMargins margins = m_columns->contentsMargins();
    return m_form->maximumWidth() + margins.left() + margins.right()
           + m_scroll->verticalScrollBar()->sizeHint().width();
}

void ProspectEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeExplanation();
}

void ProspectEditor::placeExplanation()
{
    QWidget *why = m_explanation->parentWidget();
    // Side by side once each has the width it reads well at.
    const int needed = 420 + 32 + 460 + 48;
    const bool sideBySide = width() >= needed;
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    m_columns->removeWidget(why);
    if (sideBySide)
        m_columns->addWidget(why, 0, 1, Qt::AlignTop);
    else
        m_columns->addWidget(why, 1, 0, Qt::AlignTop);
    // An empty second column would still take its share of the width.
    m_columns->setColumnStretch(1, sideBySide ? 1 : 0);
}

} // namespace clientele
