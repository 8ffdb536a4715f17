#pragma once

#include <QList>
#include <QObject>
#include <QPicture>
#include <QTextObjectInterface>

class QPaintDevice;
class QTextDocument;

namespace clientele {

// Figures recorded as QPictures print as shapes and text, not as images. The body shows one
// with <img src="figure:N">; before layout, convertFigures() turns those images into objects
// this painter sizes (the tag's width and height, in CSS pixels) and draws, scaled to fit.
class FigurePainter : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 2;

    FigurePainter(const QList<QPicture> &figures, const QPaintDevice *device);

    static QString sourceName(qsizetype index);
    static void convertFigures(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    const QList<QPicture> &m_figures;
    qreal m_scale;
};

} // namespace clientele
