#pragma once

#include <QLabel>

class QTimer;

namespace clientele {

// A small note pinned under a cell of the chart grid saying why typed text was refused, like a
// spreadsheet's validation message. It follows the cell until dismissed or replaced.
class ChartMessageBubble : public QLabel {
    Q_OBJECT
public:
    explicit ChartMessageBubble(QWidget *viewport);

    // Shows `message` just under (or above, near the bottom) the rectangle `cell`.
    void showAt(const QRect &cell, const QString &message);
    void dismiss();

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    QTimer *m_timer;
};

} // namespace clientele
