#pragma once

#include "clientele/domain/exclusionrule.h"
#include "clientele/domain/icpchart.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace clientele {

// The rule that turns an entry of a profile's "not our customer" list into a disqualifier: none,
// a chart attribute compared with a value (read as the attribute's type, money in the chart's
// currency), or a keyword that a prospect's systems or notes mention. A value the chart would
// refuse shows the reason and keeps OK disabled.
class ExclusionRuleDialog : public QDialog {
    Q_OBJECT
public:
    ExclusionRuleDialog(const IcpChart &chart, const QString &entry,
                        const std::optional<ExclusionRule> &rule, QWidget *parent = nullptr);

    // The rule as chosen; nothing for "No rule". Valid once OK is enabled.
    std::optional<ExclusionRule> rule() const;
    // Why OK is disabled, or empty.
    QString problem() const;

private:
    enum Choice { NoRule, AttributeRule, KeywordRule };

    void showRule(const std::optional<ExclusionRule> &rule);
    void offerComparisons();
    void check();
    const Attribute *chosenAttribute() const;
    Choice choice() const;

    IcpChart m_chart;
    QButtonGroup *m_choices;
    QRadioButton *m_noRule;
    QRadioButton *m_attributeRule;
    QRadioButton *m_keywordRule;
    QComboBox *m_attribute;
    QComboBox *m_comparison;
    QLineEdit *m_value;
    QLineEdit *m_keyword;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    std::optional<ExclusionRule> m_rule;
    QString m_problem;
};

} // namespace clientele
