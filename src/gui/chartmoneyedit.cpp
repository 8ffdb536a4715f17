#include "chartmoneyedit.h"

#include <QLabel>

namespace clientele {

ChartMoneyEdit::ChartMoneyEdit(const QString &currency, QWidget *parent)
    : QLineEdit(parent)
    , m_currency(new QLabel(currency, this))
{
    m_currency->setForegroundRole(QPalette::PlaceholderText);
    m_currency->setAccessibleName(tr("Currency"));
    // The label only shows the currency; clicks go to the text.
    m_currency->setAttribute(Qt::WA_TransparentForMouseEvents);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const int room = m_currency->sizeHint().width() + 6;
    setTextMargins(0, 0, room, 0);
    setToolTip(tr("An amount or a range in %1, such as 1,200 or 1M-5M").arg(currency));
}

QString ChartMoneyEdit::currency() const
{
    return m_currency->text();
}

void ChartMoneyEdit::resizeEvent(QResizeEvent *event)
{
    QLineEdit::resizeEvent(event);
    const QSize hint = m_currency->sizeHint();
    m_currency->setGeometry(width() - hint.width() - 4, (height() - hint.height()) / 2,
                            hint.width(), hint.height());
}

} // namespace clientele
