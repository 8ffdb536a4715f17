#include "scorebardelegate.h"

#include "bartrack.h"
#include "clientele/domain/fitscore.h"
#include "prospectlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace clientele {

namespace {

constexpr int kBarWidth = 60;

} // namespace

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const int score = index.data(ProspectListModel::ScoreRole).toInt();
    if (score < 0)
        return;
    const int grade = index.data(ProspectListModel::GradeRole).toInt();
    const bool graded = grade != int(FitGrade::NotAFit) && grade != int(FitGrade::Insufficient);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);

    const QRect area = opt.rect.adjusted(6, 0, -6, 0);
    const QFontMetrics metrics(opt.font);
    const QString number = QString::number(score);
    const int numberWidth = metrics.horizontalAdvance(QStringLiteral("100"));
    const int barHeight = std::max(6, metrics.height() / 2);
    const QRect track(area.left(), area.center().y() - barHeight / 2 + 1,
                      std::max(0, area.width() - numberWidth - 6), barHeight);

    const QPalette &palette = opt.palette;
    const QColor ink =
        selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor fill = selected ? palette.color(QPalette::HighlightedText)
                        : graded ? palette.color(QPalette::Highlight)
                                 : palette.color(QPalette::Disabled, QPalette::Text);
    const QColor background =
        selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    paintBar(painter, track, background, ink, fill, score / 100.0);
    painter->save();
    painter->setPen(graded || selected ? ink : palette.color(QPalette::PlaceholderText));
    painter->setFont(opt.font);
    painter->drawText(QRect(track.right() + 6, area.top(), numberWidth, area.height()),
                      Qt::AlignRight | Qt::AlignVCenter, number);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int numberWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100"));
    size.setWidth(std::max(size.width(), kBarWidth + numberWidth + 18));
    return size;
}

} // namespace clientele
