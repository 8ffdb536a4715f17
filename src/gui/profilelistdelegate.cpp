#include "profilelistdelegate.h"
#include "clientele/domain/textlanguage.h"

#include "clientele/core/models/profilelistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace clientele {

namespace {

constexpr int kPadX = 8;
constexpr int kPadY = 6;
constexpr int kLineGap = 2;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont detailFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

QString changedText(const QModelIndex &index)
{
    const QDateTime updated = index.data(ProfileListModel::UpdatedRole).toDateTime();
    if (!updated.isValid())
        return {};
    const QDate day = updated.toLocalTime().date();
    if (day == QDate::currentDate())
        return ProfileListDelegate::tr("Changed today");
    return ProfileListDelegate::tr("Changed %1").arg(mediumDateText(day));
}

} // namespace

void ProfileListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(selected ? 0.85 : 0.6);
    const QRect area = option.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);

    painter->save();
    const QFont name = nameFont(option.font);
    const QFontMetrics nameMetrics(name);
    painter->setFont(name);
    painter->setPen(text);
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(title, Qt::ElideRight, area.width()));
    const QFont detail = detailFont(option.font);
    const QFontMetrics detailMetrics(detail);
    painter->setFont(detail);
    painter->setPen(muted);
    painter->drawText(QRect(area.left(), area.top() + nameMetrics.height() + kLineGap, area.width(),
                            detailMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      detailMetrics.elidedText(changedText(index), Qt::ElideRight, area.width()));
    painter->restore();
}

QSize ProfileListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int height = QFontMetrics(nameFont(option.font)).height() + kLineGap
                       + QFontMetrics(detailFont(option.font)).height() + 2 * kPadY;
    // Narrow on purpose: the list gives each row its full width and names are elided.
    return {120, height};
}

} // namespace clientele
