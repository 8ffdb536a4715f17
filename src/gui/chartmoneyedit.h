#pragma once

#include <QLineEdit>

class QLabel;

namespace clientele {

// A line edit for money cells that shows the chart's currency inside its right edge, so the
// consultant sees which currency "1.2M" means without the code being part of the text.
class ChartMoneyEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit ChartMoneyEdit(const QString &currency, QWidget *parent = nullptr);

    QString currency() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_currency;
};

} // namespace clientele
