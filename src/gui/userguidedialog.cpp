#include "clientele/gui/userguidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace clientele {

namespace {

// A loaded image resource arrives as the file's bytes, an image or a pixmap.
QImage pictureOf(const QVariant &resource)
{
    if (resource.canConvert<QByteArray>() && resource.typeId() == QMetaType::QByteArray)
        return QImage::fromData(resource.toByteArray());
    if (resource.typeId() == QMetaType::QPixmap)
        return resource.value<QPixmap>().toImage();
    return resource.value<QImage>();
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Clientele User Guide"));
    m_browser->setOpenExternalLinks(true);
    // The guide is always longer than the window; a scroll bar that came and went would change
    // the width the pictures are fitted to.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/user-guide.md")),
                         QTextDocument::MarkdownResource);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    m_browser->viewport()->installEventFilter(this);
    resize(900, 700);
}

bool UserGuideDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QDialog::eventFilter(watched, event);
}

void UserGuideDialog::fitPictures()
{
    QTextDocument *document = m_browser->document();
    const qreal room = m_browser->viewport()->width() - 2 * document->documentMargin() - 4;
    if (room <= 0)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            if (!picture.isValid())
                continue;
            const QImage image =
                pictureOf(document->resource(QTextDocument::ImageResource, QUrl(picture.name())));
            if (image.isNull())
                continue;
            const qreal width = std::min<qreal>(image.width(), room);
            picture.setWidth(width);
            picture.setHeight(width * image.height() / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

} // namespace clientele
