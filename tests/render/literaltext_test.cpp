// User text that looks like SQL or markup, and text in other scripts, goes through the whole
// path (an edit in the open workspace, the file, a reopen, the JSON export and the printed PDF)
// and comes out exactly as it was typed: never run, never interpreted, no glyph dropped.

#include "clientele/core/profilestore.h"
#include "clientele/core/workspace.h"
#include "clientele/render/pdfexport.h"
#include "clientele/render/profileprintout.h"
#include "clientele/storage/workspacejson.h"

#include "renderfixtures.h"

#include <SQLiteCpp/Database.h>
#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clientele;

namespace {

const QString kSql = QStringLiteral("'); DROP TABLE profile; --");
const QString kMarkup = QStringLiteral("<b>Acme</b> & Sons");
const QString kScript = QStringLiteral("<script>alert(\"x\")</script> &amp; &lt;i&gt;");
const QString kGreek = QStringLiteral("Καλημέρα κόσμε, ο ιδανικός πελάτης");
const QString kCzech = QStringLiteral("Příliš žluťoučký kůň úpěl ďábelské ódy");
const QString kChinese = QStringLiteral("理想客户的画像与痛点");
const QString kArabic = QStringLiteral("العميل المثالي");

// Every text the test stores, where it goes, and so what must come back.
struct Placed {
    ProfileField field;
    QString text;
};

const QList<Placed> kFirst{{ProfileField::Name, kSql},       {ProfileField::Customer, kMarkup},
                           {ProfileField::Person, kGreek},   {ProfileField::Company, kCzech},
                           {ProfileField::Utopia, kChinese}, {ProfileField::Notes, kArabic}};
const QList<Placed> kSecond{{ProfileField::Name, kMarkup},
                            {ProfileField::Customer, kSql},
                            {ProfileField::Industry, kChinese},
                            {ProfileField::Psychographics, kScript}};

void fill(Workspace &workspace, const QList<Placed> &placed)
{
    const qint64 id = workspace.profiles()->add(placed.front().text);
    for (const Placed &p : placed.mid(1))
        REQUIRE(workspace.profiles()->setField(id, p.field, p.text).ok());
    workspace.profiles()->insertListItem(id, ProfileList::Obstacles, 0, {0, kScript, {}});
    workspace.profiles()->insertListItem(id, ProfileList::Exclusions, 0, {0, kSql, kMarkup});
}

const CustomerProfile &named(const QList<CustomerProfile> &profiles, const QString &name)
{
    for (const CustomerProfile &profile : profiles)
        if (profile.name == name)
            return profile;
    FAIL("no profile is named " << name.toStdString());
    return profiles.front();
}

void requireKept(const CustomerProfile &profile, const QList<Placed> &placed)
{
    for (const Placed &p : placed)
        CHECK(fieldText(profile, p.field) == p.text);
    REQUIRE(profile.obstacles.size() == 1);
    CHECK(profile.obstacles.front().text == kScript);
    REQUIRE(profile.exclusions.size() == 1);
    CHECK(profile.exclusions.front().text == kSql);
    CHECK(profile.exclusions.front().detail == kMarkup);
}

} // namespace

TEST_CASE("Text that looks like SQL or markup, in any script, is kept and printed literally",
          "[render][literal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("literal.clientele"));
    {
        auto created = Workspace::create(path);
        REQUIRE(created.ok());
        fill(**created, kFirst);
        fill(**created, kSecond);
    }

    auto reopened = Workspace::open(path);
    REQUIRE(reopened.ok());
    Workspace &workspace = **reopened;
    const QList<CustomerProfile> profiles = workspace.profiles()->all();
    REQUIRE(profiles.size() == 2);
    requireKept(named(profiles, kSql), kFirst);
    requireKept(named(profiles, kMarkup), kSecond);
    CHECK(workspace.file().problems().isEmpty());

    // The JSON export holds the same strings, unescaped once parsed.
    const auto json = exportWorkspaceJson(workspace.file());
    REQUIRE(json.ok());
    const QJsonArray exported = QJsonDocument::fromJson(QByteArray::fromStdString(*json))
                                    .object()
                                    .value(QStringLiteral("profiles"))
                                    .toArray();
    QStringList names;
    for (const auto &profile : exported)
        names << profile.toObject().value(QStringLiteral("name")).toString();
    CHECK(names.contains(kSql));
    CHECK(names.contains(kMarkup));
    // Written as UTF-8, not \u escapes; only the quotes in the script text are escaped.
    const QString raw = QString::fromStdString(*json);
    for (const QString &text : {kGreek, kCzech, kChinese, kArabic, kMarkup, kSql})
        CHECK(raw.contains(text));
    CHECK(raw.contains(QString(kScript).replace(u'"', QStringLiteral("\\\""))));

    // The printout shows each text as typed, in every script.
    const QString pdf = dir.filePath(QStringLiteral("literal.pdf"));
    const ProfilePrintout printout(workspace.settings());
    REQUIRE(exportPdf(printout.document(profiles), pdf).ok());
    const QString text = test::runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    REQUIRE_FALSE(text.isEmpty());
    for (const QString &typed : {kSql, kMarkup, kScript, kGreek, kCzech, kChinese, kArabic}) {
        INFO(typed.toStdString());
        CHECK(text.contains(typed));
    }
    CHECK_FALSE(text.contains(QStringLiteral("&amp;amp;")));

    // DejaVu has no Chinese: the named fallback font carries it, embedded like every font.
    const QStringList fonts =
        test::runTool(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    INFO(fonts.join(u'\n').toStdString());
    CHECK(fonts.filter(QStringLiteral("WenQuanYi")).size() == 1);
    for (const QString &font : fonts)
        CHECK(font.contains(QStringLiteral(" yes ")));
}
