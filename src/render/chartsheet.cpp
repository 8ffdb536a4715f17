#include "clientele/render/chartsheet.h"

#include "clientele/domain/charttext.h"
#include "clientele/domain/matchscore.h"
#include "clientele/domain/weighting.h"
#include "clientele/render/htmltext.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace clientele {

namespace {

bool isNumeric(AttributeType type)
{
    return type == AttributeType::NumberOrRange || type == AttributeType::MoneyOrRange
           || type == AttributeType::Years;
}

QString clientName(const ChartClient &client, int index)
{
    const QString name = client.name.simplified();
    return name.isEmpty() ? ChartClient::defaultName(index + 1) : name;
}

ChartSheetRow gridRow(const IcpChart &chart, const IdealProfile &ideal, const Attribute &attribute)
{
    ChartSheetRow row;
    row.label = attribute.label.simplified();
    row.numeric = isNumeric(attribute.type);
    for (const ChartClient &client : chart.clients()) {
        const ChartCell cell = chart.cell(client.id, attribute.id);
        row.cells.append({displayText(cell.value), cell.derived && !cell.isUnknown()});
    }
    if (const DerivedValue *derived = ideal.value(attribute.id); derived && derived->isKnown()) {
        row.ideal = derived->text;
        if (derived->knownCount < derived->clientCount)
            row.known = derived->knownText();
    }
    return row;
}

// One bar per client from a money or number cell; ranges span their bounds.
QList<ChartBar> bars(const IcpChart &chart, const Attribute *attribute, const QStringList &names)
{
    QList<ChartBar> list;
    if (!attribute)
        return list;
    for (int i = 0; i < chart.clients().size(); ++i) {
        const ChartClient &client = chart.clients().at(i);
        const ChartCell cell = chart.cell(client.id, attribute->id);
        ChartBar bar{names.at(i), false, 0, 0, {}, cell.derived, client.isReference};
        if (const MoneyRange *money = cell.value.money()) {
            bar = {names.at(i),
                   true,
                   money->minimum.toMajor(),
                   money->maximum.toMajor(),
                   displayText(cell.value),
                   cell.derived,
                   client.isReference};
        } else if (const NumberRange *number = cell.value.number()) {
            bar = {names.at(i),
                   true,
                   number->minimum,
                   number->maximum,
                   displayText(cell.value),
                   cell.derived,
                   client.isReference};
        }
        list.append(bar);
    }
    return list;
}

// Industries of the reference clients, the ones the ideal is derived from.
QList<ChartShare> industryMix(const IcpChart &chart, const IdealProfile &ideal)
{
    const Attribute *attribute = chart.attribute(StandardAttribute::Industry);
    QList<ChartShare> shares;
    QList<double> weights;
    if (!attribute)
        return shares;
    int unknown = 0;
    for (const ChartClient &client : chart.referenceClients()) {
        const ChartValue cell = chart.value(client.id, attribute->id);
        const QString *text = cell.text();
        const QString value = text ? attribute->canonicalValue(text->simplified()) : QString();
        if (value.isEmpty()) {
            ++unknown;
            continue;
        }
        auto same = std::find_if(shares.begin(), shares.end(), [&](const ChartShare &share) {
            return share.label.compare(value, Qt::CaseInsensitive) == 0;
        });
        if (same == shares.end()) {
            shares.append({value, 1});
            weights.append(ideal.weights.weight(client.id));
        } else {
            ++same->count;
            weights[same - shares.begin()] += ideal.weights.weight(client.id);
        }
    }
    // Most common first; among equal counts the heavier first, as the Ideal column leads.
    QList<int> order(shares.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return shares.at(a).count != shares.at(b).count ? shares.at(a).count > shares.at(b).count
                                                        : weights.at(a) > weights.at(b);
    });
    QList<ChartShare> sorted;
    for (int index : order)
        sorted.append(shares.at(index));
    shares = sorted;
    if (unknown > 0 && !shares.isEmpty())
        shares.append({ChartSheet::notRecorded(), unknown});
    return shares;
}

QList<ChartBar> matchBars(const IcpChart &chart, const IdealProfile &ideal,
                          const QStringList &names)
{
    QList<ChartBar> list;
    const QList<ClientMatch> matches = matchClients(chart, ideal);
    for (int i = 0; i < chart.clients().size() && i < matches.size(); ++i) {
        const ClientMatch &match = matches.at(i);
        ChartBar bar{
            names.at(i), match.isScored(), 0, 0, {}, false, chart.clients().at(i).isReference};
        if (match.isScored()) {
            bar.low = bar.high = match.percent();
            bar.valueText = match.label();
            bar.hatched = !match.isConfident();
        }
        list.append(bar);
    }
    return list;
}

QList<ChartSheetNote> derivationRules(const IcpChart &chart, const IdealProfile &ideal)
{
    QSet<AttributeType> types;
    for (const Attribute &attribute : chart.attributes())
        types.insert(attribute.type);
    const bool weighted = ideal.weighting != Weighting::Equal;

    QList<ChartSheetNote> list;
    list.append({weightingInUse(ideal.weighting), weightingDescription(ideal.weighting)});
    if (types.contains(AttributeType::NumberOrRange) || types.contains(AttributeType::Years)
        || types.contains(AttributeType::MoneyOrRange))
        list.append({ChartSheet::tr("Numbers, years and money"),
                     ChartSheet::tr("The median, then the lowest to highest value in brackets; "
                                    "a range such as 20–50 counts as its midpoint.")});
    if (types.contains(AttributeType::Category) || types.contains(AttributeType::Text))
        list.append({ChartSheet::tr("Categories and text"),
                     weighted ? ChartSheet::tr("The most common value and how many clients hold "
                                               "it, with the weighted share, as in "
                                               "“Manufacturing — 3 of 5”; ties are all listed.")
                              : ChartSheet::tr("The most common value and how many clients hold "
                                               "it, as in “Manufacturing — 3 of 5”; ties are all "
                                               "listed.")});
    if (types.contains(AttributeType::YesNo))
        list.append({ChartSheet::tr("Yes or no"),
                     weighted ? ChartSheet::tr("How many of the known answers are yes, with the "
                                               "weighted share.")
                              : ChartSheet::tr("How many of the known answers are yes.")});
    if (types.contains(AttributeType::Tags))
        list.append({ChartSheet::tr("Lists"),
                     ChartSheet::tr("The items held by at least half the clients, by weight, "
                                    "most widely held first.")});
    if (types.contains(AttributeType::Location))
        list.append({ChartSheet::tr("Locations"),
                     ChartSheet::tr("The most common place, and the median distance from the "
                                    "office with its range.")});
    list.append({ChartSheet::tr("Unknown and derived cells"),
                 ChartSheet::tr("A dash marks an unknown value, which is left out; the Ideal "
                                "column says how many were known. Italics mark a value computed "
                                "from another cell (spend per month × 12, or per year ÷ 12).")});
    return list;
}

// "A", "A and B", "A and B and C".
QString joinedWithAnd(const QStringList &names)
{
    QString text = names.value(0);
    for (qsizetype i = 1; i < names.size(); ++i)
        text = ChartSheet::tr("%1 and %2").arg(text, names.at(i));
    return text;
}

// Gives each noted cell its note's number, client by client, and lists the notes: "Harbour
// Cranes, Average spent per month and Average spent per year".
void numberCellNotes(const IcpChart &chart, ChartSheet &sheet)
{
    for (int c = 0; c < chart.clients().size(); ++c) {
        const qsizetype first = sheet.cellNotes.size();
        QStringList texts;     // this client's notes, in chart order
        QList<QStringList> on; // the attributes each note is on
        for (int r = 0; r < chart.attributes().size(); ++r) {
            const QString note =
                chart.cellNote(chart.clients().at(c).id, chart.attributes().at(r).id).trimmed();
            if (note.isEmpty())
                continue;
            qsizetype index = texts.indexOf(note);
            if (index < 0) {
                texts.append(note);
                on.append(QStringList());
                index = texts.size() - 1;
            }
            on[index].append(sheet.rows.at(r).label);
            sheet.rows[r].cells[c].note = int(first + index + 1);
        }
        for (qsizetype i = 0; i < texts.size(); ++i)
            sheet.cellNotes.append(
                {sheet.clients.at(c) + QStringLiteral(", ") + joinedWithAnd(on.at(i)),
                 texts.at(i)});
    }
}

// Under the Ideal heading, a phrase of its own for each weighting.
QString idealSubheading(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal: return ChartSheet::tr("equal weights");
    case Weighting::BySpend: return ChartSheet::tr("by spend");
    case Weighting::ByLoyalty: return ChartSheet::tr("by loyalty");
    }
    return {};
}

} // namespace

QString ChartSheetCell::html() const
{
    QString html = htmlText(text);
    if (note > 0)
        html += QStringLiteral("<sup>%1</sup>").arg(note);
    return html;
}

ChartSheet ChartSheet::from(const IcpChart &chart, const IdealProfile &ideal)
{
    ChartSheet sheet;
    sheet.title = tr("Ideal Customer Profile chart");
    sheet.currency = chart.currency();
    sheet.weightingLabel = idealSubheading(ideal.weighting);

    QStringList names;
    for (int i = 0; i < chart.clients().size(); ++i) {
        names.append(clientName(chart.clients().at(i), i));
        sheet.reference.append(chart.clients().at(i).isReference);
    }
    sheet.clients = names;

    const int references = int(chart.referenceClients().size());
    QString counted = references == 1 ? tr("1 reference client")
                                      : tr("%n reference clients", nullptr, references);
    if (references < chart.clients().size())
        counted = tr("%1 (of %2 in the chart)").arg(counted).arg(chart.clients().size());
    QString line = weightingInUse(ideal.weighting) + QStringLiteral("  ·  ") + counted;
    // The weighting's note says how it filled a gap, e.g. clients without a known spend.
    if (const QString note = ideal.weights.note.trimmed(); !note.isEmpty())
        line += QStringLiteral("  ·  ") + note;
    sheet.weightingLine = line;
    sheet.weightingDescription = clientele::weightingDescription(ideal.weighting);

    for (const Attribute &attribute : chart.attributes()) {
        sheet.rows.append(gridRow(chart, ideal, attribute));
        if (!attribute.notes.trimmed().isEmpty())
            sheet.notes.append({attribute.label.simplified(), attribute.notes.trimmed()});
    }
    numberCellNotes(chart, sheet);

    sheet.spend = bars(chart, chart.attribute(StandardAttribute::SpendPerYear), names);
    sheet.years = bars(chart, chart.attribute(StandardAttribute::YearsAsCustomer), names);
    sheet.industry = industryMix(chart, ideal);
    sheet.match = matchBars(chart, ideal, names);
    sheet.rules = derivationRules(chart, ideal);
    return sheet;
}

} // namespace clientele
