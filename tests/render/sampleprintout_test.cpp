#include "clientele/domain/profilefields.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/sampleworkspace.h"
#include "clientele/storage/settingsrepository.h"
#include "clientele/storage/workspacefile.h"

#include "renderfixtures.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace clientele;

// Every word the user wrote reaches the paper, wherever the page breaks fall: the sample's
// profiles printed together cross several breaks, after tables and before new profiles.
TEST_CASE("The whole sample printout holds every field and item of every profile", "[render]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.clientele"));
    REQUIRE(writeSampleWorkspace(path).ok());
    auto file = WorkspaceFile::open(path, WorkspaceFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const auto profiles = ProfileRepository((*file)->database()).all();
    REQUIRE(profiles.size() >= 2);

    const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
    const ProfilePrintout printout(SettingsRepository((*file)->database()).load());
    REQUIRE(exportPdf(printout.document(profiles), pdf).ok());
    const QString text = test::runTool(QStringLiteral("pdftotext"),
                                       {QStringLiteral("-raw"), pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    // Long texts wrap and may hyphenate at their own hyphens, so look for each one's start.
    const auto expect = [&](const QString &written) {
        const QString start = written.simplified().left(28);
        if (start.isEmpty())
            return;
        INFO(start.toStdString());
        CHECK(text.contains(start));
    };
    for (const auto &profile : profiles) {
        for (ProfileField field : allProfileFields())
            if (field != ProfileField::BusinessSize)
                expect(fieldText(profile, field));
        for (ProfileList list : allProfileLists())
            for (const auto &item : listItems(profile, list)) {
                expect(item.text);
                expect(item.detail);
            }
    }
}
