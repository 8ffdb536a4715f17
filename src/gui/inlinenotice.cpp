#include "clientele/gui/inlinenotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>

namespace clientele {

InlineNotice::InlineNotice(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("inlineNotice"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->setSpacing(8);
    m_layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
    hide();
}

void InlineNotice::showNotice(Kind kind, const QString &text, const QList<Action> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    const bool warning = kind == Kind::Warning;
    // Painted rather than styled: a style sheet would keep the notice's text in the colours of
    // the theme it was shown in.
    m_edge = warning ? QColor(0xd0, 0x8a, 0x00) : QColor(0x1f, 0x5f, 0x8b);
    update();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(warning ? QStyle::SP_MessageBoxWarning
                                                 : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    m_text->setText(text);
    setAccessibleName(text);
    for (const auto &[title, run] : actions) {
        auto *button = new QPushButton(title, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, run);
        m_layout->addWidget(button, 0, Qt::AlignVCenter);
        m_buttons << button;
    }
    show();
}

void InlineNotice::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    // A tint over the window colour reads in light and dark palettes alike.
    QPainter painter(this);
    QColor tint = m_edge;
    tint.setAlpha(36);
    painter.fillRect(rect(), tint);
    painter.fillRect(QRect(0, 0, 3, height()), m_edge);
}

void InlineNotice::dismiss()
{
    hide();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_text->clear();
}

QString InlineNotice::text() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace clientele
