#include "clientele/domain/itemfields.h"

#include "clientele/domain/profilefields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clientele {

namespace {

// --- Text forms of values -----------------------------------------------------------------

// A part of a line: tabs and line breaks would split it, so they become spaces.
QString part(const QString &text)
{
    QString flat = text;
    flat.replace(u'\t', u' ').replace(u'\n', u' ');
    return flat;
}

QStringList linesOf(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

QString moneyText(const Money &money)
{
    return money.currency() + u' ' + money.toString();
}

Result<Money> moneyFrom(const QString &text, const QString &currency)
{
    return Money::parse(text, currency);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Result<QDate> dateFrom(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return Error{QCoreApplication::translate("clientele::ItemField",
                                                 "\u201C%1\u201D is not a date (YYYY-MM-DD).")
                         .arg(text)};
    return date;
}

Result<int> countFrom(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0)
        return Error{
            QCoreApplication::translate("clientele::ItemField",
                                        "\u201C%1\u201D is not a whole number of 0 or more.")
                .arg(text)};
    return value;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("clientele::ItemField", "yes")
                 : QCoreApplication::translate("clientele::ItemField", "no");
}

// The word yesNo() writes, or the English one.
Result<bool> yesNoFrom(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == u"yes" || word == yesNo(true).toLower())
        return true;
    if (word == u"no" || word == yesNo(false).toLower())
        return false;
    return Error{
        QCoreApplication::translate("clientele::ItemField", "\u201C%1\u201D is neither yes nor no.")
            .arg(text)};
}

// An enum shown by its label and read back from its label or its key.
template <typename Enum>
Result<Enum> choiceFrom(const QString &text, const QList<Enum> &all, QString (*label)(Enum),
                        QString (*key)(Enum))
{
    for (Enum value : all)
        if (text.compare(label(value), Qt::CaseInsensitive) == 0
            || text.compare(key(value), Qt::CaseInsensitive) == 0)
            return value;
    return Error{QCoreApplication::translate("clientele::ItemField",
                                             "\u201C%1\u201D is not one of the choices.")
                     .arg(text)};
}

template <typename Item> using Field = ItemField<Item>;
using Label = std::function<QString()>;

// A label of the tables below, translated when it is read.
Label labelOf(const char *text)
{
    return [text] { return QCoreApplication::translate("clientele::ItemField", text); };
}

// A plain text member.
template <typename Item>
Field<Item> textField(const QString &key, const Label &label, QString Item::*member)
{
    return {key, label, [member](const Item &item) { return item.*member; },
            [member](Item &item, const QString &text) {
                item.*member = text;
                return success();
            }};
}

// A list of plain lines.
template <typename Item>
Field<Item> linesField(const QString &key, const Label &label,
                       std::function<QStringList(const Item &)> list,
                       std::function<QStringList &(Item &)> change)
{
    return {key, label, [list](const Item &item) { return list(item).join(u'\n'); },
            [change](Item &item, const QString &text) {
                change(item) = linesOf(text);
                return success();
            }};
}

// --- Profiles -----------------------------------------------------------------------------

QString itemLine(const ProfileItem &item, ProfileList list)
{
    if (list == ProfileList::Exclusions && !item.detail.isEmpty())
        return part(item.text) + u'\t' + part(item.detail);
    return part(item.text);
}

// Lines back into items; an entry whose text is still there keeps its identity, so offers
// that answer it stay linked.
void setItems(QList<ProfileItem> &items, ProfileList list, const QString &text)
{
    QList<ProfileItem> old = items;
    items.clear();
    for (const QString &line : linesOf(text)) {
        ProfileItem item;
        const qsizetype tab = line.indexOf(u'\t');
        item.text = tab < 0 ? line : line.left(tab);
        if (list == ProfileList::Exclusions && tab >= 0)
            item.detail = line.mid(tab + 1);
        for (qsizetype i = 0; i < old.size(); ++i) {
            if (old.at(i).text == item.text) {
                item.id = old.takeAt(i).id;
                break;
            }
        }
        items.append(item);
    }
}

QList<Field<CustomerProfile>> makeProfileFields()
{
    QList<Field<CustomerProfile>> fields;
    for (ProfileField field : allProfileFields())
        fields.append({fieldKey(field), [field] { return fieldLabel(field); },
                       [field](const CustomerProfile &p) { return fieldText(p, field); },
                       [field](CustomerProfile &p, const QString &text) {
                           return setFieldText(p, field, text);
                       }});
    for (ProfileList list : allProfileLists())
        fields.append({listKey(list), [list] { return listLabel(list); },
                       [list](const CustomerProfile &p) {
                           QStringList lines;
                           for (const ProfileItem &item : listItems(p, list))
                               lines << itemLine(item, list);
                           return lines.join(u'\n');
                       },
                       [list](CustomerProfile &p, const QString &text) {
                           setItems(listItems(p, list), list, text);
                           return success();
                       }});
    return fields;
}

// --- Offers -------------------------------------------------------------------------------

QList<Field<Offer>> makeOfferFields()
{
    QList<Field<Offer>> fields{
        textField<Offer>(QStringLiteral("name"),
                         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Name")), &Offer::name),
        {QStringLiteral("kind"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Kind")),
         [](const Offer &o) { return offerKindLabel(o.kind); },
         [](Offer &o, const QString &text) -> Status {
             auto kind = choiceFrom(text, allOfferKinds(), offerKindLabel, offerKindKey);
             if (!kind)
                 return kind.error();
             o.kind = *kind;
             return success();
         }},
        textField<Offer>(QStringLiteral("promise"),
                         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Promise")),
                         &Offer::promise),
        {QStringLiteral("price"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Price")),
         [](const Offer &o) { return moneyText(o.price); },
         [](Offer &o, const QString &text) -> Status {
             auto price = moneyFrom(text, o.price.currency());
             if (!price)
                 return price.error();
             o.price = *price;
             return success();
         }},
    };
    for (OfferList list : allOfferLists())
        fields.append(linesField<Offer>(
            offerListKey(list), [list] { return offerListLabel(list); },
            [list](const Offer &o) { return offerList(o, list); },
            [list](Offer &o) -> QStringList & { return offerList(o, list); }));
    fields.append({QStringLiteral("answers"),
                   labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "What it answers")),
                   [](const Offer &o) {
                       QStringList ids;
                       for (qint64 id : o.answers)
                           ids << QString::number(id);
                       return ids.join(QStringLiteral(", "));
                   },
                   [](Offer &o, const QString &text) -> Status {
                       QList<qint64> ids;
                       for (const QString &word : text.split(u',', Qt::SkipEmptyParts)) {
                           bool ok = false;
                           const qint64 id = word.trimmed().toLongLong(&ok);
                           if (!ok || id <= 0)
                               return Error{
                                   QCoreApplication::translate("clientele::ItemField",
                                                               "\u201C%1\u201D is not an item of a "
                                                               "profile.")
                                       .arg(word.trimmed())};
                           ids << id;
                       }
                       o.answers = ids;
                       return success();
                   }});
    fields.append(
        {QStringLiteral("ladder"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Ladder stage")),
         [](const Offer &o) { return o.ladder ? ladderStageLabel(o.ladder->stage) : QString(); },
         [](Offer &o, const QString &text) -> Status {
             if (text.trimmed().isEmpty()) {
                 o.ladder.reset();
                 return success();
             }
             auto stage = choiceFrom(text, allLadderStages(), ladderStageLabel, ladderStageKey);
             if (!stage)
                 return stage.error();
             LadderPlace place = o.ladder.value_or(LadderPlace{});
             place.stage = *stage;
             o.ladder = place;
             return success();
         }});
    fields.append(
        {QStringLiteral("ladderPosition"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Place on the ladder")),
         [](const Offer &o) { return o.ladder ? QString::number(o.ladder->position) : QString(); },
         [](Offer &o, const QString &text) -> Status {
             if (!o.ladder)
                 return text.trimmed().isEmpty()
                            ? success()
                            : Status(Error{QCoreApplication::translate("clientele::ItemField",
                                                                       "The offer is not on the "
                                                                       "ladder.")});
             auto position = countFrom(text);
             if (!position)
                 return position.error();
             o.ladder->position = *position;
             return success();
         }});
    fields.append({QStringLiteral("stepToNext"),
                   labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Step to the next rung")),
                   [](const Offer &o) { return o.ladder ? o.ladder->stepToNext : QString(); },
                   [](Offer &o, const QString &text) -> Status {
                       if (!o.ladder)
                           return text.isEmpty() ? success()
                                                 : Status(Error{QCoreApplication::translate(
                                                     "clientele::ItemField",
                                                     "The offer is not on the ladder.")});
                       o.ladder->stepToNext = text;
                       return success();
                   }});
    const auto count = [](const QString &key, const Label &label, int RetainerTerms::*member) {
        return Field<Offer>{
            key, label, [member](const Offer &o) { return QString::number(o.retainer.*member); },
            [member](Offer &o, const QString &text) -> Status {
                auto value = countFrom(text);
                if (!value)
                    return value.error();
                o.retainer.*member = *value;
                return success();
            }};
    };
    fields.append(count(QStringLiteral("hoursPerMonth"),
                        labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Hours per month")),
                        &RetainerTerms::hoursPerMonth));
    fields.append({QStringLiteral("carryOver"),
                   labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Unused hours carry over")),
                   [](const Offer &o) { return yesNo(o.retainer.unusedHoursCarryOver); },
                   [](Offer &o, const QString &text) -> Status {
                       auto value = yesNoFrom(text);
                       if (!value)
                           return value.error();
                       o.retainer.unusedHoursCarryOver = *value;
                       return success();
                   }});
    fields.append(count(QStringLiteral("minimumTermMonths"),
                        labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Minimum term (months)")),
                        &RetainerTerms::minimumTermMonths));
    fields.append(count(QStringLiteral("noticeDays"),
                        labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Notice (days)")),
                        &RetainerTerms::noticeDays));
    return fields;
}

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
                                 QString Prospect::*member) {
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
                     &Prospect::company),
        prospectText(QStringLiteral("contact"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Contact")),
                     &Prospect::contact),
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
                     &Prospect::industry),
        prospectText(QStringLiteral("currentSystems"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Current systems")),
                     &Prospect::currentSystems),
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

// --- Settings -----------------------------------------------------------------------------

QList<Field<WorkspaceSettings>> makeSettingsFields()
{
    using S = WorkspaceSettings;
    return {
        textField<S>(QStringLiteral("consultancyName"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Consultancy")),
                     &S::consultancyName),
        textField<S>(QStringLiteral("contactDetails"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Contact details")),
                     &S::contactDetails),
        textField<S>(QStringLiteral("currency"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Currency")), &S::currency),
        textField<S>(QStringLiteral("accentColor"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Accent colour")),
                     &S::accentColor),
        textField<S>(QStringLiteral("taxNote"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Tax note")), &S::taxNote),
        textField<S>(QStringLiteral("pageSize"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Page size")), &S::pageSize),
        textField<S>(QStringLiteral("logoPath"),
                     labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Logo")), &S::logoPath),
        {QStringLiteral("formalStaffThreshold"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Formal proposals from (staff)")),
         [](const S &s) { return QString::number(s.formalStaffThreshold); },
         [](S &s, const QString &text) -> Status {
             auto value = countFrom(text);
             if (!value)
                 return value.error();
             s.formalStaffThreshold = *value;
             return success();
         }},
    };
}

} // namespace

const QList<ItemField<CustomerProfile>> &profileFields()
{
    static const auto fields = makeProfileFields();
    return fields;
}

const QList<ItemField<Offer>> &offerFields()
{
    static const auto fields = makeOfferFields();
    return fields;
}

const QList<ItemField<Proposal>> &proposalFields()
{
    static const auto fields = makeProposalFields();
    return fields;
}

const QList<ItemField<WorkspaceSettings>> &settingsFields()
{
    static const auto fields = makeSettingsFields();
    return fields;
}

} // namespace clientele
