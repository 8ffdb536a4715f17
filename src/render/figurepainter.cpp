#include "figurepainter.h"

#include <QPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace clientele {

namespace {

const QString kPrefix = QStringLiteral("figure:");
constexpr int kIndexProperty = QTextFormat::UserProperty + 10;
// Lengths in the body are CSS pixels; Qt's own layout scales them to the device the same way.
constexpr qreal kCssDpi = 96.0;

} // namespace

FigurePainter::FigurePainter(const QList<QPicture> &figures, const QPaintDevice *device)
    : m_figures(figures)
    , m_scale(device ? device->logicalDpiY() / kCssDpi : 1.0)
{
}

QString FigurePainter::sourceName(qsizetype index)
{
    return kPrefix + QString::number(index);
}

void FigurePainter::convertFigures(QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            if (!format.isValid() || !format.name().startsWith(kPrefix))
                continue;
            format.setObjectType(kObjectType);
            format.setProperty(kIndexProperty, format.name().mid(kPrefix.size()).toInt());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

QSizeF FigurePainter::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    return QSizeF(image.width(), image.height()) * m_scale;
}

void FigurePainter::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &format)
{
    const int index = format.intProperty(kIndexProperty);
    if (index < 0 || index >= m_figures.size())
        return;
    const QPicture &picture = m_figures.at(index);
    const QRect bounds = picture.boundingRect();
    if (bounds.isEmpty())
        return;
    // Playing a picture scales it from the resolution it was recorded at to the device's.
    const QPaintDevice *device = painter->device();
    const qreal dpiX = qreal(picture.logicalDpiX()) / device->logicalDpiX();
    const qreal dpiY = qreal(picture.logicalDpiY()) / device->logicalDpiY();
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(rect.width() / bounds.width() * dpiX, rect.height() / bounds.height() * dpiY);
    painter->drawPicture(-bounds.topLeft(), picture);
    painter->restore();
}

} // namespace clientele
