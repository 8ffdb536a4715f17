#include "clientele/domain/attributeset.h"

namespace clientele {

namespace {

QStringList industries()
{
    return {QStringLiteral("Manufacturing"),
            QStringLiteral("Engineering"),
            QStringLiteral("Trade services"),
            QStringLiteral("Construction"),
            QStringLiteral("Law"),
            QStringLiteral("Healthcare"),
            QStringLiteral("Banking"),
            QStringLiteral("Education"),
            QStringLiteral("Financial"),
            QStringLiteral("Insurance"),
            QStringLiteral("Real estate"),
            QStringLiteral("Government"),
            QStringLiteral("Retail")};
}

QStringList businessTypes()
{
    return {QStringLiteral("Private company"), QStringLiteral("Family business"),
            QStringLiteral("Entrepreneur"),    QStringLiteral("Partnership"),
            QStringLiteral("Sole trader"),     QStringLiteral("Franchise"),
            QStringLiteral("Home-based"),      QStringLiteral("Online"),
            QStringLiteral("Non-profit"),      QStringLiteral("Public company")};
}

QStringList purchases()
{
    return {QStringLiteral("ERP integration"),   QStringLiteral("Accounting integration"),
            QStringLiteral("Support retainer"),  QStringLiteral("Projects"),
            QStringLiteral("Software upgrades"), QStringLiteral("Training"),
            QStringLiteral("Managed desktop"),   QStringLiteral("Managed server"),
            QStringLiteral("Antivirus"),         QStringLiteral("Spam protection")};
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
        return make(which, QStringLiteral("Number of employees"), T::NumberOrRange,
                    QStringLiteral("A range is fine when the exact head count is unknown; a "
                                   "user list from the support tools gives a good count."));
    case S::Industry:
        return make(which, QStringLiteral("Industry"), T::Category,
                    QStringLiteral("Pick from the list or type your own."), industries());
    case S::BusinessType:
        return make(which, QStringLiteral("Type of business"), T::Category,
                    QStringLiteral("Pick from the list or type your own."), businessTypes());
    case S::Revenue:
        return make(which, QStringLiteral("Average revenue"), T::MoneyOrRange,
                    QStringLiteral("Yearly revenue; a range is fine when unsure."));
    case S::Location:
        return make(which, QStringLiteral("Location"), T::Location,
                    QStringLiteral("A suburb, city or region, and the distance from the office "
                                   "in km when it matters."));
    case S::YearsAsCustomer:
        return make(which, QStringLiteral("Years as customer"), T::Years,
                    QStringLiteral("The accounting package shows when they were first "
                                   "invoiced."));
    case S::Purchases:
        return make(which, QStringLiteral("What they purchase"), T::Tags,
                    QStringLiteral("Broad services, separated by commas."), purchases());
    case S::SpendPerMonth:
        return make(which, QStringLiteral("Average spent per month"), T::MoneyOrRange,
                    QStringLiteral("From the monthly customer summary; derived from the yearly "
                                   "figure (÷ 12) when left blank."));
    case S::SpendPerYear:
        return make(which, QStringLiteral("Average spent per year"), T::MoneyOrRange,
                    QStringLiteral("From the yearly customer summary; derived from the monthly "
                                   "figure (× 12) when left blank."));
    case S::ReferredUs:
        return make(which, QStringLiteral("Referred us"), T::YesNo,
                    QStringLiteral("Leave blank when unsure."));
    case S::GaveTestimonial:
        return make(which, QStringLiteral("Gave a testimonial"), T::YesNo,
                    QStringLiteral("Leave blank when unsure."));
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
