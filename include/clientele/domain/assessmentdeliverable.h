#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace clientele {

// What a free assessment hands over: the questions it asks the prospect and the findings it
// leaves with them, useful whether they go on with us or with anyone else.
struct AssessmentDeliverable {
    Q_DECLARE_TR_FUNCTIONS(clientele::AssessmentDeliverable)

public:
    QStringList questions;
    QStringList findings;

    // The identification questions a first conversation starts from: who the customers are,
    // their demographic, psychographic and geographic profile, what else they buy and why it
    // appeals, what they looked for in past purchases and how they like to be sold to.
    static QStringList identificationQuestions();
    // The questions above with a useful set of findings, for a new assessment offer.
    static AssessmentDeliverable standard();

    friend bool operator==(const AssessmentDeliverable &, const AssessmentDeliverable &) = default;
};

} // namespace clientele
