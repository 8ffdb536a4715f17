#pragma once

#include "clientele/domain/attribute.h"
#include "clientele/domain/attributeset.h"
#include "clientele/domain/chartcell.h"
#include "clientele/domain/chartclient.h"
#include "clientele/domain/result.h"
#include "clientele/domain/weighting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace clientele {

// Which way the grid is drawn; the data is the same either way.
enum class ChartOrientation {
    ClientsAsColumns, // the printed chart's layout: attributes down the side
    ClientsAsRows,
};
QString chartOrientationKey(ChartOrientation orientation); // "clientsAsColumns", "clientsAsRows"
std::optional<ChartOrientation> chartOrientationFromKey(const QString &key);

// The Ideal Customer Profile chart: best clients in order, attributes in order, and a typed
// value per (client, attribute). Only entered values are stored; spend per month and per year
// fill each other in when one is blank (see cell()). Ids are unique per kind and never reused
// while the item exists; items added with id 0 get the next free id, and items without a uuid
// a new one.
class IcpChart {
    Q_DECLARE_TR_FUNCTIONS(clientele::IcpChart)

public:
    IcpChart() = default;
    // The blank chart of the source notes: the standard attributes and Client #1 ... #n.
    static IcpChart standard(int clientCount = 5, const QString &currency = QStringLiteral("AUD"));

    // --- clients -------------------------------------------------------------------------
    const QList<ChartClient> &clients() const { return m_clients; }
    QList<ChartClient> referenceClients() const;
    const ChartClient *client(qint64 id) const;
    int clientIndex(qint64 id) const; // -1 when absent
    // Appends a client named "Client #n" (n = client count + 1, or the next number not in use)
    // unless a name is given.
    qint64 addClient(const QString &name = {});
    // Inserts at index (clamped); keeps client.id when set and free. Returns the id.
    qint64 insertClient(int index, ChartClient client);
    bool removeClient(qint64 id); // and its cells
    bool moveClient(qint64 id, int toIndex);
    bool renameClient(qint64 id, const QString &name);
    bool setClientReference(qint64 id, bool isReference);

    // --- attributes ----------------------------------------------------------------------
    const QList<Attribute> &attributes() const { return m_attributes; }
    const Attribute *attribute(qint64 id) const;
    const Attribute *attribute(StandardAttribute which) const; // found by key
    int attributeIndex(qint64 id) const;                       // -1 when absent
    qint64 addAttribute(const Attribute &attribute);
    qint64 insertAttribute(int index, Attribute attribute);
    bool removeAttribute(qint64 id); // and its cells
    bool moveAttribute(qint64 id, int toIndex);
    bool renameAttribute(qint64 id, const QString &label);
    bool setAttributeFit(qint64 id, const AttributeFit &fit);
    // Retypes an attribute and re-reads each of its cells' text as the new type; cells that do
    // not fit are cleared. Returns how many were cleared (0 when the id is unknown).
    int setAttributeType(qint64 id, AttributeType type);

    // --- cells ---------------------------------------------------------------------------
    // The entered value; unknown when nothing was entered.
    ChartValue value(qint64 clientId, qint64 attributeId) const;
    // What the chart shows: the entered value, or for a blank spend per month the spend per
    // year ÷ 12 (each bound, rounded half away from zero), and for a blank spend per year the
    // spend per month × 12, marked derived.
    ChartCell cell(qint64 clientId, qint64 attributeId) const;
    QString cellText(qint64 clientId, qint64 attributeId) const;
    // Stores a value (an unknown value clears the cell) and its note, if any; the cell's
    // earlier note goes with its earlier value. False when the address is unknown.
    bool setValue(qint64 clientId, qint64 attributeId, const ChartValue &value,
                  const QString &note = {});
    bool setEntry(const ChartEntry &entry)
    {
        return setValue(entry.clientId, entry.attributeId, entry.value, entry.note);
    }
    // The note of an entered cell; empty when it has none.
    QString cellNote(qint64 clientId, qint64 attributeId) const;
    // Parses text as the attribute's type (see parseCell) and stores it.
    Status setCellText(qint64 clientId, qint64 attributeId, const QString &text);
    // Entered cells, attribute by attribute in chart order, clients in chart order.
    QList<ChartEntry> entries() const;

    // --- settings ------------------------------------------------------------------------
    QString currency() const { return m_currency; }
    void setCurrency(const QString &currency) { m_currency = currency; }
    ChartOrientation orientation() const { return m_orientation; }
    void setOrientation(ChartOrientation orientation) { m_orientation = orientation; }
    Weighting weighting() const { return m_weighting; }
    void setWeighting(Weighting weighting) { m_weighting = weighting; }

    friend bool operator==(const IcpChart &, const IcpChart &) = default;

private:
    using CellKey = std::pair<qint64, qint64>; // client id, attribute id
    std::optional<ChartValue> derivedSpend(qint64 clientId, const Attribute &attribute) const;

    QList<ChartClient> m_clients;
    QList<Attribute> m_attributes;
    struct Stored {
        ChartValue value;
        QString note;
        friend bool operator==(const Stored &, const Stored &) = default;
    };
    QHash<CellKey, Stored> m_cells;
    QString m_currency = QStringLiteral("AUD");
    ChartOrientation m_orientation = ChartOrientation::ClientsAsColumns;
    Weighting m_weighting = Weighting::Equal;
};

} // namespace clientele
