// Pictures of the pages with tables at the smallest, a common and a large window size, to look
// at how the columns share the width.
// Hidden from the normal run: CLIENTELE_SHOTS=DIR clientele_gui_tests "[.screenshots]"

#include "guifixture.h"

#include "clientele/gui/customerspage.h"
#include "clientele/gui/fileactions.h"
#include "clientele/gui/offerspage.h"
#include "clientele/gui/proposalspage.h"

#include <QDir>

using namespace clientele;

namespace {

template <typename Page> void shoot(MainWindow &window, const QString &name)
{
    REQUIRE(window.showPage<Page>() != nullptr);
    QTest::qWait(50);
    const QString folder = qEnvironmentVariable("CLIENTELE_SHOTS", QDir::tempPath());
    REQUIRE(window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}

} // namespace

TEST_CASE("Screenshots of the tables at three window sizes", "[.screenshots]")
{
    for (const QSize size : {QSize(1024, 700), QSize(1280, 800), QSize(1920, 1080)}) {
        MainWindow window;
        REQUIRE(window.fileActions()->openSample());
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        const QString suffix = QStringLiteral("-%1").arg(size.width());
        shoot<CustomersPage>(window, QStringLiteral("customers") + suffix);
        shoot<OffersPage>(window, QStringLiteral("offers") + suffix);
        shoot<ProposalsPage>(window, QStringLiteral("proposals") + suffix);
        shoot<ProfilesPage>(window, QStringLiteral("profiles") + suffix);
    }
}
