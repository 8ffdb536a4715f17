#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"

#include "renderfixtures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace clientele;

namespace {

// The PDF's text as a reader would copy it: ligatures spelt out, runs of space as one.
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    // Content-stream order keeps side-by-side columns apart.
    arguments << QStringLiteral("-raw") << path << QStringLiteral("-");
    return test::runTool(QStringLiteral("pdftotext"), arguments)
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QString pdfInfo(const QString &path, const QString &key)
{
    const QString info = test::runTool(QStringLiteral("pdfinfo"), {path});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

QString exported(const QTemporaryDir &dir, const PagedDocument &document)
{
    const QString path = dir.filePath(QStringLiteral("printout.pdf"));
    const Status status = exportPdf(document, path);
    INFO(status.errorMessage().toStdString());
    REQUIRE(status.ok());
    return path;
}

CustomerProfile namedProfile(const QString &name, const QString &customer)
{
    CustomerProfile profile;
    profile.name = name;
    profile.segment.customer = customer;
    return profile;
}

} // namespace

TEST_CASE("A full profile prints every field under the consultancy's header", "[render]")
{
    QTemporaryDir dir;
    const CustomerProfile profile = test::swampedOwnerProfile();
    const QString path =
        exported(dir, ProfilePrintout(test::consultancySettings()).document(profile));
    const QString text = pdfText(path);

    QStringList expected = {
        profile.name,
        QStringLiteral("Ledgerline Integration Services"),
        QStringLiteral("updated 12 March 2025"),
        profile.segment.customer,
        profile.segment.demographics,
        profile.segment.psychographics,
        profile.segment.industry,
        QStringLiteral("5–200 staff"),
        profile.segment.businessType,
        QStringLiteral("Xero or Odoo, a patchwork of small add-on apps"),
        profile.person,
        profile.company,
        profile.industryLayer,
        profile.utopia,
        profile.notes,
    };
    for (const auto *list :
         {&profile.obstacles, &profile.needs, &profile.wants, &profile.exclusions})
        for (const ProfileItem &item : *list)
            expected << item.text << item.detail;
    for (const QString &value : expected) {
        INFO(value.toStdString());
        CHECK(text.contains(value.simplified()));
    }
    for (const char *heading : {"Segment", "The person", "The company", "The industry", "Utopia",
                                "Obstacles", "Needs", "Wants", "Not our customer", "Notes"})
        CHECK(text.contains(QLatin1String(heading)));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("A typical profile fills one or two pages and names its author", "[render]")
{
    QTemporaryDir dir;
    const QString path = exported(
        dir, ProfilePrintout(test::consultancySettings()).document(test::swampedOwnerProfile()));

    CHECK(pdfInfo(path, QStringLiteral("Title")) == test::swampedOwnerProfile().name);
    CHECK(pdfInfo(path, QStringLiteral("Author"))
          == QStringLiteral("Ledgerline Integration Services"));
    CHECK(pdfInfo(path, QStringLiteral("Subject")) == QStringLiteral("Customer profile"));
    const int pages = pdfInfo(path, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 1);
    CHECK(pages <= 2);
    CHECK(pdfInfo(path, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    CHECK(pdfText(path, pages).contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_CASE("Text the user typed prints literally, with its line breaks", "[render]")
{
    CustomerProfile profile = namedProfile(QStringLiteral("<b>Acme</b> & Sons"),
                                           QStringLiteral("Firms where 1 < 2 && \"quotes\" stay"));
    profile.notes = QStringLiteral("First line of the note\nSecond line of the note");
    profile.obstacles = test::items({QStringLiteral("<i>not italic</i> %1 %2")});

    QTemporaryDir dir;
    const QString path =
        exported(dir, ProfilePrintout(test::consultancySettings()).document(profile));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("<b>Acme</b> & Sons")));
    CHECK(text.contains(QStringLiteral("Firms where 1 < 2 && \"quotes\" stay")));
    CHECK(text.contains(QStringLiteral("<i>not italic</i> %1 %2")));
    CHECK(pdfInfo(path, QStringLiteral("Title")) == QStringLiteral("<b>Acme</b> & Sons"));

    // Only the unsimplified text shows where lines end.
    const QString lines = test::runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    CHECK(lines.contains(QStringLiteral("First line of the note\nSecond line of the note")));
}

TEST_CASE("Empty sections are left out of the printout", "[render]")
{
    CustomerProfile profile = namedProfile(QStringLiteral("Sparse profile"), QString());
    profile.obstacles = test::items({QStringLiteral("Cash flow"), QStringLiteral("   ")});
    profile.wants = test::items({QStringLiteral("More hours in the day")});
    profile.person = QStringLiteral("  \n ");

    const ProfileSheet sheet = ProfileSheet::from(profile);
    CHECK(sheet.segment.isEmpty());
    REQUIRE(sheet.sections.size() == 2);
    CHECK(sheet.sections[0].heading == QStringLiteral("Obstacles"));
    CHECK(sheet.sections[0].lists.first().items.size() == 1);
    CHECK(sheet.sections[1].heading == QStringLiteral("Wants"));

    QTemporaryDir dir;
    const QString text =
        pdfText(exported(dir, ProfilePrintout(test::consultancySettings()).document(profile)));
    CHECK(text.contains(QStringLiteral("Cash flow")));
    CHECK(text.contains(QStringLiteral("More hours in the day")));
    for (const char *absent : {"Segment", "The person", "Utopia", "Needs", "Not our customer"})
        CHECK_FALSE(text.contains(QLatin1String(absent)));
}

TEST_CASE("Each profile of a list starts on a page of its own", "[render]")
{
    const QList<CustomerProfile> profiles = {
        namedProfile(QStringLiteral("First profile"), QStringLiteral("Owners of workshops")),
        namedProfile(QStringLiteral("Second profile"), QStringLiteral("Installers of pumps")),
        namedProfile(QStringLiteral("Third profile"), QStringLiteral("Weighbridge services")),
    };
    QTemporaryDir dir;
    const QString path =
        exported(dir, ProfilePrintout(test::consultancySettings()).document(profiles));

    REQUIRE(pdfInfo(path, QStringLiteral("Pages")).toInt() >= 3);
    for (int page = 1; page <= 3; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page << ": " << text.toStdString());
        CHECK(text.startsWith(QStringLiteral("Ledgerline Integration Services ")
                              + profiles[page - 1].name));
        CHECK(text.contains(profiles[page - 1].segment.customer));
    }
}

TEST_CASE("Letter paper is used when the workspace asks for it", "[render]")
{
    WorkspaceSettings settings = test::consultancySettings();
    settings.pageSize = QStringLiteral("Letter");
    QTemporaryDir dir;
    const QString path =
        exported(dir, ProfilePrintout(settings).document(test::swampedOwnerProfile()));
    CHECK(pdfInfo(path, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
}

TEST_CASE("An export that cannot be written says where and leaves nothing behind", "[render]")
{
    QTemporaryDir dir;
    // A path below a regular file can be written by nobody, root included.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = dir.filePath(QStringLiteral("not-a-folder/printout.pdf"));

    const Status status = exportPdf(
        ProfilePrintout(test::consultancySettings()).document(test::swampedOwnerProfile()), path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.errorMessage().contains(QStringLiteral("printout.pdf")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
          == QStringList{QStringLiteral("not-a-folder")});
}
