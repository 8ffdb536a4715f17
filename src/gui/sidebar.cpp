#include "clientele/gui/sidebar.h"

#include "sidebardelegate.h"

namespace clientele {

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new SidebarDelegate(this));
    setAccessibleName(tr("Sections"));
    setIconSize(QSize(20, 20));
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setSelectionMode(QAbstractItemView::SingleSelection);
    // The sidebar reads as part of the window frame, not as a white document.
    // A role rather than a colour, so it follows a change of theme.
    viewport()->setBackgroundRole(QPalette::Window);
    setSpacing(2);
}

int Sidebar::addSection(const QIcon &icon, const QString &title)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setData(Qt::AccessibleTextRole, title);
    if (count() == 1)
        setCurrentRow(0);
    return count() - 1;
}

void Sidebar::setCount(int section, int count)
{
    if (QListWidgetItem *entry = item(section)) {
        entry->setData(CountRole, count);
        entry->setData(Qt::AccessibleTextRole,
                       QStringLiteral("%1, %2").arg(entry->text()).arg(count));
    }
}

QSize Sidebar::sizeHint() const
{
    return {170, QListWidget::sizeHint().height()};
}

} // namespace clientele
