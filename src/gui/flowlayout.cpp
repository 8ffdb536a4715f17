#include "flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace clientele {

namespace {

int heightAt(const QLayoutItem *item, int width)
{
    return item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addLayout(QLayout *layout)
{
    addChildLayout(layout);
    addItem(layout);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    invalidate();
    return m_items.takeAt(index);
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : shown())
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize FlowLayout::sizeHint() const
{
    const QList<QLayoutItem *> items = shown();
    QSize size(std::max(0, int(items.size()) - 1) * std::max(0, spacing()), 0);
    for (const QLayoutItem *item : items) {
        size.rwidth() += item->sizeHint().width();
        size.setHeight(std::max(size.height(), item->sizeHint().height()));
    }
    return size.grownBy(contentsMargins());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

QList<QLayoutItem *> FlowLayout::shown() const
{
    QList<QLayoutItem *> items;
    for (QLayoutItem *item : m_items)
        if (!item->isEmpty())
            items.append(item);
    return items;
}

int FlowLayout::arrange(const QRect &rect, bool place) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.marginsRemoved(margins);
    const int gap = std::max(0, spacing());
    const QList<QLayoutItem *> items = shown();
    int top = area.top();
    for (qsizetype first = 0; first < items.size();) {
        // The line: as many items as fit at their preferred widths, at least one.
        QList<int> widths{items.at(first)->sizeHint().width()};
        int used = widths.front();
        while (first + widths.size() < items.size()) {
            const int width = items.at(first + widths.size())->sizeHint().width();
            if (used + gap + width > area.width())
                break;
            used += gap + width;
            widths.append(width);
        }
        // The room left to the items that expand; an item alone on a line too narrow for it
        // gets the line, down to its minimum.
        QList<qsizetype> expanding;
        for (qsizetype i = 0; i < widths.size(); ++i)
            if (items.at(first + i)->expandingDirections() & Qt::Horizontal)
                expanding.append(i);
        const int room = area.width() - used;
        if (room < 0)
            widths.front() = std::max(area.width(), items.at(first)->minimumSize().width());
        else
            for (qsizetype i = 0; i < expanding.size(); ++i)
                widths[expanding.at(i)] +=
                    room / int(expanding.size()) + (i < room % expanding.size() ? 1 : 0);
        int height = 0;
        for (qsizetype i = 0; i < widths.size(); ++i)
            height = std::max(height, heightAt(items.at(first + i), widths.at(i)));
        if (place) {
            int left = area.left();
            for (qsizetype i = 0; i < widths.size(); ++i) {
                QLayoutItem *item = items.at(first + i);
                const int itemHeight = std::min(height, heightAt(item, widths.at(i)));
                item->setGeometry(
                    QRect(left, top + (height - itemHeight) / 2, widths.at(i), itemHeight));
                left += widths.at(i) + gap;
            }
        }
        top += height + gap;
        first += widths.size();
    }
    if (top > area.top())
        top -= gap;
    return top - area.top() + margins.top() + margins.bottom();
}

} // namespace clientele
