#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace clientele {

namespace {

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    switch (mode) {
    case QIcon::Selected: return palette.color(QPalette::HighlightedText);
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    default: return palette.color(QPalette::WindowText);
    }
}

// Draws an icon's SVG in the palette's colour for its mode, only at the sizes it is shown at
// and only when first shown: drawing every size and mode up front slowed the start.
class ThemedIconEngine : public QIconEngine {
public:
    explicit ThemedIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    QIconEngine *clone() const override { return new ThemedIconEngine(*this); }
    QString key() const override { return QStringLiteral("clientele-themed"); }
    bool isNull() override { return m_svg.isEmpty(); }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {20, 20}, {24, 24}, {32, 32}, {48, 48}};
    }

    // `size` is in device pixels; QIcon sets the device pixel ratio on the result.
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor color = colorFor(mode);
        const QString cacheKey =
            QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(color.rgba());
        if (const auto found = m_drawn.constFind(cacheKey); found != m_drawn.constEnd())
            return *found;
        QByteArray coloured = m_svg;
        coloured.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(coloured);
        QPixmap drawn(size);
        drawn.fill(Qt::transparent);
        QPainter painter(&drawn);
        renderer.render(&painter);
        painter.end();
        m_drawn.insert(cacheKey, drawn);
        return drawn;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, drawn);
    }

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_drawn;
};

} // namespace

QIcon themedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    if (const auto found = cache.constFind(name); found != cache.constEnd())
        return *found;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QIcon icon(new ThemedIconEngine(file.readAll()));
    cache.insert(name, icon);
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/clientele.svg"));
}

} // namespace clientele
