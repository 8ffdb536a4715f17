#pragma once

#include "clientele/domain/icpchart.h"

#include <QList>
#include <QString>

namespace SQLite {
class Database;
}

namespace clientele {

// Reads and writes the workspace's ICP chart (tables chart, chart_attribute, chart_client,
// chart_cell; see docs/file-format.md). Throws SQLite::Exception on failure; every write runs
// inside the caller's transaction so that one user action is one commit.
//
// A workspace without a stored chart (a schema 1 file just upgraded, or opened read-only and so
// not upgraded) reads as the standard chart: the standard attributes and Client #1 ...
// #5 in the workspace currency. ensureStored() writes exactly that chart, and every other write
// calls it first, so the stored chart and the one shown never differ.
class ChartRepository {
public:
    static constexpr int kStandardClientCount = 5;

    explicit ChartRepository(SQLite::Database &db)
        : m_db(db)
    {
    }

    // The chart a workspace starts with, in the given currency.
    static IcpChart standardChart(const QString &currency);

    bool isStored() const;
    // The stored chart, or the standard chart in the workspace currency when none is stored.
    IcpChart load() const;
    int clientCount() const;
    // Writes the standard chart when none is stored yet. Returns true when it wrote.
    bool ensureStored();
    // Replaces the whole chart (JSON import, tests); items keep their uuids, as addClient() does.
    void replace(const IcpChart &chart);
    // Removes the chart completely; it reads as the standard chart again.
    void clear();

    // --- settings ------------------------------------------------------------------------
    void setOrientation(ChartOrientation orientation);
    void setWeighting(Weighting weighting);
    void setCurrency(const QString &currency);

    // --- cells ---------------------------------------------------------------------------
    // Stores an entered value and its note; an unknown value removes the cell.
    void setCell(qint64 clientId, qint64 attributeId, const ChartValue &value,
                 const QString &note = {});
    void setCell(const ChartEntry &entry)
    {
        setCell(entry.clientId, entry.attributeId, entry.value, entry.note);
    }

    // --- clients -------------------------------------------------------------------------
    // Inserts a client at `index` (clamped) with its id kept; later clients move down. Returns
    // the client as stored: it keeps its uuid, or gets a new one when it has none or another
    // client holds it (a copy).
    ChartClient addClient(const ChartClient &client, int index);
    void removeClient(qint64 id); // and its cells
    void moveClient(qint64 id, int toIndex);
    void renameClient(qint64 id, const QString &name);
    void setClientReference(qint64 id, bool isReference);

    // --- attributes ----------------------------------------------------------------------
    // As addClient(), for an attribute.
    Attribute addAttribute(const Attribute &attribute, int index);
    void removeAttribute(qint64 id); // and its cells
    void moveAttribute(qint64 id, int toIndex);
    void renameAttribute(qint64 id, const QString &label);
    // The attribute's fit choices; unset ones are stored as NULL (the default).
    void setAttributeFit(qint64 id, const AttributeFit &fit);
    // The type only: the caller rewrites the cells the new type reads differently.
    void retypeAttribute(qint64 id, AttributeType type);

private:
    QList<qint64> orderOf(const char *table) const;
    void writeOrder(const char *table, const QList<qint64> &ids);
    void writeSettings(const IcpChart &chart);
    Attribute insertAttributeRow(Attribute attribute, int position);
    ChartClient insertClientRow(ChartClient client, int position);

    SQLite::Database &m_db;
};

} // namespace clientele
