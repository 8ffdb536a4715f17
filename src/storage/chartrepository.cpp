#include "clientele/storage/chartrepository.h"

#include "chartcells.h"
#include "clientele/storage/settingsrepository.h"
#include "sqltext.h"

#include "rowidentity.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace clientele {

namespace {

// Columns fit_used, fit_importance and fit_falloff, NULL where the default applies.
void bindFit(SQLite::Statement &row, int first, const AttributeFit &fit)
{
    if (fit.used)
        row.bind(first, *fit.used ? 1 : 0);
    else
        row.bind(first);
    if (fit.importance)
        row.bind(first + 1, sql::utf8(fitImportanceKey(*fit.importance)));
    else
        row.bind(first + 1);
    if (fit.falloff)
        row.bind(first + 2, *fit.falloff);
    else
        row.bind(first + 2);
}

AttributeFit readFit(SQLite::Statement &row, int first)
{
    AttributeFit fit;
    if (!row.getColumn(first).isNull())
        fit.used = row.getColumn(first).getInt() != 0;
    if (!row.getColumn(first + 1).isNull())
        fit.importance = fitImportanceFromKey(sql::text(row.getColumn(first + 1)));
    if (!row.getColumn(first + 2).isNull())
        fit.falloff = row.getColumn(first + 2).getDouble();
    return fit;
}

template <typename T>
void updateColumn(SQLite::Database &db, const char *statement, qint64 id, const T &value)
{
    SQLite::Statement update(db, statement);
    update.bind(1, value);
    update.bind(2, static_cast<int64_t>(id));
    update.exec();
}

} // namespace

IcpChart ChartRepository::standardChart(const QString &currency)
{
    return IcpChart::standard(kStandardClientCount, currency);
}

bool ChartRepository::isStored() const
{
    // A schema 1 file opened read-only is not upgraded and has no chart tables at all.
    if (!m_db.tableExists("chart"))
        return false;
    return m_db.execAndGet("SELECT count(*) FROM chart").getInt() > 0;
}

IcpChart ChartRepository::load() const
{
    if (!isStored())
        return standardChart(SettingsRepository(m_db).load().currency);
    IcpChart chart;
    {
        SQLite::Statement settings(m_db, "SELECT orientation, weighting, currency FROM chart");
        settings.executeStep();
        chart.setOrientation(chartOrientationFromKey(sql::text(settings.getColumn(0)))
                                 .value_or(ChartOrientation::ClientsAsColumns));
        chart.setWeighting(
            weightingFromKey(sql::text(settings.getColumn(1))).value_or(Weighting::Equal));
        chart.setCurrency(sql::text(settings.getColumn(2)));
    }
    SQLite::Statement attributes(m_db, "SELECT id, key, label, type, suggested_values, notes, "
                                       "uuid, fit_used, fit_importance, fit_falloff "
                                       "FROM chart_attribute ORDER BY position, id");
    while (attributes.executeStep()) {
        Attribute attribute;
        attribute.id = attributes.getColumn(0).getInt64();
        attribute.key = sql::text(attributes.getColumn(1));
        attribute.label = sql::text(attributes.getColumn(2));
        attribute.type =
            attributeTypeFromKey(sql::text(attributes.getColumn(3))).value_or(AttributeType::Text);
        attribute.values = sql::stringListFromJson(sql::text(attributes.getColumn(4)));
        attribute.notes = sql::text(attributes.getColumn(5));
        attribute.uuid = sql::uuidFrom(attributes.getColumn(6));
        attribute.fit = readFit(attributes, 7);
        chart.addAttribute(attribute);
    }
    SQLite::Statement clients(
        m_db, "SELECT id, name, is_reference, notes, uuid FROM chart_client ORDER BY position, id");
    while (clients.executeStep()) {
        ChartClient client;
        client.id = clients.getColumn(0).getInt64();
        client.name = sql::text(clients.getColumn(1));
        client.isReference = clients.getColumn(2).getInt() != 0;
        client.notes = sql::text(clients.getColumn(3));
        client.uuid = sql::uuidFrom(clients.getColumn(4));
        chart.insertClient(int(chart.clients().size()), client);
    }
    SQLite::Statement cells(m_db, std::string("SELECT client_id, attribute_id, ")
                                      + sql::kCellColumns + ", note FROM chart_cell");
    while (cells.executeStep())
        chart.setValue(cells.getColumn(0).getInt64(), cells.getColumn(1).getInt64(),
                       sql::readValue(cells, 2), sql::text(cells.getColumn(11)));
    return chart;
}

int ChartRepository::clientCount() const
{
    if (!isStored())
        return kStandardClientCount;
    return m_db.execAndGet("SELECT count(*) FROM chart_client").getInt();
}

bool ChartRepository::ensureStored()
{
    if (isStored())
        return false;
    replace(load());
    return true;
}

void ChartRepository::clear()
{
    m_db.exec("DELETE FROM chart_cell");
    m_db.exec("DELETE FROM chart_client");
    m_db.exec("DELETE FROM chart_attribute");
    m_db.exec("DELETE FROM chart");
}

void ChartRepository::writeSettings(const IcpChart &chart)
{
    SQLite::Statement upsert(
        m_db, "INSERT INTO chart (id, orientation, weighting, currency) VALUES (1, ?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET orientation = excluded.orientation, "
              "weighting = excluded.weighting, currency = excluded.currency");
    upsert.bind(1, sql::utf8(chartOrientationKey(chart.orientation())));
    upsert.bind(2, sql::utf8(weightingKey(chart.weighting())));
    upsert.bind(3, sql::utf8(chart.currency()));
    upsert.exec();
}

void ChartRepository::replace(const IcpChart &chart)
{
    clear();
    writeSettings(chart);
    for (int i = 0; i < chart.attributes().size(); ++i)
        insertAttributeRow(chart.attributes().at(i), i);
    for (int i = 0; i < chart.clients().size(); ++i)
        insertClientRow(chart.clients().at(i), i);
    for (const ChartEntry &entry : chart.entries())
        setCell(entry);
}

void ChartRepository::setOrientation(ChartOrientation orientation)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart SET orientation = ? WHERE id = ?", 1,
                 sql::utf8(chartOrientationKey(orientation)));
}

void ChartRepository::setWeighting(Weighting weighting)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart SET weighting = ? WHERE id = ?", 1,
                 sql::utf8(weightingKey(weighting)));
}

void ChartRepository::setCurrency(const QString &currency)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart SET currency = ? WHERE id = ?", 1, sql::utf8(currency));
}

void ChartRepository::setCell(qint64 clientId, qint64 attributeId, const ChartValue &value,
                              const QString &note)
{
    ensureStored();
    if (value.isUnknown()) {
        SQLite::Statement remove(m_db,
                                 "DELETE FROM chart_cell WHERE client_id = ? AND attribute_id = ?");
        remove.bind(1, static_cast<int64_t>(clientId));
        remove.bind(2, static_cast<int64_t>(attributeId));
        remove.exec();
        return;
    }
    SQLite::Statement upsert(m_db, std::string("INSERT OR REPLACE INTO chart_cell (client_id, "
                                               "attribute_id, ")
                                       + sql::kCellColumns
                                       + ", note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    upsert.bind(1, static_cast<int64_t>(clientId));
    upsert.bind(2, static_cast<int64_t>(attributeId));
    sql::bindValue(upsert, 3, value);
    upsert.bind(12, sql::utf8(note));
    upsert.exec();
}

QList<qint64> ChartRepository::orderOf(const char *table) const
{
    QList<qint64> ids;
    SQLite::Statement query(m_db,
                            std::string("SELECT id FROM ") + table + " ORDER BY position, id");
    while (query.executeStep())
        ids << query.getColumn(0).getInt64();
    return ids;
}

void ChartRepository::writeOrder(const char *table, const QList<qint64> &ids)
{
    SQLite::Statement update(m_db,
                             std::string("UPDATE ") + table + " SET position = ? WHERE id = ?");
    for (int i = 0; i < ids.size(); ++i) {
        update.reset();
        update.bind(1, i);
        update.bind(2, static_cast<int64_t>(ids.at(i)));
        update.exec();
    }
}

ChartClient ChartRepository::insertClientRow(ChartClient client, int position)
{
    client.uuid = sql::uuidForNewRow(m_db, "chart_client", client.uuid);
    SQLite::Statement insert(m_db, "INSERT INTO chart_client (id, name, is_reference, notes, "
                                   "position, uuid) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<int64_t>(client.id));
    insert.bind(2, sql::utf8(client.name));
    insert.bind(3, client.isReference ? 1 : 0);
    insert.bind(4, sql::utf8(client.notes));
    insert.bind(5, position);
    insert.bind(6, sql::uuidText(client.uuid));
    insert.exec();
    return client;
}

Attribute ChartRepository::insertAttributeRow(Attribute attribute, int position)
{
    attribute.uuid = sql::uuidForNewRow(m_db, "chart_attribute", attribute.uuid);
    SQLite::Statement insert(m_db, "INSERT INTO chart_attribute (id, key, label, type, "
                                   "suggested_values, notes, position, uuid, fit_used, "
                                   "fit_importance, fit_falloff) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, static_cast<int64_t>(attribute.id));
    insert.bind(2, sql::utf8(attribute.key));
    insert.bind(3, sql::utf8(attribute.label));
    insert.bind(4, sql::utf8(attributeTypeKey(attribute.type)));
    insert.bind(5, sql::stringListToJson(attribute.values));
    insert.bind(6, sql::utf8(attribute.notes));
    insert.bind(7, position);
    insert.bind(8, sql::uuidText(attribute.uuid));
    bindFit(insert, 9, attribute.fit);
    insert.exec();
    return attribute;
}

ChartClient ChartRepository::addClient(const ChartClient &client, int index)
{
    ensureStored();
    QList<qint64> order = orderOf("chart_client");
    const ChartClient stored = insertClientRow(client, 0);
    order.insert(std::clamp(index, 0, int(order.size())), client.id);
    writeOrder("chart_client", order);
    return stored;
}

void ChartRepository::removeClient(qint64 id)
{
    ensureStored();
    SQLite::Statement remove(m_db, "DELETE FROM chart_client WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
    writeOrder("chart_client", orderOf("chart_client"));
}

void ChartRepository::moveClient(qint64 id, int toIndex)
{
    ensureStored();
    QList<qint64> order = orderOf("chart_client");
    const auto from = order.indexOf(id);
    if (from < 0)
        return;
    order.move(from, std::clamp(toIndex, 0, int(order.size()) - 1));
    writeOrder("chart_client", order);
}

void ChartRepository::renameClient(qint64 id, const QString &name)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart_client SET name = ? WHERE id = ?", id, sql::utf8(name));
}

void ChartRepository::setClientReference(qint64 id, bool isReference)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart_client SET is_reference = ? WHERE id = ?", id,
                 isReference ? 1 : 0);
}

Attribute ChartRepository::addAttribute(const Attribute &attribute, int index)
{
    ensureStored();
    QList<qint64> order = orderOf("chart_attribute");
    const Attribute stored = insertAttributeRow(attribute, 0);
    order.insert(std::clamp(index, 0, int(order.size())), attribute.id);
    writeOrder("chart_attribute", order);
    return stored;
}

void ChartRepository::removeAttribute(qint64 id)
{
    ensureStored();
    SQLite::Statement remove(m_db, "DELETE FROM chart_attribute WHERE id = ?");
    remove.bind(1, static_cast<int64_t>(id));
    remove.exec();
    writeOrder("chart_attribute", orderOf("chart_attribute"));
}

void ChartRepository::moveAttribute(qint64 id, int toIndex)
{
    ensureStored();
    QList<qint64> order = orderOf("chart_attribute");
    const auto from = order.indexOf(id);
    if (from < 0)
        return;
    order.move(from, std::clamp(toIndex, 0, int(order.size()) - 1));
    writeOrder("chart_attribute", order);
}

void ChartRepository::renameAttribute(qint64 id, const QString &label)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart_attribute SET label = ? WHERE id = ?", id, sql::utf8(label));
}

void ChartRepository::setAttributeFit(qint64 id, const AttributeFit &fit)
{
    ensureStored();
    SQLite::Statement update(m_db, "UPDATE chart_attribute SET fit_used = ?, fit_importance = ?, "
                                   "fit_falloff = ? WHERE id = ?");
    bindFit(update, 1, fit);
    update.bind(4, static_cast<int64_t>(id));
    update.exec();
}

void ChartRepository::retypeAttribute(qint64 id, AttributeType type)
{
    ensureStored();
    updateColumn(m_db, "UPDATE chart_attribute SET type = ? WHERE id = ?", id,
                 sql::utf8(attributeTypeKey(type)));
}

} // namespace clientele
