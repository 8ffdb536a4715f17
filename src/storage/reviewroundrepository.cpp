#include "clientele/storage/reviewroundrepository.h"

#include "clientele/storage/chartrepository.h"
#include "clientele/storage/offerrepository.h"
#include "clientele/storage/profilerepository.h"
#include "clientele/storage/workspacefile.h"
#include "clientele/storage/workspacejson.h"
#include "jsonsection.h"
#include "rowidentity.h"
#include "sqltext.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QCoreApplication>
#include <QTemporaryDir>

namespace clientele {

namespace {

// The sections a round freezes; the prospects section is required by an import, so it goes
// along empty.
const QStringList kSnapshotSections = {QStringLiteral("settings"), QStringLiteral("profiles"),
                                       QStringLiteral("chart"), QStringLiteral("offers")};

} // namespace

QList<ReviewRound> ReviewRoundRepository::all() const
{
    QList<ReviewRound> rounds;
    SQLite::Statement query(m_db, "SELECT id, uuid, number, name, started_at, snapshot, pdf, "
                                  "sha256, signed_off_by, signed_off_at FROM review_round "
                                  "ORDER BY number");
    while (query.executeStep()) {
        ReviewRound round;
        round.id = query.getColumn(0).getInt64();
        round.uuid = sql::uuidFrom(query.getColumn(1));
        round.number = query.getColumn(2).getInt();
        round.name = sql::text(query.getColumn(3));
        round.startedAt = sql::timestampFrom(query.getColumn(4));
        round.snapshotData = QByteArray::fromStdString(query.getColumn(5).getString());
        round.pdf = sql::bytes(query.getColumn(6));
        round.sha256 = sql::text(query.getColumn(7));
        round.signedOffBy = sql::text(query.getColumn(8));
        round.signedOffAt = sql::timestampFrom(query.getColumn(9));
        rounds.append(round);
    }
    return rounds;
}

ReviewRound ReviewRoundRepository::save(const ReviewRound &input)
{
    ReviewRound round = input;
    const std::string signedOffAt =
        round.signedOffAt.isValid() ? sql::timestamp(round.signedOffAt) : std::string();
    if (round.id > 0) {
        // Only the sign-off: the file refuses any other change to a round.
        SQLite::Statement update(m_db, "UPDATE review_round SET signed_off_by = ?, "
                                       "signed_off_at = ? WHERE id = ?");
        update.bind(1, sql::utf8(round.signedOffBy));
        update.bind(2, signedOffAt);
        update.bind(3, static_cast<int64_t>(round.id));
        if (update.exec() == 1)
            return round;
    }
    SQLite::Statement insert(m_db, "INSERT INTO review_round(id, uuid, number, name, started_at, "
                                   "snapshot, pdf, sha256, signed_off_by, signed_off_at) "
                                   "VALUES(?,?,?,?,?,?,?,?,?,?)");
    if (round.id > 0)
        insert.bind(1, static_cast<int64_t>(round.id));
    else
        insert.bind(1);
    round.uuid = sql::uuidForNewRow(m_db, "review_round", round.uuid);
    insert.bind(2, sql::uuidText(round.uuid));
    insert.bind(3, round.number);
    insert.bind(4, sql::utf8(round.name));
    insert.bind(5, sql::timestamp(round.startedAt));
    insert.bind(6, round.snapshotData.toStdString());
    insert.bind(7, round.pdf.constData(), static_cast<int>(round.pdf.size()));
    insert.bind(8, sql::utf8(round.sha256));
    insert.bind(9, sql::utf8(round.signedOffBy));
    insert.bind(10, signedOffAt);
    insert.exec();
    if (round.id <= 0)
        round.id = m_db.getLastInsertRowid();
    return round;
}

void ReviewRoundRepository::remove(qint64 id)
{
    SQLite::Statement erase(m_db, "DELETE FROM review_round WHERE id = ?");
    erase.bind(1, static_cast<int64_t>(id));
    erase.exec();
}

void ReviewRoundRepository::removeAll()
{
    m_db.exec("DELETE FROM review_round");
}

QByteArray ReviewRoundRepository::currentSnapshotData() const
{
    nlohmann::ordered_json root;
    root["format"] = kWorkspaceJsonFormat;
    root["formatVersion"] = kWorkspaceJsonFormatVersion;
    for (const JsonSection &section : workspaceJsonSections()) {
        if (kSnapshotSections.contains(section.key))
            root[section.key.toStdString()] = section.toJson(m_db);
        else if (!section.optional)
            root[section.key.toStdString()] = nlohmann::ordered_json::array();
    }
    return QByteArray::fromStdString(
        root.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// Read through a scratch workspace, so the snapshot is checked and read exactly as an import.
Result<ReviewSnapshot> reviewSnapshotFrom(const QByteArray &data)
{
    QTemporaryDir dir;
    auto file = WorkspaceFile::create(dir.filePath(QStringLiteral("round.clientele")));
    if (!file)
        return file.error();
    const QString source =
        QCoreApplication::translate("clientele::ReviewRound", "the review round's snapshot");
    if (Status imported = importWorkspaceJson(**file, data, source); !imported)
        return imported.error();
    try {
        SQLite::Database &db = (*file)->database();
        return ReviewSnapshot{ProfileRepository(db).all(), ChartRepository(db).load(),
                              OfferRepository(db).all()};
    } catch (const std::exception &e) {
        return Error{QStringLiteral("%1: %2").arg(source, QString::fromUtf8(e.what()))};
    }
}

} // namespace clientele
