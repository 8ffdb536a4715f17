#include "reviewchangestable.h"

#include <QHeaderView>

namespace clientele {

namespace {

// A value as a cell shows it: a list's entries on lines of their own, an entry's parts apart.
QTableWidgetItem *valueItem(const QString &value)
{
    auto *item = new QTableWidgetItem;
    if (value.trimmed().isEmpty()) {
        item->setText(ReviewChangesTable::tr("(none)"));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        return item;
    }
    QString text = value;
    text.replace(u'\t', QStringLiteral("  \u00B7  "));
    item->setText(text);
    item->setToolTip(text);
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
        auto *title = new QTableWidgetItem(group.title);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        setItem(heading, What, title);
        setSpan(heading, What, 1, 3);
        for (const FieldChange &change : group.changes) {
            const int row = rowCount();
            insertRow(row);
            setItem(row, What, new QTableWidgetItem(change.label));
            setItem(row, Before, valueItem(change.before));
            setItem(row, After, valueItem(change.after));
        }
    }
}

} // namespace clientele
