#pragma once

// What the ChartEditor's sources (charteditor.cpp for cells and clients, chartattributes.cpp for
// attributes) share: how they say a part is gone, which cells a part holds, and their changes.

#include "clientele/core/charteditor.h"
#include "clientele/core/commands/changevalue.h"
#include "clientele/core/workspace.h"

#include <QCoreApplication>

namespace clientele {

namespace detail {

enum class Part { Cell, Client, Attribute };

inline Error gone(Part part)
{
    switch (part) {
    case Part::Cell:
        return Error{QCoreApplication::translate("clientele::ChartEditor",
                                                 "That cell is no longer in the chart.")};
    case Part::Client:
        return Error{QCoreApplication::translate("clientele::ChartEditor",
                                                 "That client is no longer in the chart.")};
    case Part::Attribute:
        return Error{QCoreApplication::translate("clientele::ChartEditor",
                                                 "That attribute is no longer in the chart.")};
    }
    return Error{};
}

inline QList<ChartEntry> cellsOfClient(const IcpChart &chart, qint64 clientId)
{
    QList<ChartEntry> cells;
    for (const ChartEntry &entry : chart.entries()) {
        if (entry.clientId == clientId)
            cells.append(entry);
    }
    return cells;
}

// Every client's cell of one attribute, blanks included, so writing the list back restores the
// attribute's cells exactly.
inline QList<ChartEntry> cellsOfAttribute(const IcpChart &chart, qint64 attributeId)
{
    QList<ChartEntry> cells;
    for (const ChartClient &client : chart.clients())
        cells.append({client.id, attributeId, chart.value(client.id, attributeId)});
    return cells;
}

inline QString cellField(qint64 attributeId)
{
    return QStringLiteral("cell:%1").arg(attributeId);
}

inline std::optional<qint64> attributeOfCellField(const QString &field)
{
    if (!field.startsWith(u"cell:"))
        return std::nullopt;
    bool ok = false;
    const qint64 id = field.mid(5).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

// A change of the chart that joins the one before it when `joins` says the two are one step
// (a client named right after it was added), and says what it does after joining.
template <typename Value> class JoiningChange final : public ChangeValue<Value> {
public:
    using Apply = std::function<bool(const Value &value, const Value &replaced)>;
    using Joins =
        std::function<bool(const Value &mine, const Value &nextBefore, const Value &nextAfter)>;
    using Describe = std::function<QString(const Value &before, const Value &after)>;

    JoiningChange(Value before, Value after, MergeId merge, Apply apply, Joins joins,
                  Describe describe)
        : ChangeValue<Value>(before, after, describe(before, after), merge)
        , m_apply(std::move(apply))
        , m_joins(std::move(joins))
        , m_describe(std::move(describe))
    {
    }

protected:
    bool apply(Value &value, const Value &replaced, MergeId) override
    {
        return m_apply(value, replaced);
    }
    bool sameTarget(const ChangeValue<Value> &next) const override
    {
        return m_joins(this->after(), next.before(), next.after());
    }
    void merged() override { this->setText(m_describe(this->before(), this->after())); }

private:
    Apply m_apply;
    Joins m_joins;
    Describe m_describe;
};

} // namespace detail

template <typename Value>
inline void
ChartEditor::change(Value before, Value after, const QString &text,
                    std::function<bool(const Value &value, const Value &replaced)> apply)
{
    m_workspace->push(new FunctionChange<Value>(
        std::move(before), std::move(after), text,
        [apply](Value &value, const Value &replaced, MergeId) { return apply(value, replaced); }));
}

} // namespace clientele
