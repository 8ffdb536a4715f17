#include "reviewchangestable.h"

#include "roomydelegate.h"

#include <QHeaderView>

namespace clientele {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    // Beside a long list, a label or a short value stays level with the list's first line.
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    return item;
}

// A value as a cell shows it: a list's entries each on a line of its own with a bullet, an
// entry's parts apart.
QTableWidgetItem *valueItem(const QString &value)
{
    if (value.trimmed().isEmpty()) {
        QTableWidgetItem *item = cell(ReviewChangesTable::tr("(none)"));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        return item;
    }
    QStringList lines = value.split(u'\n');
    for (QString &line : lines) {
        line.replace(u'\t', QStringLiteral("  \u00B7  "));
        if (lines.size() > 1)
            line.prepend(QStringLiteral("\u2022 "));
    }
    QTableWidgetItem *item = cell(lines.join(u'\n'));
    item->setToolTip(item->text());
    return item;
}

} // namespace

ReviewChangesTable::ReviewChangesTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setObjectName(QStringLiteral("reviewChanges"));
    setAccessibleName(tr("What changed since the round before"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setWordWrap(true);
    setShowGrid(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(new RoomyDelegate(3, this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setSectionResizeMode(What, QHeaderView::Interactive);
    horizontalHeader()->setSectionResizeMode(Before, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(After, QHeaderView::Stretch);
    // Room for labels such as "Number of employees: ideal" without taking the values' width.
    horizontalHeader()->resizeSection(What, fontMetrics().averageCharWidth() * 30);
    setHorizontalHeaderLabels({tr("What changed"), tr("Round"), tr("Round")});
}

void ReviewChangesTable::setChanges(const QList<ReviewChangeGroup> &groups, int from, int to)
{
    setHorizontalHeaderLabels(
        {tr("What changed"), tr("Round %1").arg(from), tr("Round %1").arg(to)});
    clearSpans();
    setRowCount(0);
    for (const ReviewChangeGroup &group : groups) {
        const int heading = rowCount();
        insertRow(heading);
        QTableWidgetItem *title = cell(group.title);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        setItem(heading, What, title);
        setSpan(heading, What, 1, 3);
        for (const FieldChange &change : group.changes) {
            const int row = rowCount();
            insertRow(row);
            setItem(row, What, cell(change.label));
            setItem(row, Before, valueItem(change.before));
            setItem(row, After, valueItem(change.after));
        }
    }
}

} // namespace clientele
