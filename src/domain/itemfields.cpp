#include "clientele/domain/itemfields.h"

#include "clientele/domain/profilefields.h"
#include "fieldtext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <optional>

namespace clientele {

using namespace detail;

namespace {

// --- Profiles -----------------------------------------------------------------------------

// An exclusion's line is its text, its reason and its rule (as JSON), tab-separated, each
// part only when it or a later one is there.
QString itemLine(const ProfileItem &item, ProfileList list)
{
    if (list != ProfileList::Exclusions)
        return part(item.text);
    if (item.rule)
        return part(item.text) + u'\t' + part(item.detail) + u'\t' + item.rule->toJson();
    if (!item.detail.isEmpty())
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
        const QStringList parts = line.split(u'\t');
        item.text = parts.at(0);
        if (list == ProfileList::Exclusions) {
            item.detail = parts.value(1);
            item.rule = ExclusionRule::fromJson(parts.mid(2).join(u'\t'));
        }
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
        {QStringLiteral("fitBands"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Grade bands (A / B / C)")),
         [](const S &s) {
             return QStringLiteral("%1 / %2 / %3")
                 .arg(s.fitBands.a)
                 .arg(s.fitBands.b)
                 .arg(s.fitBands.c);
         },
         [](S &s, const QString &text) -> Status {
             const QStringList parts = text.split(u'/');
             FitBands bands;
             bool ok = parts.size() == 3;
             if (ok)
                 for (const auto &[index, member] :
                      {std::pair{0, &FitBands::a}, {1, &FitBands::b}, {2, &FitBands::c}})
                     if (ok)
                         bands.*member = parts.at(index).trimmed().toInt(&ok);
             if (!ok || !bands.isValid())
                 return Error{QCoreApplication::translate(
                                  "clientele::ItemField",
                                  "\u201C%1\u201D are not grade bands such as 80 / 60 / 40.")
                                  .arg(text)};
             s.fitBands = bands;
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

const QList<ItemField<WorkspaceSettings>> &settingsFields()
{
    static const auto fields = makeSettingsFields();
    return fields;
}

namespace {

template <typename Item>
std::optional<QString> labelIn(const QList<ItemField<Item>> &fields, const QString &key)
{
    for (const ItemField<Item> &field : fields)
        if (field.key == key)
            return field.label();
    return std::nullopt;
}

} // namespace

QString itemFieldLabel(const QString &kind, const QString &key)
{
    std::optional<QString> label;
    if (kind == QLatin1String("profile"))
        label = labelIn(profileFields(), key);
    else if (kind == QLatin1String("offer"))
        label = labelIn(offerFields(), key);
    else if (kind == QLatin1String("proposal"))
        label = labelIn(proposalFields(), key);
    else if (kind == QLatin1String("settings"))
        label = labelIn(settingsFields(), key);
    else if (kind == QLatin1String("prospect"))
        label = labelIn(prospectFields(), key);
    return label.value_or(key);
}

} // namespace clientele
