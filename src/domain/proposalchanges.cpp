#include "clientele/domain/proposalchanges.h"

#include "fieldtext.h"
#include "itemmatching.h"

#include <QCoreApplication>

namespace clientele {

using namespace detail;

namespace {

const ItemField<Proposal> &fieldNamed(const QString &key)
{
    const QList<ItemField<Proposal>> &fields = proposalFields();
    const auto found = std::find_if(fields.begin(), fields.end(),
                                    [&key](const ItemField<Proposal> &f) { return f.key == key; });
    Q_ASSERT(found != fields.end());
    return *found;
}

QList<ItemField<Proposal>> fieldsNamed(const QStringList &keys)
{
    QList<ItemField<Proposal>> fields;
    for (const QString &key : keys)
        fields.append(fieldNamed(key));
    return fields;
}

// A list field entry by entry: added, removed, or edited in place.
void entryChanges(QList<FieldChange> &changes, const QString &key, const Proposal &before,
                  const Proposal &after)
{
    const ItemField<Proposal> &field = fieldNamed(key);
    changes += detail::entryChanges({key, field.label(), field.text(before), field.text(after)});
}

// --- Offer lines --------------------------------------------------------------------------

QString billingText(Billing billing)
{
    return billing == Billing::Monthly
               ? QCoreApplication::translate("clientele::ProposalChanges", "Monthly")
               : QCoreApplication::translate("clientele::ProposalChanges", "One-off");
}

// What a line's changes are labelled with: its description, or its place when it has none.
QString lineName(const ProposalLine &line, qsizetype index)
{
    const QString description = line.description.simplified();
    return description.isEmpty()
               ? QCoreApplication::translate("clientele::ProposalChanges", "Line %1").arg(index + 1)
               : description;
}

// The whole line: "Procedure writing day: 2 × AUD 1,400.00 once".
QString lineText(const ProposalLine &line, qsizetype index)
{
    const QString text =
        line.billing == Billing::Monthly
            ? QCoreApplication::translate("clientele::ProposalChanges", "%1: %2 × %3 a month")
            : QCoreApplication::translate("clientele::ProposalChanges", "%1: %2 × %3 once");
    return text.arg(lineName(line, index)).arg(line.quantity).arg(moneyText(line.unitPrice));
}

QString lineKey(const ProposalLine &line, const QString &place)
{
    return QStringLiteral("lines/")
           + (line.uuid.isNull() ? place : line.uuid.toString(QUuid::WithoutBraces));
}

struct LinePart {
    const char *key;
    const char *label; // "%1: quantity", %1 the line's name
    QString (*text)(const ProposalLine &);
};

const LinePart kLineParts[] = {
    {"description", QT_TRANSLATE_NOOP("clientele::ProposalChanges", "%1: description"),
     [](const ProposalLine &l) { return l.description; }},
    {"quantity", QT_TRANSLATE_NOOP("clientele::ProposalChanges", "%1: quantity"),
     [](const ProposalLine &l) { return QString::number(l.quantity); }},
    {"unitPrice", QT_TRANSLATE_NOOP("clientele::ProposalChanges", "%1: unit price"),
     [](const ProposalLine &l) { return moneyText(l.unitPrice); }},
    {"billing", QT_TRANSLATE_NOOP("clientele::ProposalChanges", "%1: billing"),
     [](const ProposalLine &l) { return billingText(l.billing); }},
};

void lineChanges(QList<FieldChange> &changes, const Proposal &before, const Proposal &after)
{
    using Same = std::function<bool(const ProposalLine &, const ProposalLine &)>;
    const QList<Same> rules{
        [](const ProposalLine &a, const ProposalLine &b) {
            return !a.uuid.isNull() && a.uuid == b.uuid;
        },
        [](const ProposalLine &a, const ProposalLine &b) {
            return a.offerId != 0 && a.offerId == b.offerId;
        },
        [](const ProposalLine &a, const ProposalLine &b) { return a.description == b.description; },
    };
    const QString linesLabel = fieldNamed(QStringLiteral("lines")).label();
    for (const MatchedPair &pair : matchItems(before.lines, after.lines, rules)) {
        if (pair.before < 0) {
            const ProposalLine &added = after.lines[pair.after];
            changes.append({lineKey(added, QStringLiteral("+%1").arg(pair.after)), linesLabel,
                            QString(), lineText(added, pair.after)});
            continue;
        }
        if (pair.after < 0) {
            const ProposalLine &removed = before.lines[pair.before];
            changes.append({lineKey(removed, QStringLiteral("-%1").arg(pair.before)), linesLabel,
                            lineText(removed, pair.before), QString()});
            continue;
        }
        const ProposalLine &old = before.lines[pair.before];
        const ProposalLine &now = after.lines[pair.after];
        const QString key = lineKey(now, QString::number(pair.after));
        for (const LinePart &part : kLineParts) {
            if (part.text(old) != part.text(now))
                changes.append(
                    {key + u'/' + QLatin1String(part.key),
                     QCoreApplication::translate("clientele::ProposalChanges", part.label)
                         .arg(lineName(now, pair.after)),
                     part.text(old), part.text(now)});
        }
    }
}

const QList<ItemField<Proposal>> &totalFields()
{
    static const QList<ItemField<Proposal>> fields{
        {QStringLiteral("oneOffTotal"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "One-off total")),
         [](const Proposal &p) { return moneyText(p.oneOffTotal()); },
         {}},
        {QStringLiteral("monthlyTotal"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Monthly total")),
         [](const Proposal &p) { return moneyText(p.monthlyTotal()); },
         {}},
    };
    return fields;
}

} // namespace

QList<FieldChange> proposalChanges(const Proposal &before, const Proposal &after)
{
    QList<FieldChange> changes =
        changedFields(fieldsNamed({QStringLiteral("number"), QStringLiteral("company"),
                                   QStringLiteral("contact"), QStringLiteral("staff"),
                                   QStringLiteral("industry"), QStringLiteral("currentSystems"),
                                   QStringLiteral("style"), QStringLiteral("currency"),
                                   QStringLiteral("issued"), QStringLiteral("validUntil")}),
                      before, after);
    entryChanges(changes, QStringLiteral("needs"), before, after);
    entryChanges(changes, QStringLiteral("wants"), before, after);
    lineChanges(changes, before, after);
    changes += changedFields(totalFields(), before, after);
    changes += changedFields(fieldsNamed({QStringLiteral("terms"), QStringLiteral("nextStep"),
                                          QStringLiteral("executiveSummary")}),
                             before, after);
    for (const char *key : {"risks", "milestones", "benefits"})
        entryChanges(changes, QLatin1String(key), before, after);
    return changes;
}

} // namespace clientele
