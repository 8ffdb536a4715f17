#include "clientele/domain/itemfields.h"

#include "fieldtext.h"

#include <QRegularExpression>

namespace clientele {

using namespace detail;

namespace {

// --- Proposals ----------------------------------------------------------------------------

// A table of rows as lines of tab-separated parts, read back row by row.
template <typename Row>
Field<Proposal> rowsField(const QString &key, const Label &label, QList<Row> Proposal::*member,
                          std::function<QStringList(const Row &)> parts,
                          std::function<Result<Row>(const QStringList &, const Proposal &)> row)
{
    return {key, label,
            [member, parts](const Proposal &p) {
                QStringList lines;
                for (const Row &r : p.*member) {
                    QStringList cells;
                    for (const QString &cell : parts(r))
                        cells << part(cell);
                    lines << cells.join(u'\t');
                }
                return lines.join(u'\n');
            },
            [member, row](Proposal &p, const QString &text) -> Status {
                QList<Row> rows;
                for (const QString &line : linesOf(text)) {
                    auto read = row(line.split(u'\t'), p);
                    if (!read)
                        return read.error();
                    rows << *read;
                }
                p.*member = rows;
                return success();
            }};
}

Error rowError(const QStringList &parts)
{
    return Error{QCoreApplication::translate("clientele::ItemField",
                                             "\u201C%1\u201D cannot be read as a row.")
                     .arg(parts.join(u' '))};
}

Result<RiskLevel> levelFrom(const QString &text)
{
    return choiceFrom(text, QList<RiskLevel>{RiskLevel::Low, RiskLevel::Medium, RiskLevel::High},
                      riskLevelLabel, riskLevelKey);
}

Result<Billing> billingFrom(const QString &text)
{
    if (auto billing = billingFromKey(text.trimmed()))
        return *billing;
    return Error{QCoreApplication::translate("clientele::ItemField",
                                             "\u201C%1\u201D is neither once nor monthly.")
                     .arg(text)};
}

QList<Field<Proposal>> makeProposalFields()
{
    const auto prospectText = [](const QString &key, const Label &label,
                                 QString ProposalProspect::*member) {
        return Field<Proposal>{key, label,
                               [member](const Proposal &p) { return p.prospect.*member; },
                               [member](Proposal &p, const QString &text) {
                                   p.prospect.*member = text;
                                   return success();
                               }};
    };
    return {
        textField<Proposal>(QStringLiteral("number"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Number")),
                            &Proposal::number),
        {QStringLiteral("status"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Status")),
         [](const Proposal &p) { return proposalStatusLabel(p.status); },
         [](Proposal &p, const QString &text) -> Status {
             auto status =
                 choiceFrom(text, allProposalStatuses(), proposalStatusLabel, proposalStatusKey);
             if (!status)
                 return status.error();
             p.status = *status;
             return success();
         }},
        prospectText(QStringLiteral("company"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Company")),
                     &ProposalProspect::company),
        prospectText(QStringLiteral("contact"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Contact")),
                     &ProposalProspect::contact),
        {QStringLiteral("staff"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Staff")),
         [](const Proposal &p) { return QString::number(p.prospect.staff); },
         [](Proposal &p, const QString &text) -> Status {
             auto staff = countFrom(text);
             if (!staff)
                 return staff.error();
             p.prospect.staff = *staff;
             return success();
         }},
        prospectText(QStringLiteral("industry"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Industry")),
                     &ProposalProspect::industry),
        prospectText(QStringLiteral("currentSystems"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Current systems")),
                     &ProposalProspect::currentSystems),
        {QStringLiteral("profile"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Profile")),
         [](const Proposal &p) {
             return p.profileId > 0 ? QString::number(p.profileId) : QString();
         },
         [](Proposal &p, const QString &text) -> Status {
             if (text.trimmed().isEmpty()) {
                 p.profileId = 0;
                 return success();
             }
             auto id = countFrom(text);
             if (!id)
                 return id.error();
             p.profileId = *id;
             return success();
         }},
        textField<Proposal>(QStringLiteral("currency"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Currency")),
                            &Proposal::currency),
        {QStringLiteral("issued"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Issued")),
         [](const Proposal &p) { return dateText(p.issued); },
         [](Proposal &p, const QString &text) -> Status {
             auto date = dateFrom(text);
             if (!date)
                 return date.error();
             p.issued = *date;
             return success();
         }},
        {QStringLiteral("validUntil"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Valid until")),
         [](const Proposal &p) { return dateText(p.validUntil); },
         [](Proposal &p, const QString &text) -> Status {
             auto date = dateFrom(text);
             if (!date)
                 return date.error();
             p.validUntil = *date;
             return success();
         }},
        {QStringLiteral("style"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Style")),
         [](const Proposal &p) {
             return p.styleOverride ? proposalStyleLabel(*p.styleOverride) : QString();
         },
         [](Proposal &p, const QString &text) -> Status {
             if (text.trimmed().isEmpty()) {
                 p.styleOverride.reset();
                 return success();
             }
             auto style = choiceFrom(text, {ProposalStyle::Informal, ProposalStyle::Formal},
                                     proposalStyleLabel, proposalStyleKey);
             if (!style)
                 return style.error();
             p.styleOverride = *style;
             return success();
         }},
        linesField<Proposal>(
            QStringLiteral("needs"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Needs")),
            [](const Proposal &p) { return p.needs; },
            [](Proposal &p) -> QStringList & { return p.needs; }),
        linesField<Proposal>(
            QStringLiteral("wants"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Wants")),
            [](const Proposal &p) { return p.wants; },
            [](Proposal &p) -> QStringList & { return p.wants; }),
        rowsField<ProposalLine>(
            QStringLiteral("lines"),
            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Recommended offers")),
            &Proposal::lines,
            [](const ProposalLine &l) {
                return QStringList{l.description, QString::number(l.quantity),
                                   moneyText(l.unitPrice), billingKey(l.billing),
                                   QString::number(l.offerId)};
            },
            [](const QStringList &parts, const Proposal &p) -> Result<ProposalLine> {
                if (parts.size() != 5)
                    return rowError(parts);
                ProposalLine line;
                line.description = parts[0];
                auto quantity = countFrom(parts[1]);
                auto price = moneyFrom(parts[2], p.currency);
                auto billing = billingFrom(parts[3]);
                if (!quantity || !price || !billing)
                    return rowError(parts);
                line.quantity = *quantity;
                line.unitPrice = *price;
                line.billing = *billing;
                line.offerId = parts[4].toLongLong();
                // A line still there keeps its identity.
                for (const ProposalLine &old : p.lines) {
                    ProposalLine same = line;
                    same.uuid = old.uuid;
                    if (same == old)
                        return old;
                }
                return line;
            }),
        textField<Proposal>(QStringLiteral("terms"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Terms")),
                            &Proposal::terms),
        textField<Proposal>(QStringLiteral("nextStep"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Next step")),
                            &Proposal::nextStep),
        textField<Proposal>(QStringLiteral("executiveSummary"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Executive summary")),
                            &Proposal::executiveSummary),
        rowsField<ProposalRisk>(
            QStringLiteral("risks"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Risks")),
            &Proposal::risks,
            [](const ProposalRisk &r) {
                return QStringList{r.risk, riskLevelKey(r.likelihood), riskLevelKey(r.impact),
                                   r.mitigation};
            },
            [](const QStringList &parts, const Proposal &) -> Result<ProposalRisk> {
                if (parts.size() != 4)
                    return rowError(parts);
                auto likelihood = levelFrom(parts[1]);
                auto impact = levelFrom(parts[2]);
                if (!likelihood || !impact)
                    return rowError(parts);
                return ProposalRisk{parts[0], *likelihood, *impact, parts[3]};
            }),
        rowsField<ProposalMilestone>(
            QStringLiteral("milestones"),
            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Milestones")), &Proposal::milestones,
            [](const ProposalMilestone &m) {
                return QStringList{m.name, dateText(m.date), m.owner};
            },
            [](const QStringList &parts, const Proposal &) -> Result<ProposalMilestone> {
                if (parts.size() != 3)
                    return rowError(parts);
                auto date = dateFrom(parts[1]);
                if (!date)
                    return rowError(parts);
                return ProposalMilestone{parts[0], *date, parts[2]};
            }),
        rowsField<ProposalBenefit>(
            QStringLiteral("benefits"),
            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Benefits")), &Proposal::benefits,
            [](const ProposalBenefit &b) {
                return QStringList{b.description, moneyText(b.amount), billingKey(b.billing)};
            },
            [](const QStringList &parts, const Proposal &p) -> Result<ProposalBenefit> {
                if (parts.size() != 3)
                    return rowError(parts);
                auto amount = moneyFrom(parts[1], p.currency);
                auto billing = billingFrom(parts[2]);
                if (!amount || !billing)
                    return rowError(parts);
                return ProposalBenefit{parts[0], *amount, *billing};
            }),
    };
}

} // namespace

const QList<ItemField<Proposal>> &proposalFields()
{
    static const auto fields = makeProposalFields();
    return fields;
}

} // namespace clientele
