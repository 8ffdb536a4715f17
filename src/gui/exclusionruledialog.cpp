#include "clientele/gui/exclusionruledialog.h"

#include "clientele/domain/charttext.h"
#include "themecolours.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

// What can sensibly be asked of a value of each type: amounts are compared, words are matched.
QList<RuleComparison> comparisonsFor(AttributeType type)
{
    switch (type) {
    case AttributeType::NumberOrRange:
    case AttributeType::MoneyOrRange:
    case AttributeType::Years:
        return {RuleComparison::Less, RuleComparison::Greater, RuleComparison::Is};
    case AttributeType::Category:
    case AttributeType::Tags:
    case AttributeType::Location:
    case AttributeType::Text: return {RuleComparison::Is, RuleComparison::Contains};
    case AttributeType::YesNo: return {RuleComparison::Is};
    }
    return {RuleComparison::Is};
}

} // namespace

ExclusionRuleDialog::ExclusionRuleDialog(const IcpChart &chart, const QString &entry,
                                         const std::optional<ExclusionRule> &rule, QWidget *parent)
    : QDialog(parent)
    , m_chart(chart)
    , m_choices(new QButtonGroup(this))
    , m_noRule(new QRadioButton(tr("&No rule"), this))
    , m_attributeRule(new QRadioButton(tr("&Attribute"), this))
    , m_keywordRule(new QRadioButton(tr("&Systems or notes mention"), this))
    , m_attribute(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_keyword(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString shown = entry.trimmed().isEmpty() ? tr("this entry") : entry.trimmed();
    setWindowTitle(tr("Rule for \u201c%1\u201d").arg(shown));
    m_noRule->setObjectName(QStringLiteral("noRuleChoice"));
    m_attributeRule->setObjectName(QStringLiteral("attributeRuleChoice"));
    m_keywordRule->setObjectName(QStringLiteral("keywordRuleChoice"));
    m_attribute->setObjectName(QStringLiteral("ruleAttribute"));
    m_comparison->setObjectName(QStringLiteral("ruleComparison"));
    m_value->setObjectName(QStringLiteral("ruleValue"));
    m_keyword->setObjectName(QStringLiteral("ruleKeyword"));
    m_message->setObjectName(QStringLiteral("ruleProblem"));
    m_attribute->setAccessibleName(tr("Attribute"));
    m_comparison->setAccessibleName(tr("Comparison"));
    m_value->setAccessibleName(tr("Value"));
    m_keyword->setAccessibleName(tr("Word the systems or notes mention"));
    m_keyword->setPlaceholderText(tr("e.g. MYOB"));
    m_choices->addButton(m_noRule, NoRule);
    m_choices->addButton(m_attributeRule, AttributeRule);
    m_choices->addButton(m_keywordRule, KeywordRule);

    for (const Attribute &attribute : m_chart.attributes())
        if (!attribute.uuid.isNull()) // a rule names its attribute by uuid
            m_attribute->addItem(attribute.label, attribute.uuid);
    m_attributeRule->setEnabled(m_attribute->count() > 0);
    m_attribute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comparison->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_value->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);

    auto *intro = new QLabel(
        tr("A prospect that matches the rule is graded \u201cnot a fit\u201d, whatever its "
           "score, and shows this entry's reason. An unknown value never matches."),
        this);
    intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout;
    grid->addWidget(m_noRule, 0, 0, 1, 4);
    grid->addWidget(m_attributeRule, 1, 0);
    grid->addWidget(m_attribute, 1, 1);
    grid->addWidget(m_comparison, 1, 2);
    grid->addWidget(m_value, 1, 3);
    grid->addWidget(m_keywordRule, 2, 0);
    grid->addWidget(m_keyword, 2, 1, 1, 3);
    grid->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            check();
    });
    connect(m_attribute, &QComboBox::currentIndexChanged, this, [this] {
        offerComparisons();
        check();
    });
    connect(m_comparison, &QComboBox::currentIndexChanged, this, &ExclusionRuleDialog::check);
    connect(m_value, &QLineEdit::textChanged, this, &ExclusionRuleDialog::check);
    connect(m_keyword, &QLineEdit::textChanged, this, &ExclusionRuleDialog::check);

    showRule(rule);
    check();
}

void ExclusionRuleDialog::showRule(const std::optional<ExclusionRule> &rule)
{
    if (!rule) {
        m_noRule->setChecked(true);
        offerComparisons();
        return;
    }
    if (rule->isKeyword()) {
        m_keywordRule->setChecked(true);
        m_keyword->setText(rule->value);
        offerComparisons();
        return;
    }
    m_attributeRule->setChecked(true);
    m_attribute->setCurrentIndex(qMax(0, m_attribute->findData(rule->attribute)));
    offerComparisons();
    m_comparison->setCurrentIndex(
        qMax(0, m_comparison->findData(ruleComparisonKey(rule->comparison))));
    m_value->setText(rule->value);
}

const Attribute *ExclusionRuleDialog::chosenAttribute() const
{
    const QUuid uuid = m_attribute->currentData().toUuid();
    for (const Attribute &attribute : m_chart.attributes())
        if (attribute.uuid == uuid)
            return &attribute;
    return nullptr;
}

ExclusionRuleDialog::Choice ExclusionRuleDialog::choice() const
{
    return Choice(m_choices->checkedId());
}

void ExclusionRuleDialog::offerComparisons()
{
    // Keep the comparison chosen when the new attribute offers it too.
    const QVariant kept = m_comparison->currentData();
    const QSignalBlocker quiet(m_comparison);
    m_comparison->clear();
    const Attribute *attribute = chosenAttribute();
    if (!attribute)
        return;
    for (RuleComparison comparison : comparisonsFor(attribute->type))
        m_comparison->addItem(ruleComparisonLabel(comparison), ruleComparisonKey(comparison));
    m_comparison->setCurrentIndex(qMax(0, m_comparison->findData(kept)));
    m_value->setPlaceholderText(attribute->type == AttributeType::YesNo ? tr("Yes or No")
                                                                        : QString());
}

void ExclusionRuleDialog::check()
{
    const Choice chosen = choice();
    for (QWidget *part : {static_cast<QWidget *>(m_attribute), static_cast<QWidget *>(m_comparison),
                          static_cast<QWidget *>(m_value)})
        part->setEnabled(chosen == AttributeRule);
    m_keyword->setEnabled(chosen == KeywordRule);

    m_rule.reset();
    m_problem.clear();
    bool refused = false;
    if (chosen == KeywordRule) {
        if (m_keyword->text().trimmed().isEmpty())
            m_problem = tr("Type a word that a prospect's systems or notes would mention.");
        else
            m_rule = ExclusionRule{{}, RuleComparison::Is, m_keyword->text().trimmed()};
    } else if (chosen == AttributeRule) {
        const Attribute *attribute = chosenAttribute();
        const auto comparison = ruleComparisonFromKey(m_comparison->currentData().toString());
        if (!attribute || !comparison) {
            m_problem = tr("Choose an attribute of the chart.");
        } else if (isUnknownText(m_value->text())) {
            m_problem = tr("Type the value to compare with.");
        } else if (const auto parsed = parseCell(*attribute, m_value->text(), m_chart.currency());
                   !parsed) {
            m_problem = parsed.errorMessage();
            refused = true;
        } else {
            // Kept as the chart would show it, so the rule reads like the grid.
            m_rule = ExclusionRule{attribute->uuid, *comparison,
                                   displayText(parsed.value(), m_chart.currency())};
        }
    }

    m_message->setText(m_problem);
    m_message->setVisible(!m_problem.isEmpty());
    // Red only for a value refused; what is still to be typed is a plain hint.
    m_message->setStyleSheet(
        refused ? QStringLiteral("color: %1;").arg(problemColour(palette()).name()) : QString());
    m_value->setAccessibleDescription(chosen == AttributeRule ? m_problem : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

std::optional<ExclusionRule> ExclusionRuleDialog::rule() const
{
    return m_rule;
}

QString ExclusionRuleDialog::problem() const
{
    return m_problem;
}

} // namespace clientele
