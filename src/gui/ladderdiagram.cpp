#include "clientele/gui/ladderdiagram.h"

#include "clientele/core/offercatalogue.h"
#include "themecolours.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace clientele {

namespace {

constexpr int kMargin = 12;
constexpr int kBoxHeight = 78;
// Room between boxes for the arrow and the step text under it.
constexpr int kGap = 150;
constexpr int kMaxBoxWidth = 230;

QString priceText(const Offer &offer)
{
    if (offer.isFree())
        return LadderDiagram::tr("Free");
    return offer.isMonthly() ? LadderDiagram::tr("%1 / month").arg(offer.price.toDisplayString())
                             : offer.price.toDisplayString();
}

} // namespace

LadderDiagram::LadderDiagram(OfferCatalogue *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Up-sell ladder"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (auto signal : {&OfferCatalogue::added, &OfferCatalogue::changed, &OfferCatalogue::removed})
        connect(store, signal, this, &LadderDiagram::reload);
    reload();
}

void LadderDiagram::reload()
{
    m_ids.clear();
    QStringList description;
    for (const Offer &offer : m_store->ladder()) {
        m_ids.append(offer.id);
        description.append(
            QStringLiteral("%1: %2, %3")
                .arg(ladderStageLabel(offer.ladder->stage), offer.name, priceText(offer)));
    }
    //: Joins the steps of the ladder in its description for screen readers.
    setAccessibleDescription(description.join(tr("; then ")));
    setToolTip(description.join(QLatin1Char('\n')));
    update();
}

void LadderDiagram::setCurrentOffer(qint64 id)
{
    if (m_current == id)
        return;
    m_current = id;
    update();
}

QSize LadderDiagram::sizeHint() const
{
    return {kMargin * 2 + 3 * 200 + 2 * kGap, kBoxHeight + 2 * kMargin + 40};
}

QSize LadderDiagram::minimumSizeHint() const
{
    return {300, sizeHint().height()};
}

QList<QRect> LadderDiagram::rungRects() const
{
    QList<QRect> rects;
    const int count = int(m_ids.size());
    if (count == 0)
        return rects;
    const int available = width() - 2 * kMargin - (count - 1) * kGap;
    const int boxWidth = qBound(110, available / count, kMaxBoxWidth);
    const int total = count * boxWidth + (count - 1) * kGap;
    int x = qMax(kMargin, (width() - total) / 2);
    // A gentle climb: each rung sits a little higher than the one before.
    const int rise = count > 1 ? qMin(12, 22 / (count - 1)) : 0;
    for (int i = 0; i < count; ++i) {
        const int y = kMargin + 22 - i * rise;
        rects.append(QRect(x, y, boxWidth, kBoxHeight));
        x += boxWidth + kGap;
    }
    return rects;
}

void LadderDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    if (m_ids.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No offers on the ladder yet \u2014 give an offer a "
                            "ladder stage to place it here"));
        return;
    }
    const QList<QRect> rects = rungRects();
    const QFont base = font();
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    QFont bold = base;
    bold.setWeight(QFont::DemiBold);
    for (int i = 0; i < rects.size(); ++i) {
        const auto offer = m_store->find(m_ids[i]);
        if (!offer)
            continue;
        const QRect box = rects[i];
        const bool current = offer->id == m_current;
        painter.setPen(QPen(current ? accent : pal.color(QPalette::Mid), current ? 2.0 : 1.0));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        // A band of accent colour on top names the stage.
        QPainterPath band;
        band.addRoundedRect(QRectF(box.left() + 1, box.top() + 1, box.width() - 2, 20), 5, 5);
        const QColor bandColour = current ? accent : accentWash(accent, pal);
        painter.fillPath(band, bandColour);
        painter.setFont(small);
        painter.setPen(current ? pal.color(QPalette::HighlightedText)
                               : readableInk(bandColour, pal));
        painter.drawText(QRect(box.left() + 8, box.top() + 1, box.width() - 16, 20),
                         Qt::AlignVCenter | Qt::AlignLeft,
                         QStringLiteral("%1. %2").arg(i + 1).arg(
                             ladderStageLabel(offer->ladder->stage).toUpper()));
        painter.setPen(pal.color(QPalette::Text));
        painter.setFont(bold);
        const QRect nameRect(box.left() + 8, box.top() + 24, box.width() - 16, 32);
        painter.drawText(nameRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         painter.fontMetrics().elidedText(offer->name, Qt::ElideRight,
                                                          nameRect.width() * 2 - 20));
        painter.setFont(base);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(box.left() + 8, box.bottom() - 22, box.width() - 16, 18),
                         Qt::AlignRight | Qt::AlignVCenter, priceText(*offer));

        if (i + 1 >= rects.size())
            continue;
        // The arrow to the next rung with the step written under it.
        const QRect next = rects[i + 1];
        const QPointF from(box.right() + 6, box.center().y());
        const QPointF to(next.left() - 6, next.center().y());
        painter.setPen(QPen(accent, 1.6));
        painter.drawLine(from, to);
        const QPointF dir = (to - from) / std::max(1.0, QLineF(from, to).length());
        const QPointF normal(-dir.y(), dir.x());
        painter.setBrush(accent);
        painter.drawPolygon(
            QPolygonF{to, to - dir * 9 + normal * 4.5, to - dir * 9 - normal * 4.5});
        const QString step = offer->ladder->stepToNext.trimmed();
        painter.setFont(small);
        painter.setPen(pal.color(step.isEmpty() ? QPalette::PlaceholderText : QPalette::Text));
        const int top = int(qMin(from.y(), to.y())) + 6;
        const QRect stepRect(box.right() + 8, top, kGap - 16, height() - top - 2);
        const QString shown = step.isEmpty() ? tr("(no step written)") : step;
        painter.drawText(
            stepRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            painter.fontMetrics().elidedText(
                shown, Qt::ElideRight,
                stepRect.width() * (stepRect.height() / painter.fontMetrics().lineSpacing()) - 30));
    }
    if (hasFocus()) {
        painter.setPen(QPen(accent, 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void LadderDiagram::mousePressEvent(QMouseEvent *event)
{
    const QList<QRect> rects = rungRects();
    for (int i = 0; i < rects.size(); ++i) {
        if (rects[i].contains(event->position().toPoint())) {
            setCurrentOffer(m_ids[i]);
            Q_EMIT offerActivated(m_ids[i]);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void LadderDiagram::keyPressEvent(QKeyEvent *event)
{
    const int at = int(m_ids.indexOf(m_current));
    if (event->key() != Qt::Key_Left && event->key() != Qt::Key_Right)
        return QWidget::keyPressEvent(event);
    const int to =
        event->key() == Qt::Key_Left ? qMax(0, at - 1) : qMin(int(m_ids.size()) - 1, at + 1);
    if (to >= 0 && to < m_ids.size()) {
        setCurrentOffer(m_ids[to]);
        Q_EMIT offerActivated(m_ids[to]);
    }
}

} // namespace clientele
