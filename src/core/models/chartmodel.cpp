#include "clientele/core/models/chartmodel.h"

#include "clientele/core/charteditor.h"
#include "clientele/core/charttsv.h"
#include "clientele/domain/charttext.h"

#include <QFont>

#include <algorithm>
#include <climits>

namespace clientele {

namespace {

const char *const kIdealTitle = QT_TRANSLATE_NOOP("clientele::ChartModel", "Ideal profile");

// Qt 6.4's QList == hands an empty list's null data pointer to memcmp (undefined behaviour that
// UBSan reports when the last client or attribute goes); std::ranges::equal compares sizes first.
bool sameIds(const QList<qint64> &a, const QList<qint64> &b)
{
    return std::ranges::equal(a, b);
}

QList<qint64> clientIds(const IcpChart &chart)
{
    QList<qint64> ids;
    for (const ChartClient &client : chart.clients())
        ids << client.id;
    return ids;
}

QList<qint64> attributeIds(const IcpChart &chart)
{
    QList<qint64> ids;
    for (const Attribute &attribute : chart.attributes())
        ids << attribute.id;
    return ids;
}

} // namespace

ChartModel::ChartModel(ChartEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_clients(clientIds(editor->chart()))
    , m_attributes(attributeIds(editor->chart()))
    , m_clientsAsColumns(editor->chart().orientation() == ChartOrientation::ClientsAsColumns)
{
    connect(editor, &ChartEditor::structureChanged, this, &ChartModel::onStructureChanged);
    connect(editor, &ChartEditor::cellsChanged, this, &ChartModel::onCellsChanged);
}

bool ChartModel::clientsAsColumns() const
{
    return m_clientsAsColumns;
}

Qt::Orientation ChartModel::clientHeader() const
{
    return m_clientsAsColumns ? Qt::Horizontal : Qt::Vertical;
}

int ChartModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_clientsAsColumns ? int(m_attributes.size()) : clientCount() + 1;
}

int ChartModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_clientsAsColumns ? clientCount() + 1 : int(m_attributes.size());
}

bool ChartModel::isIdeal(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return false;
    return (m_clientsAsColumns ? index.column() : index.row()) == clientCount();
}

qint64 ChartModel::clientIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return 0;
    const int at = m_clientsAsColumns ? index.column() : index.row();
    return at < clientCount() ? m_clients.at(at) : 0;
}

qint64 ChartModel::attributeIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return 0;
    return m_attributes.at(m_clientsAsColumns ? index.row() : index.column());
}

QModelIndex ChartModel::indexOf(qint64 clientId, qint64 attributeId) const
{
    const int client = clientId == 0 ? clientCount() : int(m_clients.indexOf(clientId));
    const int attribute = int(m_attributes.indexOf(attributeId));
    if (client < 0 || attribute < 0)
        return {};
    return m_clientsAsColumns ? index(attribute, client) : index(client, attribute);
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const qint64 attributeId = attributeIdAt(index);
    switch (role) {
    case ClientIdRole: return clientIdAt(index);
    case AttributeIdRole: return attributeId;
    case IsIdealRole: return isIdeal(index);
    case AttributeTypeRole: {
        const Attribute *attribute = m_editor->chart().attribute(attributeId);
        return attribute ? int(attribute->type) : QVariant();
    }
    default: break;
    }
    if (isIdeal(index))
        return idealData(attributeId, role);
    return cellData(clientIdAt(index), attributeId, role);
}

QVariant ChartModel::cellData(qint64 clientId, qint64 attributeId, int role) const
{
    const IcpChart &chart = m_editor->chart();
    switch (role) {
    case Qt::DisplayRole: return chart.cellText(clientId, attributeId);
    case Qt::EditRole: return displayText(chart.value(clientId, attributeId), chart.currency());
    case IsDerivedRole: return chart.cell(clientId, attributeId).derived;
    case IsReferenceRole: {
        const ChartClient *client = chart.client(clientId);
        return client && client->isReference;
    }
    case Qt::FontRole: {
        if (!chart.cell(clientId, attributeId).derived)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case NoteRole: return chart.cellNote(clientId, attributeId);
    case Qt::ToolTipRole: {
        const Attribute *attribute = chart.attribute(attributeId);
        if (const QString note = chart.cellNote(clientId, attributeId); !note.isEmpty())
            return note;
        if (chart.cell(clientId, attributeId).derived)
            return tr("Derived from the other spend figure; type a value to replace "
                      "it.");
        return attribute ? attributeTypeHint(attribute->type) : QVariant();
    }
    default: return {};
    }
}

QVariant ChartModel::idealData(qint64 attributeId, int role) const
{
    const DerivedValue *value = m_editor->ideal().value(attributeId);
    switch (role) {
    case Qt::DisplayRole: return value ? value->text : QString();
    case KnownTextRole:
    case Qt::ToolTipRole: return value ? value->knownText() : QString();
    case IsDerivedRole:
    case IsReferenceRole: return false;
    default: return {};
    }
}

Qt::ItemFlags ChartModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return isIdeal(index) ? flags : flags | Qt::ItemIsEditable;
}

Status ChartModel::refuse(const QString &message)
{
    m_lastError = message;
    return Error{message};
}

bool ChartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    if (isIdeal(index)) {
        refuse(tr("The ideal profile is computed from the clients and cannot be "
                  "typed into."));
        return false;
    }
    const qint64 clientId = clientIdAt(index);
    const qint64 attributeId = attributeIdAt(index);
    const Attribute *attribute = m_editor->chart().attribute(attributeId);
    auto parsed = parseCell(*attribute, value.toString(), m_editor->chart().currency());
    if (!parsed) {
        refuse(parsed.errorMessage());
        Q_EMIT inputRefused(index, m_lastError);
        return false;
    }
    m_lastError.clear();
    const Status set = m_editor->setCells({{clientId, attributeId, *parsed}},
                                          tr("Edit \u201c%1\u201d").arg(attribute->label));
    if (!set) {
        refuse(set.errorMessage());
        return false;
    }
    return m_editor->chart().value(clientId, attributeId) == *parsed;
}

QVariant ChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == clientHeader()) {
        if (section > clientCount())
            return {};
        return clientHeaderData(section, role);
    }
    if (section >= m_attributes.size())
        return {};
    return attributeHeaderData(section, role);
}

QVariant ChartModel::clientHeaderData(int index, int role) const
{
    if (index == clientCount()) {
        switch (role) {
        case Qt::DisplayRole: return tr(kIdealTitle);
        case Qt::ToolTipRole: return m_editor->ideal().weightingText();
        case IsIdealRole: return true;
        default: return {};
        }
    }
    const ChartClient *client = m_editor->chart().client(m_clients.at(index));
    if (!client)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return client->name;
    case Qt::ToolTipRole: return client->notes.isEmpty() ? QVariant() : client->notes;
    case ClientIdRole: return client->id;
    case IsReferenceRole: return client->isReference;
    case IsIdealRole: return false;
    default: return {};
    }
}

QVariant ChartModel::attributeHeaderData(int index, int role) const
{
    const Attribute *attribute = m_editor->chart().attribute(m_attributes.at(index));
    if (!attribute)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return attribute->label;
    case Qt::ToolTipRole:
        return attribute->notes.isEmpty() ? attributeTypeHint(attribute->type)
                                          : QStringLiteral("%1\n%2").arg(
                                              attributeTypeHint(attribute->type), attribute->notes);
    case AttributeIdRole: return attribute->id;
    case AttributeTypeRole: return int(attribute->type);
    default: return {};
    }
}

bool ChartModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant &value,
                               int role)
{
    if (role != Qt::EditRole || section < 0)
        return false;
    Status renamed = Error{tr("The ideal profile's heading cannot be renamed.")};
    if (orientation == clientHeader()) {
        if (section < clientCount())
            renamed = m_editor->renameClient(m_clients.at(section), value.toString());
    } else if (section < m_attributes.size()) {
        renamed = m_editor->renameAttribute(m_attributes.at(section), value.toString());
    }
    if (!renamed) {
        refuse(renamed.errorMessage());
        return false;
    }
    m_lastError.clear();
    return true;
}

QHash<int, QByteArray> ChartModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClientIdRole, "clientId");
    names.insert(AttributeIdRole, "attributeId");
    names.insert(IsIdealRole, "isIdeal");
    names.insert(IsDerivedRole, "isDerived");
    names.insert(IsReferenceRole, "isReference");
    names.insert(AttributeTypeRole, "attributeType");
    names.insert(KnownTextRole, "knownText");
    return names;
}

// --- block edits -----------------------------------------------------------------------------

ChartModel::Rect ChartModel::boundingRect(const QModelIndexList &indexes) const
{
    Rect rect{INT_MAX, INT_MAX, -1, -1};
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || !checkIndex(index))
            continue;
        rect.top = std::min(rect.top, index.row());
        rect.left = std::min(rect.left, index.column());
        rect.bottom = std::max(rect.bottom, index.row());
        rect.right = std::max(rect.right, index.column());
    }
    return rect;
}

QString ChartModel::cellLabel(const QModelIndex &index) const
{
    const ChartClient *client = m_editor->chart().client(clientIdAt(index));
    const Attribute *attribute = m_editor->chart().attribute(attributeIdAt(index));
    return tr("Row %1, column %2 (%3, %4)")
        .arg(index.row() + 1)
        .arg(index.column() + 1)
        .arg(client ? client->name : tr(kIdealTitle), attribute ? attribute->label : QString());
}

Status ChartModel::applyTexts(const QList<Target> &targets, const QString &actionText)
{
    const IcpChart &chart = m_editor->chart();
    QList<ChartEntry> cells;
    for (const Target &target : targets) {
        if (isIdeal(target.index))
            return refuse(tr("%1: the ideal profile is computed from the clients and "
                             "cannot be changed.")
                              .arg(cellLabel(target.index)));
        const qint64 attributeId = attributeIdAt(target.index);
        auto parsed = parseCell(*chart.attribute(attributeId), target.text, chart.currency());
        if (!parsed)
            return refuse(
                QStringLiteral("%1: %2").arg(cellLabel(target.index), parsed.errorMessage()));
        cells.append({clientIdAt(target.index), attributeId, *parsed});
    }
    const Status set = m_editor->setCells(cells, actionText);
    if (!set)
        return refuse(set.errorMessage());
    m_lastError.clear();
    return success();
}

QString ChartModel::copyAsTsv(const QModelIndexList &indexes) const
{
    const Rect rect = boundingRect(indexes);
    if (rect.isEmpty())
        return {};
    QList<QStringList> rows;
    for (int row = rect.top; row <= rect.bottom; ++row) {
        QStringList cells;
        for (int column = rect.left; column <= rect.right; ++column) {
            const QModelIndex at = index(row, column);
            cells << (indexes.contains(at) ? data(at).toString() : QString());
        }
        rows << cells;
    }
    return formatTsv(rows);
}

Status ChartModel::pasteTsv(const QModelIndex &topLeft, const QString &text,
                            const QModelIndexList &selection)
{
    if (!topLeft.isValid() || !checkIndex(topLeft))
        return refuse(tr("Choose the cell to paste into first."));
    const QList<QStringList> block = parseTsv(text);
    if (block.isEmpty())
        return refuse(tr("The clipboard holds no cells to paste."));
    const int height = int(block.size());
    const int width = int(block.front().size());
    QList<Target> targets;
    if (height == 1 && width == 1 && selection.size() > 1) {
        for (const QModelIndex &index : selection) {
            if (!isIdeal(index))
                targets.append({index, block.front().front()});
        }
        return applyTexts(targets, tr("Paste"));
    }
    // Only client cells take a paste: the block must stop before the ideal column or row.
    const int rows = m_clientsAsColumns ? rowCount() : clientCount();
    const int columns = m_clientsAsColumns ? clientCount() : columnCount();
    if (topLeft.row() + height > rows || topLeft.column() + width > columns)
        return refuse(tr("The pasted block is %1 × %2 cells (rows × columns), but from "
                         "row %3, column %4 only %5 × %6 client cells fit. Add clients "
                         "or attributes first, or paste further up or left.")
                          .arg(height)
                          .arg(width)
                          .arg(topLeft.row() + 1)
                          .arg(topLeft.column() + 1)
                          .arg(std::max(0, rows - topLeft.row()))
                          .arg(std::max(0, columns - topLeft.column())));
    for (int r = 0; r < height; ++r) {
        for (int c = 0; c < width; ++c)
            targets.append({index(topLeft.row() + r, topLeft.column() + c), block.at(r).at(c)});
    }
    return applyTexts(targets, tr("Paste"));
}

Status ChartModel::clear(const QModelIndexList &indexes)
{
    QList<Target> targets;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && checkIndex(index) && !isIdeal(index))
            targets.append({index, QString()});
    }
    return applyTexts(targets, tr("Clear"));
}

Status ChartModel::fill(const QModelIndexList &indexes, bool down)
{
    Rect rect = boundingRect(indexes);
    // The ideal column or row never takes part.
    if (m_clientsAsColumns)
        rect.right = std::min(rect.right, clientCount() - 1);
    else
        rect.bottom = std::min(rect.bottom, clientCount() - 1);
    if (rect.isEmpty() || (down ? rect.bottom == rect.top : rect.right == rect.left))
        return refuse(down ? tr("Select a cell and the cells below it to fill down.")
                           : tr("Select a cell and the cells to its right to fill "
                                "right."));
    QList<Target> targets;
    for (int row = rect.top; row <= rect.bottom; ++row) {
        for (int column = rect.left; column <= rect.right; ++column) {
            if ((down && row == rect.top) || (!down && column == rect.left))
                continue;
            const QModelIndex source = down ? index(rect.top, column) : index(row, rect.left);
            targets.append({index(row, column), data(source).toString()});
        }
    }
    return applyTexts(targets, down ? tr("Fill down") : tr("Fill right"));
}

Status ChartModel::fillDown(const QModelIndexList &indexes)
{
    return fill(indexes, true);
}

Status ChartModel::fillRight(const QModelIndexList &indexes)
{
    return fill(indexes, false);
}

// --- following the editor --------------------------------------------------------------------

bool ChartModel::syncAxis(QList<qint64> &current, const QList<qint64> &target, bool isColumns)
{
    if (sameIds(current, target))
        return true;
    auto differsAt = [&] {
        qsizetype i = 0;
        while (i < current.size() && i < target.size() && current.at(i) == target.at(i))
            ++i;
        return int(i);
    };
    const int at = differsAt();
    if (target.size() == current.size() + 1) {
        QList<qint64> check = target;
        check.removeAt(at);
        if (!sameIds(check, current))
            return false;
        isColumns ? beginInsertColumns({}, at, at) : beginInsertRows({}, at, at);
        current = target;
        isColumns ? endInsertColumns() : endInsertRows();
        return true;
    }
    if (target.size() + 1 == current.size()) {
        QList<qint64> check = current;
        check.removeAt(at);
        if (!sameIds(check, target))
            return false;
        isColumns ? beginRemoveColumns({}, at, at) : beginRemoveRows({}, at, at);
        current = target;
        isColumns ? endRemoveColumns() : endRemoveRows();
        return true;
    }
    if (target.size() != current.size())
        return false;
    // One item moved: either current[at] went down, or target[at] came up.
    for (const auto &[from, to] : {std::pair{at, int(target.indexOf(current.at(at)))},
                                   std::pair{int(current.indexOf(target.at(at))), at}}) {
        if (from < 0 || to < 0)
            continue;
        QList<qint64> check = current;
        check.move(from, to);
        if (check != target)
            continue;
        const int destination = to > from ? to + 1 : to;
        const bool moving = isColumns ? beginMoveColumns({}, from, from, {}, destination)
                                      : beginMoveRows({}, from, from, {}, destination);
        if (!moving)
            return false;
        current = target;
        isColumns ? endMoveColumns() : endMoveRows();
        return true;
    }
    return false;
}

void ChartModel::onStructureChanged()
{
    const IcpChart &chart = m_editor->chart();
    const bool asColumns = chart.orientation() == ChartOrientation::ClientsAsColumns;
    const QList<qint64> clients = clientIds(chart);
    const QList<qint64> attributes = attributeIds(chart);
    bool synced = asColumns == m_clientsAsColumns;
    if (synced)
        synced = syncAxis(m_clients, clients, m_clientsAsColumns)
                 && syncAxis(m_attributes, attributes, !m_clientsAsColumns);
    if (!synced) {
        beginResetModel();
        m_clientsAsColumns = asColumns;
        m_clients = clients;
        m_attributes = attributes;
        endResetModel();
        return;
    }
    onCellsChanged(); // a retype changes every cell of its attribute, and the ideal changes
}

void ChartModel::onCellsChanged()
{
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

} // namespace clientele
