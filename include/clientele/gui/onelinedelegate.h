#pragma once

#include <QCache>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QRawFont>
#include <QStyledItemDelegate>

#include <optional>

namespace clientele {

// Paints cells of plain text on one line, elided at the right, as the standard delegate does,
// but shapes each text once and keeps it: the standard delegate lays a cell's text out three
// times on every paint, which makes a screenful of a big table slow to show and to scroll.
// Cells with an icon or a check box are left to the standard delegate.
class OneLineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit OneLineDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    struct Shaped {
        QFont font;
        QList<QGlyphRun> glyphs; // placed from the top left of the line
        qreal width = 0;
        qreal height = 0;
    };
    // Copies share their glyphs with the kept texts.
    Shaped shaped(const QString &text, const QFont &font) const;
    // Figures laid out from the font's advances without shaping; none if the font lacks one.
    std::optional<Shaped> placedByAdvances(const QString &text, const QFont &font) const;
    // A screenful of a wide table is a few hundred texts; scrolling brings back the same ones.
    mutable QCache<QString, Shaped> m_shaped;
    mutable QRawFont m_rawFont;
    mutable QFont m_rawFontOf;
};

} // namespace clientele
