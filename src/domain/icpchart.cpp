#include "clientele/domain/icpchart.h"

#include "clientele/domain/charttext.h"

#include <algorithm>

namespace clientele {

namespace {

template <typename T> int indexOfId(const QList<T> &items, qint64 id)
{
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).id == id)
            return i;
    }
    return -1;
}

template <typename T> qint64 nextId(const QList<T> &items)
{
    qint64 highest = 0;
    for (const T &item : items)
        highest = std::max(highest, item.id);
    return highest + 1;
}

template <typename T> bool moveItem(QList<T> &items, qint64 id, int toIndex)
{
    const int from = indexOfId(items, id);
    if (from < 0)
        return false;
    items.move(from, std::clamp(toIndex, 0, int(items.size()) - 1));
    return true;
}

template <typename T> qint64 insertItem(QList<T> &items, int index, T item)
{
    if (item.id <= 0 || indexOfId(items, item.id) >= 0)
        item.id = nextId(items);
    if (item.uuid.isNull())
        item.uuid = QUuid::createUuid();
    items.insert(std::clamp(index, 0, int(items.size())), item);
    return item.id;
}

MoneyRange scaled(const MoneyRange &range, bool toMonthly)
{
    if (toMonthly)
        return {range.minimum.dividedBy(12), range.maximum.dividedBy(12)};
    return {range.minimum * 12, range.maximum * 12};
}

} // namespace

QString chartOrientationKey(ChartOrientation orientation)
{
    return orientation == ChartOrientation::ClientsAsRows ? QStringLiteral("clientsAsRows")
                                                          : QStringLiteral("clientsAsColumns");
}

std::optional<ChartOrientation> chartOrientationFromKey(const QString &key)
{
    if (key == QStringLiteral("clientsAsColumns"))
        return ChartOrientation::ClientsAsColumns;
    if (key == QStringLiteral("clientsAsRows"))
        return ChartOrientation::ClientsAsRows;
    return std::nullopt;
}

IcpChart IcpChart::standard(int clientCount, const QString &currency)
{
    IcpChart chart;
    chart.m_currency = currency;
    for (const Attribute &attribute : standardAttributes())
        chart.addAttribute(attribute);
    for (int i = 0; i < clientCount; ++i)
        chart.addClient();
    return chart;
}

QList<ChartClient> IcpChart::referenceClients() const
{
    QList<ChartClient> out;
    std::copy_if(m_clients.cbegin(), m_clients.cend(), std::back_inserter(out),
                 [](const ChartClient &c) { return c.isReference; });
    return out;
}

const ChartClient *IcpChart::client(qint64 id) const
{
    const int index = indexOfId(m_clients, id);
    return index < 0 ? nullptr : &m_clients.at(index);
}

int IcpChart::clientIndex(qint64 id) const
{
    return indexOfId(m_clients, id);
}

qint64 IcpChart::addClient(const QString &name)
{
    ChartClient client;
    client.name = name;
    for (int n = int(m_clients.size()) + 1; client.name.isEmpty(); ++n) {
        const QString candidate = ChartClient::defaultName(n);
        const bool taken = std::any_of(m_clients.cbegin(), m_clients.cend(),
                                       [&](const ChartClient &c) { return c.name == candidate; });
        if (!taken)
            client.name = candidate;
    }
    return insertClient(int(m_clients.size()), client);
}

qint64 IcpChart::insertClient(int index, ChartClient client)
{
    return insertItem(m_clients, index, std::move(client));
}

bool IcpChart::removeClient(qint64 id)
{
    const int index = indexOfId(m_clients, id);
    if (index < 0)
        return false;
    m_clients.removeAt(index);
    m_cells.removeIf([id](const auto &it) { return it.key().first == id; });
    return true;
}

bool IcpChart::moveClient(qint64 id, int toIndex)
{
    return moveItem(m_clients, id, toIndex);
}

bool IcpChart::renameClient(qint64 id, const QString &name)
{
    const int index = indexOfId(m_clients, id);
    if (index < 0)
        return false;
    m_clients[index].name = name;
    return true;
}

bool IcpChart::setClientReference(qint64 id, bool isReference)
{
    const int index = indexOfId(m_clients, id);
    if (index < 0)
        return false;
    m_clients[index].isReference = isReference;
    return true;
}

const Attribute *IcpChart::attribute(qint64 id) const
{
    const int index = indexOfId(m_attributes, id);
    return index < 0 ? nullptr : &m_attributes.at(index);
}

const Attribute *IcpChart::attribute(StandardAttribute which) const
{
    const QString key = standardAttributeKey(which);
    for (const Attribute &attribute : m_attributes) {
        if (attribute.key == key)
            return &attribute;
    }
    return nullptr;
}

int IcpChart::attributeIndex(qint64 id) const
{
    return indexOfId(m_attributes, id);
}

qint64 IcpChart::addAttribute(const Attribute &attribute)
{
    return insertAttribute(int(m_attributes.size()), attribute);
}

qint64 IcpChart::insertAttribute(int index, Attribute attribute)
{
    return insertItem(m_attributes, index, std::move(attribute));
}

bool IcpChart::removeAttribute(qint64 id)
{
    const int index = indexOfId(m_attributes, id);
    if (index < 0)
        return false;
    m_attributes.removeAt(index);
    m_cells.removeIf([id](const auto &it) { return it.key().second == id; });
    return true;
}

bool IcpChart::moveAttribute(qint64 id, int toIndex)
{
    return moveItem(m_attributes, id, toIndex);
}

bool IcpChart::renameAttribute(qint64 id, const QString &label)
{
    const int index = indexOfId(m_attributes, id);
    if (index < 0)
        return false;
    m_attributes[index].label = label;
    return true;
}

bool IcpChart::setAttributeFit(qint64 id, const AttributeFit &fit)
{
    const int index = indexOfId(m_attributes, id);
    if (index < 0)
        return false;
    m_attributes[index].fit = fit;
    return true;
}

int IcpChart::setAttributeType(qint64 id, AttributeType type)
{
    const int index = indexOfId(m_attributes, id);
    if (index < 0)
        return 0;
    m_attributes[index].type = type;
    int cleared = 0;
    for (const ChartClient &client : m_clients) {
        const ChartValue old = value(client.id, id);
        if (old.isUnknown())
            continue;
        const auto converted =
            parseCell(m_attributes.at(index), displayText(old, m_currency), m_currency);
        setValue(client.id, id, converted ? *converted : ChartValue(),
                 converted && *converted == old ? cellNote(client.id, id) : QString());
        cleared += converted ? 0 : 1;
    }
    return cleared;
}

ChartValue IcpChart::value(qint64 clientId, qint64 attributeId) const
{
    return m_cells.value(CellKey{clientId, attributeId}).value;
}

QString IcpChart::cellNote(qint64 clientId, qint64 attributeId) const
{
    return m_cells.value(CellKey{clientId, attributeId}).note;
}

std::optional<ChartValue> IcpChart::derivedSpend(qint64 clientId, const Attribute &attribute) const
{
    const auto which = standardAttributeFromKey(attribute.key);
    if (which != StandardAttribute::SpendPerMonth && which != StandardAttribute::SpendPerYear)
        return std::nullopt;
    const bool toMonthly = which == StandardAttribute::SpendPerMonth;
    const Attribute *source = this->attribute(toMonthly ? StandardAttribute::SpendPerYear
                                                        : StandardAttribute::SpendPerMonth);
    if (!source)
        return std::nullopt;
    const ChartValue entered = value(clientId, source->id);
    if (!entered.money())
        return std::nullopt;
    return ChartValue::fromMoney(scaled(*entered.money(), toMonthly));
}

ChartCell IcpChart::cell(qint64 clientId, qint64 attributeId) const
{
    const Stored entered = m_cells.value(CellKey{clientId, attributeId});
    if (!entered.value.isUnknown())
        return ChartCell{entered.value, false, entered.note};
    const Attribute *attr = attribute(attributeId);
    if (const auto derived = attr ? derivedSpend(clientId, *attr) : std::nullopt)
        return ChartCell{*derived, true, {}};
    return ChartCell{};
}

QString IcpChart::cellText(qint64 clientId, qint64 attributeId) const
{
    return displayText(cell(clientId, attributeId).value, m_currency);
}

bool IcpChart::setValue(qint64 clientId, qint64 attributeId, const ChartValue &value,
                        const QString &note)
{
    if (clientIndex(clientId) < 0 || attributeIndex(attributeId) < 0)
        return false;
    if (value.isUnknown())
        m_cells.remove(CellKey{clientId, attributeId});
    else
        m_cells.insert(CellKey{clientId, attributeId}, Stored{value, note});
    return true;
}

Status IcpChart::setCellText(qint64 clientId, qint64 attributeId, const QString &text)
{
    const Attribute *attr = attribute(attributeId);
    if (!attr || clientIndex(clientId) < 0)
        return Error{tr("That cell is no longer in the chart.")};
    auto parsed = parseCell(*attr, text, m_currency);
    if (!parsed)
        return parsed.error();
    setValue(clientId, attributeId, *parsed);
    return success();
}

QList<ChartEntry> IcpChart::entries() const
{
    QList<ChartEntry> out;
    for (const Attribute &attr : m_attributes) {
        for (const ChartClient &client : m_clients) {
            const auto it = m_cells.constFind(CellKey{client.id, attr.id});
            if (it != m_cells.cend())
                out.append(ChartEntry{client.id, attr.id, it->value, it->note});
        }
    }
    return out;
}

} // namespace clientele
