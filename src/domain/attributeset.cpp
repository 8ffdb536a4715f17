#include "clientele/domain/attributeset.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QStringList industries()
{
    return {QCoreApplication::translate("clientele::StandardAttribute", "Manufacturing"),
            QCoreApplication::translate("clientele::StandardAttribute", "Engineering"),
            QCoreApplication::translate("clientele::StandardAttribute", "Trade services"),
            QCoreApplication::translate("clientele::StandardAttribute", "Construction"),
            QCoreApplication::translate("clientele::StandardAttribute", "Law"),
            QCoreApplication::translate("clientele::StandardAttribute", "Healthcare"),
            QCoreApplication::translate("clientele::StandardAttribute", "Banking"),
            QCoreApplication::translate("clientele::StandardAttribute", "Education"),
            QCoreApplication::translate("clientele::StandardAttribute", "Financial"),
            QCoreApplication::translate("clientele::StandardAttribute", "Insurance"),
            QCoreApplication::translate("clientele::StandardAttribute", "Real estate"),
            QCoreApplication::translate("clientele::StandardAttribute", "Government"),
            QCoreApplication::translate("clientele::StandardAttribute", "Retail")};
}

QStringList businessTypes()
{
    return {QCoreApplication::translate("clientele::StandardAttribute", "Private company"),
            QCoreApplication::translate("clientele::StandardAttribute", "Family business"),
            QCoreApplication::translate("clientele::StandardAttribute", "Entrepreneur"),
            QCoreApplication::translate("clientele::StandardAttribute", "Partnership"),
            QCoreApplication::translate("clientele::StandardAttribute", "Sole trader"),
            QCoreApplication::translate("clientele::StandardAttribute", "Franchise"),
            QCoreApplication::translate("clientele::StandardAttribute", "Home-based"),
            QCoreApplication::translate("clientele::StandardAttribute", "Online"),
            QCoreApplication::translate("clientele::StandardAttribute", "Non-profit"),
            QCoreApplication::translate("clientele::StandardAttribute", "Public company")};
}

QStringList purchases()
{
    return {QCoreApplication::translate("clientele::StandardAttribute", "ERP integration"),
            QCoreApplication::translate("clientele::StandardAttribute", "Accounting integration"),
            QCoreApplication::translate("clientele::StandardAttribute", "Support retainer"),
            QCoreApplication::translate("clientele::StandardAttribute", "Projects"),
            QCoreApplication::translate("clientele::StandardAttribute", "Software upgrades"),
            QCoreApplication::translate("clientele::StandardAttribute", "Training"),
            QCoreApplication::translate("clientele::StandardAttribute", "Managed desktop"),
            QCoreApplication::translate("clientele::StandardAttribute", "Managed server"),
            QCoreApplication::translate("clientele::StandardAttribute", "Antivirus"),
            QCoreApplication::translate("clientele::StandardAttribute", "Spam protection")};
}

Attribute make(StandardAttribute which, const QString &label, AttributeType type,
               const QString &notes, const QStringList &values = {})
{
    return Attribute{0, standardAttributeKey(which), label, type, values, notes};
}

} // namespace

QList<StandardAttribute> allStandardAttributes()
{
    return {StandardAttribute::Employees,      StandardAttribute::Industry,
            StandardAttribute::BusinessType,   StandardAttribute::Revenue,
            StandardAttribute::Location,       StandardAttribute::YearsAsCustomer,
            StandardAttribute::Purchases,      StandardAttribute::SpendPerMonth,
            StandardAttribute::SpendPerYear,   StandardAttribute::ReferredUs,
            StandardAttribute::GaveTestimonial};
}

QString standardAttributeKey(StandardAttribute which)
{
    switch (which) {
    case StandardAttribute::Employees: return QStringLiteral("employees");
    case StandardAttribute::Industry: return QStringLiteral("industry");
    case StandardAttribute::BusinessType: return QStringLiteral("businessType");
    case StandardAttribute::Revenue: return QStringLiteral("revenue");
    case StandardAttribute::Location: return QStringLiteral("location");
    case StandardAttribute::YearsAsCustomer: return QStringLiteral("yearsAsCustomer");
    case StandardAttribute::Purchases: return QStringLiteral("purchases");
    case StandardAttribute::SpendPerMonth: return QStringLiteral("spendPerMonth");
    case StandardAttribute::SpendPerYear: return QStringLiteral("spendPerYear");
    case StandardAttribute::ReferredUs: return QStringLiteral("referredUs");
    case StandardAttribute::GaveTestimonial: return QStringLiteral("gaveTestimonial");
    }
    return {};
}

std::optional<StandardAttribute> standardAttributeFromKey(const QString &key)
{
    for (StandardAttribute which : allStandardAttributes()) {
        if (standardAttributeKey(which) == key)
            return which;
    }
    return std::nullopt;
}

Attribute standardAttribute(StandardAttribute which)
{
    using T = AttributeType;
    using S = StandardAttribute;
    switch (which) {
    case S::Employees:
        return make(
            which,
            QCoreApplication::translate("clientele::StandardAttribute", "Number of employees"),
            T::NumberOrRange,
            QCoreApplication::translate("clientele::StandardAttribute",
                                        "A range is fine when the exact head count is unknown; a "
                                        "user list from the support tools gives a good count."));
    case S::Industry:
        return make(which, QCoreApplication::translate("clientele::StandardAttribute", "Industry"),
                    T::Category,
                    QCoreApplication::translate("clientele::StandardAttribute",
                                                "Pick from the list or type your own."),
                    industries());
    case S::BusinessType:
        return make(which,
                    QCoreApplication::translate("clientele::StandardAttribute", "Type of business"),
                    T::Category,
                    QCoreApplication::translate("clientele::StandardAttribute",
                                                "Pick from the list or type your own."),
                    businessTypes());
    case S::Revenue:
        return make(which,
                    QCoreApplication::translate("clientele::StandardAttribute", "Average revenue"),
                    T::MoneyOrRange,
                    QCoreApplication::translate("clientele::StandardAttribute",
                                                "Yearly revenue; a range is fine when unsure."));
    case S::Location:
        return make(which, QCoreApplication::translate("clientele::StandardAttribute", "Location"),
                    T::Location,
                    QCoreApplication::translate(
                        "clientele::StandardAttribute",
                        "A suburb, city or region, and the distance from the office "
                        "in km when it matters."));
    case S::YearsAsCustomer:
        return make(
            which, QCoreApplication::translate("clientele::StandardAttribute", "Years as customer"),
            T::Years,
            QCoreApplication::translate("clientele::StandardAttribute",
                                        "The accounting package shows when they were first "
                                        "invoiced."));
    case S::Purchases:
        return make(
            which,
            QCoreApplication::translate("clientele::StandardAttribute", "What they purchase"),
            T::Tags,
            QCoreApplication::translate("clientele::StandardAttribute",
                                        "Broad services, separated by commas."),
            purchases());
    case S::SpendPerMonth:
        return make(
            which,
            QCoreApplication::translate("clientele::StandardAttribute", "Average spent per month"),
            T::MoneyOrRange,
            QCoreApplication::translate(
                "clientele::StandardAttribute",
                "From the monthly customer summary; derived from the yearly "
                "figure (÷ 12) when left blank."));
    case S::SpendPerYear:
        return make(
            which,
            QCoreApplication::translate("clientele::StandardAttribute", "Average spent per year"),
            T::MoneyOrRange,
            QCoreApplication::translate(
                "clientele::StandardAttribute",
                "From the yearly customer summary; derived from the monthly "
                "figure (× 12) when left blank."));
    case S::ReferredUs:
        return make(which,
                    QCoreApplication::translate("clientele::StandardAttribute", "Referred us"),
                    T::YesNo,
                    QCoreApplication::translate("clientele::StandardAttribute",
                                                "Leave blank when unsure."));
    case S::GaveTestimonial:
        return make(
            which,
            QCoreApplication::translate("clientele::StandardAttribute", "Gave a testimonial"),
            T::YesNo,
            QCoreApplication::translate("clientele::StandardAttribute",
                                        "Leave blank when unsure."));
    }
    return {};
}

QList<Attribute> standardAttributes()
{
    QList<Attribute> attributes;
    for (StandardAttribute which : allStandardAttributes())
        attributes.append(standardAttribute(which));
    return attributes;
}

} // namespace clientele
