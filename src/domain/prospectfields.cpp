#include "clientele/domain/itemfields.h"

#include "clientele/domain/charttext.h"
#include "fieldtext.h"

namespace clientele {

using namespace detail;

namespace {

QList<Field<Prospect>> makeProspectFields()
{
    return {
        textField<Prospect>(QStringLiteral("company"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Company")),
                            &Prospect::company),
        textField<Prospect>(QStringLiteral("contact"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Contact")),
                            &Prospect::contact),
        textField<Prospect>(QStringLiteral("systems"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Systems used")),
                            &Prospect::systems),
        textField<Prospect>(QStringLiteral("source"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Source")),
                            &Prospect::source),
        textField<Prospect>(QStringLiteral("notes"),
                            labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Notes")),
                            &Prospect::notes),
        {QStringLiteral("status"), labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Status")),
         [](const Prospect &p) { return prospectStatusLabel(p.status); },
         [](Prospect &p, const QString &text) -> Status {
             auto status = choiceFrom(text.trimmed(), allProspectStatuses(), prospectStatusLabel,
                                      prospectStatusKey);
             if (!status)
                 return status.error();
             p.status = *status;
             return success();
         }},
        {QStringLiteral("lastContact"),
         labelOf(QT_TRANSLATE_NOOP("clientele::ItemField", "Last contact")),
         [](const Prospect &p) { return dateText(p.lastContact); },
         [](Prospect &p, const QString &text) -> Status {
             auto date = dateFrom(text);
             if (!date)
                 return date.error();
             p.lastContact = *date;
             return success();
         }},
    };
}

} // namespace

const QList<ItemField<Prospect>> &prospectFields()
{
    static const QList<ItemField<Prospect>> fields = makeProspectFields();
    return fields;
}

QString prospectValueKey(qint64 attributeId)
{
    return QStringLiteral("value:%1").arg(attributeId);
}

QList<ItemField<Prospect>> prospectFields(const QList<Attribute> &attributes,
                                          const QString &currency)
{
    QList<ItemField<Prospect>> fields = prospectFields();
    for (const Attribute &attribute : attributes) {
        const QString label = attribute.label;
        fields.append({prospectValueKey(attribute.id), [label] { return label; },
                       [id = attribute.id, currency](const Prospect &p) {
                           return displayText(p.value(id), currency);
                       },
                       [attribute, currency](Prospect &p, const QString &text) -> Status {
                           auto value = parseCell(attribute, text, currency);
                           if (!value)
                               return value.error();
                           if (value->isUnknown())
                               p.values.remove(attribute.id);
                           else
                               p.values.insert(attribute.id, *value);
                           return success();
                       }});
    }
    return fields;
}

} // namespace clientele
