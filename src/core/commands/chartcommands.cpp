#include "clientele/core/commands/chartcommands.h"

#include "clientele/core/charteditor.h"
#include "clientele/storage/chartrepository.h"

namespace clientele {

namespace {

bool writeCells(ChartEditor *editor, const QList<ChartEntry> &cells)
{
    return editor->commit(
        [&](ChartRepository &repository) {
            for (const ChartEntry &cell : cells)
                repository.setCell(cell);
        },
        [&](IcpChart &chart) {
            for (const ChartEntry &cell : cells)
                chart.setEntry(cell);
        },
        false);
}

bool insertClient(ChartEditor *editor, const ChartClientSnapshot &snapshot)
{
    return editor->commit(
        [&](ChartRepository &repository) {
            repository.addClient(snapshot.client, snapshot.index);
            for (const ChartEntry &cell : snapshot.cells)
                repository.setCell(cell);
        },
        [&](IcpChart &chart) {
            chart.insertClient(snapshot.index, snapshot.client);
            for (const ChartEntry &cell : snapshot.cells)
                chart.setEntry(cell);
        },
        true);
}

bool eraseClient(ChartEditor *editor, qint64 id)
{
    return editor->commit([&](ChartRepository &repository) { repository.removeClient(id); },
                          [&](IcpChart &chart) { chart.removeClient(id); }, true);
}

bool insertAttribute(ChartEditor *editor, const ChartAttributeSnapshot &snapshot)
{
    return editor->commit(
        [&](ChartRepository &repository) {
            repository.addAttribute(snapshot.attribute, snapshot.index);
            for (const ChartEntry &cell : snapshot.cells)
                repository.setCell(cell);
        },
        [&](IcpChart &chart) {
            chart.insertAttribute(snapshot.index, snapshot.attribute);
            for (const ChartEntry &cell : snapshot.cells)
                chart.setEntry(cell);
        },
        true);
}

bool eraseAttribute(ChartEditor *editor, qint64 id)
{
    return editor->commit([&](ChartRepository &repository) { repository.removeAttribute(id); },
                          [&](IcpChart &chart) { chart.removeAttribute(id); }, true);
}

} // namespace

ChartCommand::ChartCommand(ChartEditor *editor, const QString &text)
    : m_editor(editor)
{
    setText(text);
}

void ChartCommand::redo()
{
    // A command whose first write failed never enters the undo stack.
    if (!apply(true) && m_firstRedo)
        setObsolete(true);
    m_firstRedo = false;
}

void ChartCommand::undo()
{
    apply(false);
}

SetChartCellsCommand::SetChartCellsCommand(ChartEditor *editor, QList<ChartEntry> before,
                                           QList<ChartEntry> after, const QString &text)
    : ChartCommand(editor, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool SetChartCellsCommand::apply(bool forward)
{
    return writeCells(m_editor, forward ? m_after : m_before);
}

AddChartClientCommand::AddChartClientCommand(ChartEditor *editor, ChartClientSnapshot client)
    : ChartCommand(editor, QStringLiteral("Add client \u201c%1\u201d").arg(client.client.name))
    , m_client(std::move(client))
{
}

bool AddChartClientCommand::apply(bool forward)
{
    return forward ? insertClient(m_editor, m_client) : eraseClient(m_editor, m_client.client.id);
}

RemoveChartClientCommand::RemoveChartClientCommand(ChartEditor *editor, ChartClientSnapshot client)
    : ChartCommand(editor, QStringLiteral("Remove client \u201c%1\u201d").arg(client.client.name))
    , m_client(std::move(client))
{
}

bool RemoveChartClientCommand::apply(bool forward)
{
    return forward ? eraseClient(m_editor, m_client.client.id) : insertClient(m_editor, m_client);
}

MoveChartClientCommand::MoveChartClientCommand(ChartEditor *editor, qint64 id, int from, int to)
    : ChartCommand(editor, QStringLiteral("Move client"))
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
}

bool MoveChartClientCommand::apply(bool forward)
{
    const int to = forward ? m_to : m_from;
    return m_editor->commit([&](ChartRepository &repository) { repository.moveClient(m_id, to); },
                            [&](IcpChart &chart) { chart.moveClient(m_id, to); }, true);
}

RenameChartClientCommand::RenameChartClientCommand(ChartEditor *editor, qint64 id, QString before,
                                                   QString after)
    : ChartCommand(editor, QStringLiteral("Rename client to \u201c%1\u201d").arg(after))
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool RenameChartClientCommand::apply(bool forward)
{
    const QString &name = forward ? m_after : m_before;
    return m_editor->commit(
        [&](ChartRepository &repository) { repository.renameClient(m_id, name); },
        [&](IcpChart &chart) { chart.renameClient(m_id, name); }, false);
}

MarkReferenceClientCommand::MarkReferenceClientCommand(ChartEditor *editor, qint64 id,
                                                       bool isReference)
    : ChartCommand(editor, isReference ? QStringLiteral("Mark as reference client")
                                       : QStringLiteral("Unmark reference client"))
    , m_id(id)
    , m_isReference(isReference)
{
}

bool MarkReferenceClientCommand::apply(bool forward)
{
    const bool mark = forward ? m_isReference : !m_isReference;
    return m_editor->commit(
        [&](ChartRepository &repository) { repository.setClientReference(m_id, mark); },
        [&](IcpChart &chart) { chart.setClientReference(m_id, mark); }, false);
}

AddChartAttributeCommand::AddChartAttributeCommand(ChartEditor *editor,
                                                   ChartAttributeSnapshot attribute)
    : ChartCommand(editor,
                   QStringLiteral("Add attribute \u201c%1\u201d").arg(attribute.attribute.label))
    , m_attribute(std::move(attribute))
{
}

bool AddChartAttributeCommand::apply(bool forward)
{
    return forward ? insertAttribute(m_editor, m_attribute)
                   : eraseAttribute(m_editor, m_attribute.attribute.id);
}

RemoveChartAttributeCommand::RemoveChartAttributeCommand(ChartEditor *editor,
                                                         ChartAttributeSnapshot attribute)
    : ChartCommand(editor,
                   QStringLiteral("Remove attribute \u201c%1\u201d").arg(attribute.attribute.label))
    , m_attribute(std::move(attribute))
{
}

bool RemoveChartAttributeCommand::apply(bool forward)
{
    return forward ? eraseAttribute(m_editor, m_attribute.attribute.id)
                   : insertAttribute(m_editor, m_attribute);
}

RenameChartAttributeCommand::RenameChartAttributeCommand(ChartEditor *editor, qint64 id,
                                                         QString before, QString after)
    : ChartCommand(editor, QStringLiteral("Rename attribute to \u201c%1\u201d").arg(after))
    , m_id(id)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool RenameChartAttributeCommand::apply(bool forward)
{
    const QString &label = forward ? m_after : m_before;
    return m_editor->commit(
        [&](ChartRepository &repository) { repository.renameAttribute(m_id, label); },
        [&](IcpChart &chart) { chart.renameAttribute(m_id, label); }, false);
}

RetypeChartAttributeCommand::RetypeChartAttributeCommand(ChartEditor *editor, qint64 id,
                                                         AttributeType before, AttributeType after,
                                                         QList<ChartEntry> cellsBefore,
                                                         QList<ChartEntry> cellsAfter)
    : ChartCommand(
        editor,
        QStringLiteral("Change attribute type to %1").arg(attributeTypeLabel(after).toLower()))
    , m_id(id)
    , m_before(before)
    , m_after(after)
    , m_cellsBefore(std::move(cellsBefore))
    , m_cellsAfter(std::move(cellsAfter))
{
}

bool RetypeChartAttributeCommand::apply(bool forward)
{
    const AttributeType type = forward ? m_after : m_before;
    const QList<ChartEntry> &cells = forward ? m_cellsAfter : m_cellsBefore;
    return m_editor->commit(
        [&](ChartRepository &repository) {
            repository.retypeAttribute(m_id, type);
            for (const ChartEntry &cell : cells)
                repository.setCell(cell);
        },
        [&](IcpChart &chart) {
            // The cells hold every client, so removing the attribute and putting it back with
            // them restores it exactly; setAttributeType() would re-read the cells once more.
            Attribute attribute = *chart.attribute(m_id);
            const int index = chart.attributeIndex(m_id);
            attribute.type = type;
            chart.removeAttribute(m_id);
            chart.insertAttribute(index, attribute);
            for (const ChartEntry &cell : cells)
                chart.setEntry(cell);
        },
        true);
}

MoveChartAttributeCommand::MoveChartAttributeCommand(ChartEditor *editor, qint64 id, int from,
                                                     int to)
    : ChartCommand(editor, QStringLiteral("Move attribute"))
    , m_id(id)
    , m_from(from)
    , m_to(to)
{
}

bool MoveChartAttributeCommand::apply(bool forward)
{
    const int to = forward ? m_to : m_from;
    return m_editor->commit(
        [&](ChartRepository &repository) { repository.moveAttribute(m_id, to); },
        [&](IcpChart &chart) { chart.moveAttribute(m_id, to); }, true);
}

SetChartWeightingCommand::SetChartWeightingCommand(ChartEditor *editor, Weighting before,
                                                   Weighting after)
    : ChartCommand(editor, QStringLiteral("Weight clients %1").arg(weightingLabel(after).toLower()))
    , m_before(before)
    , m_after(after)
{
}

bool SetChartWeightingCommand::apply(bool forward)
{
    const Weighting weighting = forward ? m_after : m_before;
    return m_editor->commit(
        [&](ChartRepository &repository) { repository.setWeighting(weighting); },
        [&](IcpChart &chart) { chart.setWeighting(weighting); }, false);
}

FlipChartOrientationCommand::FlipChartOrientationCommand(ChartEditor *editor)
    : ChartCommand(editor, QStringLiteral("Flip chart"))
{
}

bool FlipChartOrientationCommand::apply(bool)
{
    const ChartOrientation flipped =
        m_editor->chart().orientation() == ChartOrientation::ClientsAsColumns
            ? ChartOrientation::ClientsAsRows
            : ChartOrientation::ClientsAsColumns;
    return m_editor->commit(
        [&](ChartRepository &repository) { repository.setOrientation(flipped); },
        [&](IcpChart &chart) { chart.setOrientation(flipped); }, true);
}

} // namespace clientele
