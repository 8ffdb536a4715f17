#include "wrappingheader.h"

#include <QPainter>
#include <QStyleOptionHeader>

namespace clientele {

namespace {

constexpr int kMargin = 6;  // beside the text, each side
constexpr int kLeading = 6; // above and below the lines, together

} // namespace

WrappingHeader::WrappingHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    // Titles wrap; a new width can need another line, and so a new height.
    connect(this, &QHeaderView::sectionResized, this, [this] { updateGeometry(); });
}

QString WrappingHeader::title(int logicalIndex) const
{
    return model() ? model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString()
                   : QString();
}

QFont WrappingHeader::fontOf(int logicalIndex) const
{
    const QVariant font =
        model() ? model()->headerData(logicalIndex, orientation(), Qt::FontRole) : QVariant();
    QFont shown = font.canConvert<QFont>() ? qvariant_cast<QFont>(font) : this->font();
    // The current section is drawn bold: measured bold, it never needs a line more when chosen.
    shown.setBold(true);
    return shown;
}

int WrappingHeader::arrowRoom() const
{
    if (!isSortIndicatorShown())
        return 0;
    return style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this)
           + style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
}

int WrappingHeader::textWidth(int sectionWidth) const
{
    return qMax(1, sectionWidth - 2 * kMargin - arrowRoom());
}

int WrappingHeader::narrowestWidth(int logicalIndex) const
{
    const QFontMetrics metrics(fontOf(logicalIndex));
    int widest = 0;
    for (const QString &word : title(logicalIndex).split(u' ', Qt::SkipEmptyParts))
        widest = qMax(widest, metrics.horizontalAdvance(word));
    return widest + 2 * kMargin + arrowRoom();
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (orientation() != Qt::Horizontal || !model())
        return size;
    const QFontMetrics metrics(fontOf(logicalIndex));
    const QRect text =
        metrics.boundingRect(QRect(0, 0, textWidth(sectionSize(logicalIndex)), 10'000),
                             Qt::AlignHCenter | Qt::TextWordWrap, title(logicalIndex));
    size.setHeight(qMax(size.height(), text.height() + kLeading));
    return size;
}

void WrappingHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (orientation() != Qt::Horizontal || !rect.isValid()) {
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    // The style draws the section without its text; the text is drawn wrapped.
    QStyleOptionHeader option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QString text = title(logicalIndex);
    option.text.clear();
    painter->save(); // the style leaves the painter as it likes
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();

    painter->save();
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    QFont shown = font.canConvert<QFont>() ? qvariant_cast<QFont>(font) : this->font();
    if (option.state & QStyle::State_Sunken || option.state & QStyle::State_On)
        shown.setBold(true);
    painter->setFont(shown);
    const QVariant foreground =
        model()->headerData(logicalIndex, orientation(), Qt::ForegroundRole);
    painter->setPen(foreground.canConvert<QBrush>() ? qvariant_cast<QBrush>(foreground).color()
                                                    : option.palette.color(QPalette::ButtonText));
    QRect textRect = rect.adjusted(kMargin, 0, -kMargin, 0);
    if (option.sortIndicator != QStyleOptionHeader::None) {
        // Beside the arrow, not under it.
        const QRect arrow = style()->subElementRect(QStyle::SE_HeaderArrow, &option, this);
        if (arrow.left() > rect.center().x())
            textRect.setRight(qMin(textRect.right(), arrow.left() - 2));
        else
            textRect.setLeft(qMax(textRect.left(), arrow.right() + 2));
    }
    painter->drawText(textRect, int(option.textAlignment) | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace clientele
