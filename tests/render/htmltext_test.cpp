#include "clientele/render/documentstyle.h"
#include "clientele/render/htmltext.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("User text is escaped for HTML and keeps its line breaks", "[render]")
{
    CHECK(htmlText(QStringLiteral("<b>Acme</b> & \"Sons\""))
          == QStringLiteral("&lt;b&gt;Acme&lt;/b&gt; &amp; &quot;Sons&quot;"));
    CHECK(htmlText(QStringLiteral("one\r\ntwo\nthree\n"))
          == QStringLiteral("one<br/>two<br/>three"));
    CHECK(htmlParagraphs(QStringLiteral("First <p>\nstill first\n\n  \nSecond"))
          == QStringLiteral("<p>First &lt;p&gt;<br/>still first</p><p>Second</p>"));
    CHECK(htmlParagraphs(QStringLiteral(" \n ")).isEmpty());
}

TEST_CASE("A mistyped or washed-out accent colour falls back to the default", "[render]")
{
    WorkspaceSettings settings;
    settings.accentColor = QStringLiteral("#8b1f3a");
    CHECK(DocumentStyle(settings).accent() == QColor(0x8b, 0x1f, 0x3a));
    CHECK(DocumentStyle(settings).styleSheet().contains(QStringLiteral("#8b1f3a")));
    settings.accentColor = QStringLiteral("not a colour");
    CHECK(DocumentStyle(settings).accent() == QColor(0x1f, 0x5f, 0x8b));
    settings.accentColor = QStringLiteral("#ffffff");
    CHECK(DocumentStyle(settings).accent() == QColor(0x1f, 0x5f, 0x8b));
}
