#include "disqualifierdelegate.h"

#include "clientele/core/models/profileitemsmodel.h"
#include "icons.h"
#include "themecolours.h"

#include <QApplication>
#include <QPainter>

namespace clientele {

namespace {

constexpr int kIconGap = 4;
constexpr int kLineGap = 2;

QString ruleOf(const QModelIndex &index)
{
    return index.data(ProfileItemsModel::DisqualifierRole).toString();
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

QRect textArea(const QStyleOptionViewItem &option)
{
    // As the style places an item's text: its own rectangle less the focus frame's margin.
    const QStyle *style = styleOf(option);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget)
        .adjusted(margin, 0, -margin, 0);
}

int iconSize(const QStyleOptionViewItem &option)
{
    return QFontMetrics(option.font).height() - 2;
}

} // namespace

DisqualifierDelegate::DisqualifierDelegate(int verticalPadding, QObject *parent)
    : RoomyDelegate(verticalPadding, parent)
    , m_padding(verticalPadding)
{
}

int DisqualifierDelegate::ruleHeight(const QStyleOptionViewItem &option, const QString &rule) const
{
    const int width = qMax(1, textArea(option).width() - iconSize(option) - kIconGap);
    return QFontMetrics(option.font)
        .boundingRect(QRect(0, 0, width, 1 << 20), Qt::AlignLeft | Qt::TextWordWrap, rule)
        .height();
}

QSize DisqualifierDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const QSize entry = RoomyDelegate::sizeHint(option, index);
    const QString rule = ruleOf(index);
    if (rule.isEmpty())
        return entry;
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    return entry + QSize(0, ruleHeight(opt, rule) + kLineGap);
}

DisqualifierDelegate::Layout DisqualifierDelegate::layoutOf(const QStyleOptionViewItem &option,
                                                            const QString &rule) const
{
    const QRect area = textArea(option);
    const QFontMetrics metrics(option.font);
    const int entryTall = metrics
                              .boundingRect(QRect(0, 0, area.width(), 1 << 20),
                                            Qt::AlignLeft | Qt::TextWordWrap, option.text)
                              .height();
    const int ruleTall = ruleHeight(option, rule);
    // The entry and its rule as one block, centred as the entries of other rows are.
    const int top =
        option.rect.top() + qMax(0, (option.rect.height() - entryTall - kLineGap - ruleTall) / 2);
    const int ruleTop = top + entryTall + kLineGap;
    const int side = iconSize(option);
    Layout parts;
    parts.text = QRect(area.left(), top, area.width(), entryTall);
    parts.icon = QRect(area.left(), ruleTop + (metrics.height() - side) / 2, side, side);
    parts.rule =
        QRect(area.left() + side + kIconGap, ruleTop, area.width() - side - kIconGap, ruleTall);
    return parts;
}

void DisqualifierDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const QString rule = ruleOf(index);
    if (rule.isEmpty()) {
        RoomyDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Layout parts = layoutOf(opt, rule);
    const QString text = opt.text;
    // The style draws the row's background, selection and focus; the texts are drawn here.
    opt.text.clear();
    styleOf(opt)->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor ink =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor ground = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(ink);
    painter->drawText(parts.text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    // Quieter than the entry, still well readable on light and dark rows.
    painter->setPen(blend(ink, ground, 0.3));
    painter->drawText(parts.rule, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, rule);
    themedIcon(QStringLiteral("disqualify"))
        .paint(painter, parts.icon, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
    painter->restore();
}

void DisqualifierDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    const QString rule = ruleOf(index);
    if (rule.isEmpty()) {
        RoomyDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // Typing changes the entry, not its rule: the editor covers the entry's line only.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const Layout parts = layoutOf(opt, rule);
    opt.rect.setTop(qMax(opt.rect.top(), parts.text.top() - m_padding));
    opt.rect.setBottom(parts.rule.top() - 1);
    RoomyDelegate::updateEditorGeometry(editor, opt, index);
}

} // namespace clientele
