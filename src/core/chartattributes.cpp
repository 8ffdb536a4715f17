#include "clientele/core/charteditor.h"

#include "chartchanges.h"
#include "clientele/core/history.h"
#include "clientele/core/itemhistory.h"
#include "clientele/storage/chartrepository.h"

#include <QLocale>

namespace clientele {

using namespace detail;

namespace {

// A fit choice as its history shows it; an unset choice is the default.
QString fitUsedText(const std::optional<bool> &used)
{
    if (!used)
        return ChartEditor::tr("Default");
    return *used ? ChartEditor::tr("Yes") : ChartEditor::tr("No");
}

QString fitImportanceText(const std::optional<FitImportance> &importance)
{
    return importance ? fitImportanceLabel(*importance) : ChartEditor::tr("Default");
}

QString fitFalloffText(const std::optional<double> &falloff)
{
    return falloff ? QLocale().toString(*falloff) : ChartEditor::tr("Default");
}

} // namespace

ChangeRecord ChartEditor::attributeRecord(qint64 attributeId, const QString &field,
                                          const QString &label, const QString &before,
                                          const QString &after) const
{
    const Attribute *attribute = chart().attribute(attributeId);
    return changeRecord(History::kAttribute, attributeId, attribute ? attribute->label : QString(),
                        {field, label, before, after}, MergeId::None);
}

void ChartEditor::changeAttributePresence(std::optional<ChartAttributeSnapshot> before,
                                          std::optional<ChartAttributeSnapshot> after,
                                          const QString &text)
{
    using Snapshot = std::optional<ChartAttributeSnapshot>;
    change<Snapshot>(before, after, text, [this](const Snapshot &value, const Snapshot &replaced) {
        const Snapshot &either = value ? value : replaced;
        const Attribute &attribute = either->attribute;
        const ChangeRecord record = changeRecord(
            History::kAttribute, attribute.id, attribute.label,
            value ? FieldChange{kCreatedField, History::tr("Created"), {}, attribute.label}
                  : FieldChange{kRemovedField, History::tr("Removed"), attribute.label, {}},
            MergeId::None);
        if (!value)
            return commit(
                [&](ChartRepository &repository) { repository.removeAttribute(attribute.id); },
                [&](IcpChart &chart) { chart.removeAttribute(attribute.id); }, true, {record});
        Attribute stored = value->attribute; // as the file keeps it, with its uuid
        return commit(
            [&](ChartRepository &repository) {
                stored = repository.addAttribute(value->attribute, value->index);
                for (const ChartEntry &cell : value->cells)
                    repository.setCell(cell);
            },
            [&](IcpChart &chart) {
                chart.insertAttribute(value->index, stored);
                for (const ChartEntry &cell : value->cells)
                    chart.setEntry(cell);
            },
            true, {record});
    });
}

qint64 ChartEditor::addAttribute(const Attribute &attribute, int index)
{
    IcpChart probe = chart();
    Attribute added = attribute;
    added.id = 0;
    added.uuid = {}; // a new attribute, a new identity
    added.label = added.label.trimmed();
    if (added.label.isEmpty())
        added.label = tr("New attribute");
    const qint64 id = probe.addAttribute(added);
    added = *probe.attribute(id);
    const int count = int(chart().attributes().size());
    changeAttributePresence(
        std::nullopt, ChartAttributeSnapshot{added, index < 0 || index > count ? count : index, {}},
        tr("Add attribute \u201c%1\u201d").arg(added.label));
    return chart().attribute(id) ? id : 0;
}

Status ChartEditor::renameAttribute(qint64 id, const QString &label)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(Part::Attribute);
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("An attribute needs a name, such as \u201cIndustry\u201d.")};
    if (trimmed == attribute->label)
        return success();
    change<QString>(
        attribute->label, trimmed, tr("Rename attribute to \u201c%1\u201d").arg(trimmed),
        [this, id](const QString &value, const QString &replaced) {
            ChangeRecord record =
                attributeRecord(id, QStringLiteral("label"), tr("Name"), replaced, value);
            record.itemName = value;
            return commit(
                [&](ChartRepository &repository) { repository.renameAttribute(id, value); },
                [&](IcpChart &chart) { chart.renameAttribute(id, value); }, false, {record});
        });
    return success();
}

Status ChartEditor::setAttributeFit(qint64 id, const AttributeFit &fit)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(Part::Attribute);
    if (fit.falloff && !(*fit.falloff > 0))
        return Error{tr("The distance at which a value stops matching must be more than 0.")};
    if (fit == attribute->fit)
        return success();
    change<AttributeFit>(
        attribute->fit, fit, tr("Change fit of \u201c%1\u201d").arg(attribute->label),
        [this, id](const AttributeFit &value, const AttributeFit &replaced) {
            QList<ChangeRecord> records;
            if (value.used != replaced.used)
                records << attributeRecord(id, QStringLiteral("fitUsed"), tr("Used for fit"),
                                           fitUsedText(replaced.used), fitUsedText(value.used));
            if (value.importance != replaced.importance)
                records << attributeRecord(
                    id, QStringLiteral("fitImportance"), tr("Fit importance"),
                    fitImportanceText(replaced.importance), fitImportanceText(value.importance));
            if (value.falloff != replaced.falloff)
                records << attributeRecord(id, QStringLiteral("fitFalloff"), tr("Fit distance"),
                                           fitFalloffText(replaced.falloff),
                                           fitFalloffText(value.falloff));
            return commit(
                [&](ChartRepository &repository) { repository.setAttributeFit(id, value); },
                [&](IcpChart &chart) { chart.setAttributeFit(id, value); }, false, records);
        });
    return success();
}

Result<int> ChartEditor::retypeAttribute(qint64 id, AttributeType type)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(Part::Attribute);
    if (attribute->type == type)
        return 0;
    IcpChart probe = chart();
    const int cleared = probe.setAttributeType(id, type);
    using Typed = std::pair<AttributeType, QList<ChartEntry>>;
    change<Typed>({attribute->type, cellsOfAttribute(chart(), id)},
                  {type, cellsOfAttribute(probe, id)},
                  tr("Change attribute type to \u201c%1\u201d").arg(attributeTypeLabel(type)),
                  [this, id](const Typed &value, const Typed &replaced) {
                      return commit(
                          [&](ChartRepository &repository) {
                              repository.retypeAttribute(id, value.first);
                              for (const ChartEntry &cell : value.second)
                                  repository.setCell(cell);
                          },
                          [&](IcpChart &chart) {
                              // The cells hold every client, so removing the attribute and putting
                              // it back with them restores it exactly; setAttributeType() would
                              // re-read the cells once more.
                              Attribute retyped = *chart.attribute(id);
                              const int index = chart.attributeIndex(id);
                              retyped.type = value.first;
                              chart.removeAttribute(id);
                              chart.insertAttribute(index, retyped);
                              for (const ChartEntry &cell : value.second)
                                  chart.setEntry(cell);
                          },
                          true,
                          {attributeRecord(id, QStringLiteral("type"), tr("Type"),
                                           attributeTypeLabel(replaced.first),
                                           attributeTypeLabel(value.first))});
                  });
    return cleared;
}

Status ChartEditor::removeAttribute(qint64 id)
{
    const Attribute *attribute = chart().attribute(id);
    if (!attribute)
        return gone(Part::Attribute);
    QList<ChartEntry> cells;
    for (const ChartEntry &entry : chart().entries()) {
        if (entry.attributeId == id)
            cells.append(entry);
    }
    changeAttributePresence(ChartAttributeSnapshot{*attribute, chart().attributeIndex(id), cells},
                            std::nullopt,
                            tr("Remove attribute \u201c%1\u201d").arg(attribute->label));
    return success();
}

Status ChartEditor::moveAttribute(qint64 id, int toIndex)
{
    const int from = chart().attributeIndex(id);
    if (from < 0)
        return gone(Part::Attribute);
    const int to = std::clamp(toIndex, 0, int(chart().attributes().size()) - 1);
    if (to == from)
        return success();
    change<int>(from, to, tr("Move attribute"), [this, id](int value, int replaced) {
        return commit([&](ChartRepository &repository) { repository.moveAttribute(id, value); },
                      [&](IcpChart &chart) { chart.moveAttribute(id, value); }, true,
                      {attributeRecord(id, QStringLiteral("position"), tr("Place"),
                                       QString::number(replaced + 1), QString::number(value + 1))});
    });
    return success();
}

} // namespace clientele
