#include "guifixture.h"

#include <QLineEdit>
#include <QToolButton>

using namespace clientele;

TEST_CASE("A search field shows its clear button with text, and the button clears it",
          "[gui][search]")
{
    GuiFixture f;
    auto *search = childOf<QLineEdit>(f.window.page<ProfilesPage>(), QStringLiteral("searchField"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("own"));
    CHECK(search->isClearButtonEnabled());
    // The button fades in; it sits at the trailing end, the search icon at the leading one.
    QTest::qWait(400);
    QToolButton *clear = nullptr;
    for (auto *button : search->findChildren<QToolButton *>())
        if (button->geometry().x() > search->width() / 2)
            clear = button;
    REQUIRE(clear != nullptr);
    CHECK(clear->property("opacity").toDouble() > 0.9);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(search->text().isEmpty());
}
