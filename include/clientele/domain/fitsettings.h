#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace clientele {

// How much an attribute counts in a prospect's fit score, in the words fit tools use.
enum class FitImportance {
    VeryImportant, // weight 3
    Important,     // weight 2
    Somewhat,      // weight 1
    NotImportant,  // weight 0: shown in the explanation, never counted
};

QList<FitImportance> allFitImportances();
// Stable key for storage and JSON ("veryImportant", "important", "somewhat", "notImportant").
QString fitImportanceKey(FitImportance importance);
std::optional<FitImportance> fitImportanceFromKey(const QString &key);
// "Very important", "Important", "Somewhat important", "Not important".
QString fitImportanceLabel(FitImportance importance);
// 3, 2, 1, 0.
int fitImportanceWeight(FitImportance importance);

// The user's choices for one chart attribute in the fit score. Each is unset until the user
// makes it, and the fit model then uses its default (see FitModel): relationship attributes
// (years as customer, what they purchase, spend, referrals, testimonials) are not used, the
// importance follows how closely the reference clients agree, and the distance at which a
// number or amount stops matching is the ideal's own range width (at least half its top).
struct AttributeFit {
    std::optional<bool> used;
    std::optional<FitImportance> importance;
    // In the attribute's unit: staff, years, km, or major units of the chart's currency.
    std::optional<double> falloff;

    friend bool operator==(const AttributeFit &, const AttributeFit &) = default;
};

// The lowest score of grades A, B and C; below `c` a fitting prospect is D. a > b > c >= 0.
struct FitBands {
    int a = 80;
    int b = 60;
    int c = 40;

    bool isValid() const { return a <= 100 && a > b && b > c && c >= 0; }
    friend bool operator==(const FitBands &, const FitBands &) = default;
};

} // namespace clientele
