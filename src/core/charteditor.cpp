#include "clientele/core/charteditor.h"

#include "chartchanges.h"

#include "clientele/core/commands/changevalue.h"
#include "clientele/core/history.h"
#include "clientele/core/itemhistory.h"
#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/domain/charttext.h"
#include "clientele/storage/chartrepository.h"

#include <SQLiteCpp/Exception.h>
#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QUndoStack>

namespace clientele {

using namespace detail;

namespace {

// The undo text of a change of weighting, a whole sentence for each.
QString weightText(Weighting weighting)
{
    switch (weighting) {
    case Weighting::Equal: return ChartEditor::tr("Weight clients equally");
    case Weighting::BySpend: return ChartEditor::tr("Weight clients by spend");
    case Weighting::ByLoyalty: return ChartEditor::tr("Weight clients by loyalty");
    }
    return {};
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

bool ChartEditor::commit(const std::function<void(ChartRepository &)> &write,
                         const std::function<void(IcpChart &)> &change, bool structural,
                         const QList<ChangeRecord> &history)
{
    // Read before writing: read after, the chart would hold the change twice.
    Loaded &state = loaded();
    return m_workspace->commit(
        [&](SQLite::Database &db) {
            ChartRepository repository(db);
            write(repository);
            return history;
        },
        [&] {
            change(state.chart);
            recompute();
            if (structural)
                Q_EMIT structureChanged();
            else
                Q_EMIT cellsChanged();
            Q_EMIT chartChanged();
        });
}

ChangeRecord ChartEditor::clientRecord(qint64 clientId, const QString &field, const QString &label,
                                       const QString &before, const QString &after) const
{
    const ChartClient *client = chart().client(clientId);
    return changeRecord(History::kClient, clientId, client ? client->name : QString(),
                        {field, label, before, after}, MergeId::None);
}

QList<ChangeRecord> ChartEditor::cellRecords(const QList<ChartEntry> &cells,
                                             const QList<ChartEntry> &replaced) const
{
    QList<ChangeRecord> records;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const ChartEntry &cell = cells.at(i);
        const Attribute *attribute = chart().attribute(cell.attributeId);
        const QString home = chart().currency();
        records << clientRecord(
            cell.clientId, cellField(cell.attributeId), attribute ? attribute->label : QString(),
            displayText(replaced.value(i).value, home), displayText(cell.value, home));
    }
    return records;
}

Status ChartEditor::setCellText(qint64 clientId, qint64 attributeId, const QString &text)
{
    const Attribute *attribute = chart().attribute(attributeId);
    if (!attribute || chart().clientIndex(clientId) < 0)
        return gone(Part::Cell);
    auto parsed = parseCell(*attribute, text, chart().currency());
    if (!parsed)
        return parsed.error();
    return setCells({{clientId, attributeId, *parsed}},
                    tr("Edit \u201c%1\u201d").arg(attribute->label));
}

Status ChartEditor::setCells(const QList<ChartEntry> &cells, const QString &actionText)
{
    QList<ChartEntry> before;
    QList<ChartEntry> after;
    for (const ChartEntry &cell : cells) {
        if (chart().clientIndex(cell.clientId) < 0 || !chart().attribute(cell.attributeId))
            return gone(Part::Cell);
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
    change<QList<ChartEntry>>(
        before, after, actionText,
        [this](const QList<ChartEntry> &value, const QList<ChartEntry> &replaced) {
            return commit(
                [&](ChartRepository &repository) {
                    for (const ChartEntry &cell : value)
                        repository.setCell(cell);
                },
                [&](IcpChart &chart) {
                    for (const ChartEntry &cell : value)
                        chart.setEntry(cell);
                },
                false, cellRecords(value, replaced));
        });
    return success();
}

void ChartEditor::changeClientPresence(std::optional<ChartClientSnapshot> before,
                                       std::optional<ChartClientSnapshot> after)
{
    using Snapshot = std::optional<ChartClientSnapshot>;
    const auto describe = [](const Snapshot &from, const Snapshot &to) {
        if (!from)
            return tr("Add client \u201c%1\u201d").arg(to->client.name);
        if (!to)
            return tr("Remove client \u201c%1\u201d").arg(from->client.name);
        return tr("Rename client to \u201c%1\u201d").arg(to->client.name);
    };
    // Naming a client that is there joins the change that left it there.
    const auto joins = [](const Snapshot &mine, const Snapshot &next, const Snapshot &nextAfter) {
        return mine && next && nextAfter && mine->client.id == next->client.id;
    };
    const auto apply = [this](const Snapshot &value, const Snapshot &replaced) {
        if (value && replaced)
            return writeClientName(value->client.id, value->client.name, replaced->client.name);
        const Snapshot &either = value ? value : replaced;
        const ChartClient &client = either->client;
        const ChangeRecord record = changeRecord(
            History::kClient, client.id, client.name,
            value ? FieldChange{kCreatedField, History::tr("Created"), {}, client.name}
                  : FieldChange{kRemovedField, History::tr("Removed"), client.name, {}},
            MergeId::None);
        if (!value)
            return commit([&](ChartRepository &repository) { repository.removeClient(client.id); },
                          [&](IcpChart &chart) { chart.removeClient(client.id); }, true, {record});
        ChartClient stored = value->client; // as the file keeps it, with its uuid
        return commit(
            [&](ChartRepository &repository) {
                stored = repository.addClient(value->client, value->index);
                for (const ChartEntry &cell : value->cells)
                    repository.setCell(cell);
            },
            [&](IcpChart &chart) {
                chart.insertClient(value->index, stored);
                for (const ChartEntry &cell : value->cells)
                    chart.setEntry(cell);
            },
            true, {record});
    };
    m_workspace->push(new JoiningChange<Snapshot>(
        std::move(before), std::move(after), MergeId::ChartClientNaming, apply, joins, describe));
}

bool ChartEditor::writeClientName(qint64 id, const QString &name, const QString &replaced)
{
    ChangeRecord record = clientRecord(id, QStringLiteral("name"), tr("Name"), replaced, name);
    record.itemName = name;
    return commit([&](ChartRepository &repository) { repository.renameClient(id, name); },
                  [&](IcpChart &chart) { chart.renameClient(id, name); }, false, {record});
}

qint64 ChartEditor::addClient(const QString &name, int index)
{
    // Let the domain choose the id and the "Client #n" name, then insert it for real.
    IcpChart probe = chart();
    const qint64 id = probe.addClient(name.trimmed());
    ChartClientSnapshot snapshot{*probe.client(id), {}, {}};
    const int count = int(chart().clients().size());
    snapshot.index = index < 0 || index > count ? count : index;
    changeClientPresence(std::nullopt, snapshot);
    return chart().client(id) ? id : 0;
}

Status ChartEditor::removeClient(qint64 id)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(Part::Client);
    changeClientPresence(
        ChartClientSnapshot{*client, chart().clientIndex(id), cellsOfClient(chart(), id)},
        std::nullopt);
    return success();
}

Status ChartEditor::moveClient(qint64 id, int toIndex)
{
    const int from = chart().clientIndex(id);
    if (from < 0)
        return gone(Part::Client);
    const int to = std::clamp(toIndex, 0, int(chart().clients().size()) - 1);
    if (to == from)
        return success();
    change<int>(from, to, tr("Move client"), [this, id](int value, int replaced) {
        return commit([&](ChartRepository &repository) { repository.moveClient(id, value); },
                      [&](IcpChart &chart) { chart.moveClient(id, value); }, true,
                      {clientRecord(id, QStringLiteral("position"), tr("Place"),
                                    QString::number(replaced + 1), QString::number(value + 1))});
    });
    return success();
}

Status ChartEditor::renameClient(qint64 id, const QString &name)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(Part::Client);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("A client needs a name; “Client #1” will do when "
                        "the real name should not be on paper.")};
    if (trimmed == client->name)
        return success();
    change<QString>(client->name, trimmed, tr("Rename client to \u201c%1\u201d").arg(trimmed),
                    [this, id](const QString &value, const QString &replaced) {
                        return writeClientName(id, value, replaced);
                    });
    return success();
}

Status ChartEditor::nameNewClient(qint64 id, const QString &name)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(Part::Client);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == client->name)
        return success(); // the proposed name stays
    const int at = chart().clientIndex(id);
    ChartClientSnapshot before{*client, at, cellsOfClient(chart(), id)};
    ChartClientSnapshot after = before;
    after.client.name = trimmed;
    changeClientPresence(std::move(before), std::move(after));
    return success();
}

Status ChartEditor::setClientReference(qint64 id, bool isReference)
{
    const ChartClient *client = chart().client(id);
    if (!client)
        return gone(Part::Client);
    if (client->isReference == isReference)
        return success();
    change<bool>(
        client->isReference, isReference,
        isReference ? tr("Mark as reference client") : tr("Unmark reference client"),
        [this, id](bool value, bool replaced) {
            const auto yesNo = [](bool b) { return b ? tr("yes") : tr("no"); };
            return commit(
                [&](ChartRepository &repository) { repository.setClientReference(id, value); },
                [&](IcpChart &chart) { chart.setClientReference(id, value); }, false,
                {clientRecord(id, QStringLiteral("reference"), tr("Reference client"),
                              yesNo(replaced), yesNo(value))});
        });
    return success();
}

void ChartEditor::setWeighting(Weighting weighting)
{
    if (weighting == chart().weighting())
        return;
    change<Weighting>(chart().weighting(), weighting, weightText(weighting),
                      [this](Weighting value, Weighting replaced) {
                          return commit(
                              [&](ChartRepository &repository) { repository.setWeighting(value); },
                              [&](IcpChart &chart) { chart.setWeighting(value); }, false,
                              {changeRecord(History::kChart, 0, tr("ICP chart"),
                                            {QStringLiteral("weighting"), tr("Weighting"),
                                             weightingLabel(replaced), weightingLabel(value)},
                                            MergeId::None)});
                      });
}

void ChartEditor::flipOrientation()
{
    const ChartOrientation now = chart().orientation();
    const ChartOrientation flipped = now == ChartOrientation::ClientsAsColumns
                                         ? ChartOrientation::ClientsAsRows
                                         : ChartOrientation::ClientsAsColumns;
    change<ChartOrientation>(
        now, flipped, tr("Flip chart"), [this](ChartOrientation value, ChartOrientation replaced) {
            return commit([&](ChartRepository &repository) { repository.setOrientation(value); },
                          [&](IcpChart &chart) { chart.setOrientation(value); }, true,
                          {changeRecord(History::kChart, 0, tr("ICP chart"),
                                        {QStringLiteral("orientation"), tr("Layout"),
                                         chartOrientationKey(replaced), chartOrientationKey(value)},
                                        MergeId::None)});
        });
}

bool ChartEditor::canRestoreClientField(qint64 clientId, const QString &field) const
{
    if (!chart().client(clientId))
        return false;
    if (field == u"name" || field == u"reference")
        return true;
    const auto attribute = attributeOfCellField(field);
    return attribute && chart().attribute(*attribute);
}

Status ChartEditor::restoreClientField(qint64 clientId, const QString &field, const QString &text)
{
    if (!canRestoreClientField(clientId, field))
        return gone(Part::Client);
    if (field == u"name")
        return renameClient(clientId, text);
    if (field == u"reference")
        return setClientReference(clientId, text == u"yes" || text == tr("yes"));
    const qint64 attributeId = *attributeOfCellField(field);
    if (text.isEmpty())
        return setCells({{clientId, attributeId, ChartValue()}}, tr("Restore an earlier value"));
    return setCellText(clientId, attributeId, text);
}

Result<ChartApplyPreview> ChartEditor::previewApplyToProfile(qint64 profileId) const
{
    const auto profile = m_workspace->profiles()->find(profileId);
    if (!profile)
        return Error{tr("That profile no longer exists.")};
    return previewChartApply(chart(), ideal(), *profile);
}

Status ChartEditor::applyToProfile(const ChartApplyPreview &preview)
{
    QStringList fields;
    for (const ChartApplyChange &change : preview.changes)
        fields << change.field;
    return applyToProfile(preview, fields);
}

Status ChartEditor::applyToProfile(const ChartApplyPreview &preview, const QStringList &fields)
{
    const auto current = m_workspace->profiles()->find(preview.profileId);
    if (!current)
        return Error{tr("That profile no longer exists.")};
    if (*current != preview.before)
        return Error{tr("The profile has changed since the preview; look at the "
                        "preview again before applying it.")};
    CustomerProfile after = preview.chosen(fields);
    if (after == preview.before)
        return success();
    after.updated = QDateTime::currentDateTimeUtc();
    return m_workspace->profiles()->replace(
        preview.before, after,
        tr("Apply the ICP chart to \u201c%1\u201d").arg(preview.before.name));
}

} // namespace clientele
