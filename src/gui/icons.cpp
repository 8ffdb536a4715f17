#include "clientele/gui/icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace clientele {

namespace {

QPixmap render(const QByteArray &svg, const QColor &color, int size, qreal ratio)
{
    QByteArray coloured = svg;
    coloured.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(coloured);
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    painter.end();
    pixmap.setDevicePixelRatio(ratio);
    return pixmap;
}

} // namespace

QIcon themedIcon(const QString &name)
{
    // Icons are drawn once per name; a palette change at run time is rare enough to ignore.
    static QHash<QString, QIcon> cache;
    if (const auto found = cache.constFind(name); found != cache.constEnd())
        return *found;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const QPalette palette = QApplication::palette();
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        icon.addPixmap(render(svg, palette.color(QPalette::WindowText), size, ratio),
                       QIcon::Normal);
        icon.addPixmap(render(svg, palette.color(QPalette::HighlightedText), size, ratio),
                       QIcon::Selected);
        icon.addPixmap(
            render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size, ratio),
            QIcon::Disabled);
    }
    cache.insert(name, icon);
    return icon;
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/clientele.svg"));
}

} // namespace clientele
