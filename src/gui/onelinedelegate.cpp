#include "clientele/gui/onelinedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace clientele {

namespace {

constexpr int kShapedTexts = 4000;

// Where a text of `size` goes in `rect` for the cell's alignment.
QPointF placed(const QRect &rect, const QSizeF &size, Qt::Alignment alignment)
{
    const QRect aligned = QStyle::alignedRect(Qt::LeftToRight, alignment, size.toSize(), rect);
    return aligned.topLeft();
}

// Figures, dates and amounts: characters no font joins, reorders or ligates, so placing their
// glyphs by their advances gives what shaping would, several times faster.
bool isFigures(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isPrint() && !c.isLetter()) || c.isSpace()
               || c.category() == QChar::Symbol_Currency;
    });
}

} // namespace

OneLineDelegate::OneLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shaped(kShapedTexts)
{
}

OneLineDelegate::Shaped OneLineDelegate::shaped(const QString &text, const QFont &font) const
{
    if (const Shaped *known = m_shaped.object(text); known && known->font == font)
        return *known;
    std::optional<Shaped> made;
    if (isFigures(text))
        made = placedByAdvances(text, font);
    if (!made) {
        QTextLayout layout(text, font);
        layout.setCacheEnabled(true);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setNumColumns(int(text.size()));
        layout.endLayout();
        made = Shaped{font, layout.glyphRuns(), line.naturalTextWidth(), line.height()};
    }
    m_shaped.insert(text, new Shaped(*made));
    return *made;
}

std::optional<OneLineDelegate::Shaped> OneLineDelegate::placedByAdvances(const QString &text,
                                                                         const QFont &font) const
{
    if (!m_rawFont.isValid() || font != m_rawFontOf) {
        m_rawFont = QRawFont::fromFont(font);
        m_rawFontOf = font;
    }
    const QList<quint32> glyphs = m_rawFont.glyphIndexesForString(text);
    // A character the font lacks needs another font: full shaping finds it.
    if (glyphs.isEmpty() || glyphs.size() != text.size() || glyphs.contains(0u))
        return std::nullopt;
    const QList<QPointF> advances =
        m_rawFont.advancesForGlyphIndexes(glyphs, QRawFont::KernedAdvances);
    QList<QPointF> positions;
    positions.reserve(glyphs.size());
    qreal x = 0;
    for (const QPointF &advance : advances) {
        positions.append(QPointF(x, m_rawFont.ascent()));
        x += advance.x();
    }
    QGlyphRun run;
    run.setRawFont(m_rawFont);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    return Shaped{font, {run}, x, m_rawFont.ascent() + m_rawFont.descent()};
}

void OneLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features
            & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)
        || opt.text.contains(QLatin1Char('\n')) || opt.direction == Qt::RightToLeft) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    // Background, selection and focus as the style draws them; the text is ours.
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                               .adjusted(margin, 0, -margin, 0);
    const bool enabled = opt.state & QStyle::State_Enabled;
    const QPalette::ColorGroup group = !enabled                           ? QPalette::Disabled
                                       : opt.state & QStyle::State_Active ? QPalette::Normal
                                                                          : QPalette::Inactive;
    const QPalette::ColorRole role =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, role));
    painter->setClipRect(textRect);
    Shaped shown = shaped(text, opt.font);
    if (shown.width > textRect.width())
        shown =
            shaped(opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()), opt.font);
    const QPointF at = placed(textRect, QSizeF(shown.width, shown.height), opt.displayAlignment);
    for (const QGlyphRun &run : shown.glyphs)
        painter->drawGlyphRun(at, run);
    painter->restore();
}

} // namespace clientele
