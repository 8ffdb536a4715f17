#include "clientele/domain/assessmentdeliverable.h"

namespace clientele {

QStringList AssessmentDeliverable::identificationQuestions()
{
    return {
        QStringLiteral("Specifically, who are your current and potential customers?"),
        QStringLiteral("What is their demographic profile: age, role, business size?"),
        QStringLiteral("What is their psychographic profile: what worries them, what do they "
                       "value, how do they spend their day?"),
        QStringLiteral("Where are they: which regions, towns or sites do you serve?"),
        QStringLiteral("What other brands or products do they buy, and why are those "
                       "appealing?"),
        QStringLiteral("What traits did they look for in products they bought in the past?"),
        QStringLiteral("Which ways of being sold to already appeal to them?"),
    };
}

AssessmentDeliverable AssessmentDeliverable::standard()
{
    return {identificationQuestions(),
            {QStringLiteral("A one-page profile of your ideal customer."),
             QStringLiteral("The three changes that would save the most time this quarter."),
             QStringLiteral("A written action list you can use with us or anyone else.")}};
}

} // namespace clientele
