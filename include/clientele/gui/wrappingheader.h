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

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sectionSizeFromContents(int logicalIndex) const override;

private:
    QString title(int logicalIndex) const;
    QFont fontOf(int logicalIndex) const;
    // The room for the text inside a section this wide.
    int textWidth(int sectionWidth) const;
};

} // namespace clientele
