#pragma once

#include "clientele/domain/exclusionrule.h"
#include "clientele/domain/fitsettings.h"
#include "clientele/domain/icpchart.h"
#include "clientele/domain/idealprofile.h"
#include "clientele/domain/prospect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace clientele {

// Below this share of the weight known, a score is "insufficient" rather than a letter.
inline constexpr double confidentFit = 0.6;

enum class FitGrade { A, B, C, D, Insufficient, NotAFit };
// "A", "B", "C", "D", "insufficient", "not a fit": the CLI's JSON and sorting keys.
QString fitGradeKey(FitGrade grade);
// "A" … "D", "Insufficient", "Not a fit".
QString fitGradeLabel(FitGrade grade);

// An entry of a profile's "not our customer" list that carries a rule.
struct Disqualifier {
    QString entry;  // the entry's text, "One-person operators"
    QString reason; // its detail, why they are not our customer
    ExclusionRule rule;

    friend bool operator==(const Disqualifier &, const Disqualifier &) = default;
};

// One line of a score's explanation.
struct FitReason {
    qint64 attributeId = 0;
    QString attribute; // the attribute's label
    QString value;     // the prospect's value as the chart shows it; empty when unknown
    QString ideal;     // the ideal's text
    FitImportance importance = FitImportance::Important;
    double match = 0; // 0..1; 0 when unknown
    int points = 0;   // this line's share of the score; the lines add up to it
    bool known = false;
};

struct FitScore {
    int score = 0;         // 0..100, the sum of the reasons' points
    double confidence = 0; // the share of the weight whose values are known, 0..1
    FitGrade grade = FitGrade::Insufficient;
    QList<FitReason> reasons; // chart order; only FitModel::explain() fills them
    std::optional<Disqualifier> disqualifiedBy;
};

// One attribute as the model scores it, with its defaults resolved.
struct FitAttribute {
    Attribute attribute;
    DerivedValue ideal;
    FitImportance importance = FitImportance::Important;
    double falloff = 0; // numbers, years, km and money in major units
    QStringList seen;   // categories, text and places any reference client holds
    bool importanceIsDefault = true;
    bool falloffIsDefault = true;
};

// Scores prospects against a chart's derived ideal. Built once per chart, ideal, list of
// disqualifiers and bands; scoring a prospect then reads only its values.
//
// Per attribute used for fit whose ideal is known, a match from 0 to 1 by type:
// - numbers, years and money: 1 when the value (a range: any part of it) lies inside the ideal's
//   lowest-to-highest range, falling in a straight line to 0 at `falloff` outside it;
// - categories and text: 1 for a leading value, 0.5 for another value a reference client holds,
//   0 for one none holds;
// - tags: the share of the ideal's leading tags the prospect has;
// - yes/no: 1 for the majority answer (either answer when exactly half), else 0;
// - locations: 1 for a leading place, or by distance as numbers are; 0.5 for another place a
//   client holds; 0 otherwise.
// The weight is the importance's (3, 2, 1, 0). The score is 100 × Σ weight × match over
// Σ weight of the known values, rounded so each reason's points are whole and add up to the
// score (largest remainders). An unknown value leaves its weight out; the confidence is the
// known weight over all weight. A prospect a disqualifier matches is "not a fit" whatever its
// score.
class FitModel {
    Q_DECLARE_TR_FUNCTIONS(clientele::FitModel)

public:
    FitModel(const IcpChart &chart, const IdealProfile &ideal,
             QList<Disqualifier> disqualifiers = {}, FitBands bands = {});

    // Attributes that count, in chart order (used for fit, ideal known).
    const QList<FitAttribute> &attributes() const { return m_attributes; }
    const FitBands &bands() const { return m_bands; }

    FitScore score(const Prospect &prospect) const;
    // The score with its reasons filled.
    FitScore explain(const Prospect &prospect) const;
    FitGrade grade(int score, double confidence) const;

    // Whether an attribute counts by default: everything but the relationship attributes.
    static bool usedByDefault(const Attribute &attribute);
    // The importance the reference clients' agreement suggests. Agreement is the share of the
    // known clients holding a leading value (tags: the leading tags' mean share; yes/no: the
    // majority's share; numbers, years and money: the share lying between half and twice the
    // median): ≥ 0.8 very important, ≥ 0.6 important, ≥ 0.4 somewhat, else not important.
    static FitImportance defaultImportance(const IcpChart &chart, const Attribute &attribute,
                                           const DerivedValue &ideal);
    // The ideal's range width, at least half its top and at least 1.
    static double defaultFalloff(const DerivedValue &ideal);

private:
    FitScore compute(const Prospect &prospect, bool withReasons) const;
    double match(const FitAttribute &attribute, const ChartValue &value) const;

    IcpChart m_chart; // a copy: rules find their attributes in it
    QString m_currency;
    QList<FitAttribute> m_attributes;
    QList<Disqualifier> m_disqualifiers;
    FitBands m_bands;
};

// The grade of a fitting prospect's score under `bands`: "insufficient" below confidentFit, else
// the band its score reaches (what FitModel::grade() applies with the model's bands).
FitGrade fitGrade(const FitBands &bands, int score, double confidence);

// Best first: fitting prospects by score, then confidence, then name; "insufficient" after the
// graded ones; "not a fit" last. Returns indexes into `scores`.
QList<int> rankByFit(const QList<FitScore> &scores, const QStringList &names);

} // namespace clientele
