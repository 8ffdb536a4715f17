#pragma once

#include <QHeaderView>

namespace clientele {

// A header whose titles wrap between words to their section's width, as many lines as they
// need, instead of being cut off at both ends: a client named "Hunter Valley Air Conditioning
// Pty Ltd" reads whole above its column.
class WrappingHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit WrappingHeader(Qt::Orientation orientation, QWidget *parent = nullptr);

    // The narrowest section that shows the title with no word broken (and the sort arrow, when
    // the header shows one).
    int narrowestWidth(int logicalIndex) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString title(int logicalIndex) const;
    QFont fontOf(int logicalIndex) const;
    // The room for the text inside a section this wide.
    int textWidth(int sectionWidth) const;
    // Kept free for the sort arrow beside every title, so no title needs a line more when its
    // column becomes the sorted one.
    int arrowRoom() const;
};

} // namespace clientele
