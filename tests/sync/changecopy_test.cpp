#include "clientele/sync/changecopy.h"

#include <QByteArrayList>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("Changes go to COPY with backslashes, tabs and line breaks escaped", "[sync][hub]")
{
    SyncChange edit;
    edit.changeId = QStringLiteral("00000000-0000-4000-8000-000000000001");
    edit.kind = QStringLiteral("profile");
    edit.itemUuid = QStringLiteral("item-1");
    edit.field = QStringLiteral("name");
    edit.value = QStringLiteral("a\\b\tc\nd\re");
    edit.hlc = {1765000000000, 42, QStringLiteral("r1")};
    edit.author = QStringLiteral("not sent: the hub sets it");
    edit.replica = QStringLiteral("r1");
    edit.resolves = {QStringLiteral("x\"y"), QStringLiteral("p\\q")};

    SyncChange tombstone;
    tombstone.changeId = QStringLiteral("00000000-0000-4000-8000-000000000002");
    tombstone.kind = QStringLiteral("offer");
    tombstone.itemUuid = QStringLiteral("item-2");
    tombstone.field = QStringLiteral("@presence");
    tombstone.value = QStringLiteral("\"Zürich\"");
    tombstone.deleted = true;
    tombstone.hlc = {2000, 0, QStringLiteral("r2")};
    tombstone.base = {1000, 1, QStringLiteral("r1")};
    tombstone.replica = QStringLiteral("r2");

    const QByteArray first = QByteArrayList{"41",
                                            "00000000-0000-4000-8000-000000000001",
                                            "profile",
                                            "item-1",
                                            "name",
                                            R"(a\\b\tc\nd\re)",
                                            "f",
                                            "000001765000000000-0000002a-r1",
                                            R"(\N)",
                                            "r1",
                                            R"({"x\\"y","p\\\\q"})"}
                                 .join('\t');
    const QByteArray second = QByteArrayList{"42",
                                             "00000000-0000-4000-8000-000000000002",
                                             "offer",
                                             "item-2",
                                             "@presence",
                                             "\"Z\xc3\xbcrich\"",
                                             "t",
                                             "000000000000002000-00000000-r2",
                                             "000000000000001000-00000001-r1",
                                             "r2",
                                             "{}"}
                                  .join('\t');
    CHECK(changeCopyRows({edit, tombstone}, 41) == first + '\n' + second + '\n');
    CHECK(changeCopyRows({}, 1).isEmpty());
}
