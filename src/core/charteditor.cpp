#include "clientele/core/charteditor.h"

#include "clientele/core/commands/chartcommands.h"
#include "clientele/core/commands/profilesnapshotcommand.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/charttext.h"
#include "clientele/storage/chartrepository.h"

#include <SQLiteCpp/Exception.h>
#include <spdlog/spdlog.h>

#include <QUndoStack>

namespace clientele {

namespace {

Error gone(const QString &what)
{
    return Error{QStringLiteral("That %1 is no longer in the chart.").arg(what)};
}

QList<ChartEntry> cellsOfClient(const IcpChart &chart, qint64 clientId)
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
QList<ChartEntry> cellsOfAttribute(const IcpChart &chart, qint64 attributeId)
{
    QList<ChartEntry> cells;
    for (const ChartClient &client : chart.clients())
        cells.append({client.id, attributeId, chart.value(client.id, attributeId)});
    return cells;
}

} // namespace

ChartEditor::ChartEditor(Workspace *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
    WorkspaceFile &file = workspace->file();
    // A workspace from before the chart gets the standard chart written once, on the first open
    // for writing; read-only it is shown without being written.
    if (!file.isReadOnly()) {
        const Status stored =
            file.transaction([&] { ChartRepository(file.database()).ensureStored(); });
        if (!stored)
            spdlog::warn("could not store the standard chart: {}",
                         stored.errorMessage().toStdString());
    }
}

ChartEditor::Loaded &ChartEditor::loaded() const
{
    if (m_loaded)
        return *m_loaded;
    IcpChart chart;
    try {
        chart = ChartRepository(m_workspace->file().database()).load();
    } catch (const std::exception &e) {
        spdlog::error("could not read the chart: {}", e.what());
        chart = ChartRepository::standardChart(m_workspace->settings().currency);
    }
    IdealProfile ideal = deriveIdealProfile(chart);
    return m_loaded.emplace(Loaded{std::move(chart), std::move(ideal)});
}

int ChartEditor::clientCount() const
{
    if (!m_loaded) {
        try {
            return ChartRepository(m_workspace->file().database()).clientCount();
        } catch (const std::exception &) {
            // Reading the chart reports it.
        }
    }
    return int(chart().clients().size());
}

void ChartEditor::recompute()
{
    Loaded &state = loaded();
    state.ideal = deriveIdealProfile(state.chart);
}

void ChartEditor::push(QUndoCommand *command)
{
    m_workspace->push(command);
}

bool ChartEditor::commit(const std::function<void(ChartRepository &)> &write,
                         const std::function<void(IcpChart &)> &change, bool structural)
{
    // Read before writing: read after, the chart would hold the change twice.
    Loaded &state = loaded();
    WorkspaceFile &file = m_workspace->file();
    const Status written = file.transaction([&] {
        ChartRepository repository(file.database());
        write(repository);
    });
    if (!written) {
        Q_EMIT m_workspace->writeFailed(written.errorMessage());
        return false;
    }
    change(state.chart);
    recompute();
    if (structural)
        Q_EMIT structureChanged();
    else
        Q_EMIT cellsChanged();
    Q_EMIT chartChanged();
    Q_EMIT m_workspace->saved();
    return true;
}

Status ChartEditor::setCellText(qint64 clientId, qint64 attributeId, const QString &text)
{
    const Attribute *attribute = chart().attribute(attributeId);
    if (!attribute || chart().clientIndex(clientId) < 0)
        return gone(QStringLiteral("cell"));
    auto parsed = parseCell(*attribute, text, chart().currency());
    if (!parsed)
        return parsed.error();
    return setCells({{clientId, attributeId, *parsed}},
                    QStringLiteral("Edit \u201c%1\u201d").arg(attribute->label));
}

Status ChartEditor::setCells(const QList<ChartEntry> &cells, const QString &actionText)
{
    QList<ChartEntry> before;
    QList<ChartEntry> after;
    for (const ChartEntry &cell : cells) {
        if (chart().clientIndex(cell.clientId) < 0 || !chart().attribute(cell.attributeId))
            return gone(QStringLiteral("cell"));
        const ChartEntry old{cell.clientId, cell.attributeId,
                             chart().value(cell.clientId, cell.attributeId),
                             chart().cellNote(cell.clientId, cell.attributeId)};
        if (old == cell)
            continue;
        before.append(old);
        after.append(cell);
    }
    if (after.isEmpty())
        return success();
    push(new SetChartCellsCommand(this, before, after, actionText));
    return success();
}

qint64 ChartEditor::addClient(const QString &name, int index)
{
    // Let the domain choose the id and the "Client #n" name, then insert it for real.
    IcpChart probe = chart();
    const qint64 id = probe.addClient(name.trimmed());
    ChartClientSnapshot snapshot{*probe.client(id), {}, {}};
    const int count = int(chart().clients().size());
    snapshot.index = index < 0 || index > count ? count : index;
    push(new AddChartClientCommand(this, snapshot));
    return chart().client(id) ? id : 0;
}

Status ChartEditor::removeClient(qint64 id)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(QStringLiteral("client"));
    push(new RemoveChartClientCommand(
        this, ChartClientSnapshot{*client, chart().clientIndex(id), cellsOfClient(chart(), id)}));
    return success();
}

Status ChartEditor::moveClient(qint64 id, int toIndex)
{
    const int from = chart().clientIndex(id);
    if (from < 0)
        return gone(QStringLiteral("client"));
    const int to = std::clamp(toIndex, 0, int(chart().clients().size()) - 1);
    if (to != from)
        push(new MoveChartClientCommand(this, id, from, to));
    return success();
}

Status ChartEditor::renameClient(qint64 id, const QString &name)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(QStringLiteral("client"));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("A client needs a name; \u201cClient #1\u201d will do when "
                                    "the real name should not be on paper.")};
    if (trimmed != client->name)
        push(new RenameChartClientCommand(this, id, client->name, trimmed));
    return success();
}

Status ChartEditor::setClientReference(qint64 id, bool isReference)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(QStringLiteral("client"));
    if (client->isReference != isReference)
        push(new MarkReferenceClientCommand(this, id, isReference));
    return success();
}

qint64 ChartEditor::addAttribute(const Attribute &attribute, int index)
{
    IcpChart probe = chart();
    Attribute added = attribute;
    added.id = 0;
    added.label = added.label.trimmed();
    if (added.label.isEmpty())
        added.label = QStringLiteral("New attribute");
    const qint64 id = probe.addAttribute(added);
    added.id = id;
    const int count = int(chart().attributes().size());
    push(new AddChartAttributeCommand(
        this, ChartAttributeSnapshot{added, index < 0 || index > count ? count : index, {}}));
    return chart().attribute(id) ? id : 0;
}

Status ChartEditor::renameAttribute(qint64 id, const QString &label)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(QStringLiteral("attribute"));
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("An attribute needs a name, such as \u201cIndustry\u201d.")};
    if (trimmed != attribute->label)
        push(new RenameChartAttributeCommand(this, id, attribute->label, trimmed));
    return success();
}

Result<int> ChartEditor::retypeAttribute(qint64 id, AttributeType type)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(QStringLiteral("attribute"));
    if (attribute->type == type)
        return 0;
    IcpChart probe = chart();
    const int cleared = probe.setAttributeType(id, type);
    push(new RetypeChartAttributeCommand(this, id, attribute->type, type,
                                         cellsOfAttribute(chart(), id),
                                         cellsOfAttribute(probe, id)));
    return cleared;
}

Status ChartEditor::removeAttribute(qint64 id)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(QStringLiteral("attribute"));
    QList<ChartEntry> cells;
    for (const ChartEntry &entry : chart().entries()) {
        if (entry.attributeId == id)
            cells.append(entry);
    }
    push(new RemoveChartAttributeCommand(
        this, ChartAttributeSnapshot{*attribute, chart().attributeIndex(id), cells}));
    return success();
}

Status ChartEditor::moveAttribute(qint64 id, int toIndex)
{
    const int from = chart().attributeIndex(id);
    if (from < 0)
        return gone(QStringLiteral("attribute"));
    const int to = std::clamp(toIndex, 0, int(chart().attributes().size()) - 1);
    if (to != from)
        push(new MoveChartAttributeCommand(this, id, from, to));
    return success();
}

void ChartEditor::setWeighting(Weighting weighting)
{
    if (weighting != chart().weighting())
        push(new SetChartWeightingCommand(this, chart().weighting(), weighting));
}

void ChartEditor::flipOrientation()
{
    push(new FlipChartOrientationCommand(this));
}

Result<ChartApplyPreview> ChartEditor::previewApplyToProfile(qint64 profileId) const
{
    const auto profile = m_workspace->profile(profileId);
    if (!profile)
        return Error{QStringLiteral("That profile no longer exists.")};
    return previewChartApply(chart(), ideal(), *profile);
}

Status ChartEditor::applyToProfile(const ChartApplyPreview &preview)
{
    const auto current = m_workspace->profile(preview.profileId);
    if (!current)
        return Error{QStringLiteral("That profile no longer exists.")};
    if (*current != preview.before)
        return Error{QStringLiteral("The profile has changed since the preview; look at the "
                                    "preview again before applying it.")};
    if (!preview.hasChanges())
        return success();
    CustomerProfile after = preview.after;
    after.updated = QDateTime::currentDateTimeUtc();
    m_workspace->push(new ProfileSnapshotCommand(
        m_workspace, preview.before, after,
        QStringLiteral("Apply the ICP chart to \u201c%1\u201d").arg(preview.before.name)));
    return success();
}

} // namespace clientele
