#include "clientele/domain/assessmentdeliverable.h"

namespace clientele {

QStringList AssessmentDeliverable::identificationQuestions()
{
    return {
        tr("Specifically, who are your current and potential customers?"),
        tr("What is their demographic profile: age, role, business size?"),
        tr("What is their psychographic profile: what worries them, what do they "
           "value, how do they spend their day?"),
        tr("Where are they: which regions, towns or sites do you serve?"),
        tr("What other brands or products do they buy, and why are those "
           "appealing?"),
        tr("What traits did they look for in products they bought in the past?"),
        tr("Which ways of being sold to already appeal to them?"),
    };
}

AssessmentDeliverable AssessmentDeliverable::standard()
{
    return {identificationQuestions(),
            {tr("A one-page profile of your ideal customer."),
             tr("The three changes that would save the most time this quarter."),
             tr("A written action list you can use with us or anyone else.")}};
}

} // namespace clientele
