#include "clientele/render/documentstyle.h"

#include <QFile>
#include <QTextDocument>

namespace clientele {

namespace {

constexpr qreal kBodyPointSize = 10.0;
const QColor kDefaultAccent(0x1f, 0x5f, 0x8b);

} // namespace

DocumentStyle::DocumentStyle(const WorkspaceSettings &settings)
    : m_accent(QColor::fromString(settings.accentColor))
{
    // A colour the user mistyped must not turn every heading black or invisible.
    if (!m_accent.isValid() || m_accent.lightnessF() > 0.8)
        m_accent = kDefaultAccent;
}

QString DocumentStyle::fontFamily() const
{
    return QStringLiteral("DejaVu Sans");
}

QColor DocumentStyle::text() const
{
    return QColor(0x1d, 0x23, 0x29);
}

QColor DocumentStyle::muted() const
{
    return QColor(0x62, 0x6a, 0x73);
}

QColor DocumentStyle::rule() const
{
    return QColor(0xcf, 0xd5, 0xdb);
}

QFont DocumentStyle::font(qreal pointSize, QFont::Weight weight) const
{
    QFont font(fontFamily());
    // DejaVu has no Chinese, Japanese or Korean: name the fallback (Debian's
    // fonts-wqy-microhei) so those glyphs reach the page whatever else is installed.
    font.setFamilies({fontFamily(), QStringLiteral("WenQuanYi Micro Hei")});
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

QString DocumentStyle::styleSheet() const
{
    QFile file(QStringLiteral(":/documents/document.css"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString css = QString::fromUtf8(file.readAll());
    css.replace(QStringLiteral("@accent@"), m_accent.name());
    css.replace(QStringLiteral("@text@"), text().name());
    css.replace(QStringLiteral("@muted@"), muted().name());
    css.replace(QStringLiteral("@rule@"), rule().name());
    return css;
}

void DocumentStyle::apply(QTextDocument *document) const
{
    document->setDefaultFont(font(kBodyPointSize));
    document->setDefaultStyleSheet(styleSheet());
    // The page margins frame the body already; the document adds none of its own.
    document->setDocumentMargin(0);
    document->setIndentWidth(24);
}

} // namespace clientele
