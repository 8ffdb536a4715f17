#pragma once

#include <QLayout>
#include <QList>

namespace clientele {

// Lays its items out left to right at their preferred widths: on one line while they fit, and
// from the first that does not on the next. The room left on a line goes to the line's items
// that expand sideways. A row of controls that, in a narrow window or a wordier language, puts
// its last group under the first rather than make the window wider.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    void addLayout(QLayout *layout);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect`, or only measures when `place` is false; the height needed.
    int arrange(const QRect &rect, bool place) const;
    QList<QLayoutItem *> shown() const;

    QList<QLayoutItem *> m_items;
};

} // namespace clientele
