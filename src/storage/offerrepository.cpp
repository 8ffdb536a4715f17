#include "clientele/storage/offerrepository.h"

#include "sqltext.h"

#include "rowidentity.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace clientele {

namespace {

constexpr const char *kSelectOffer =
    "SELECT id, name, kind, promise, price_minor, currency, ladder_stage, ladder_position, "
    "step_to_next, uuid FROM offer";

Offer readOffer(SQLite::Statement &row)
{
    Offer offer;
    offer.id = row.getColumn(0).getInt64();
    offer.name = sql::text(row.getColumn(1));
    offer.kind = offerKindFromKey(sql::text(row.getColumn(2))).value_or(OfferKind::Other);
    offer.promise = sql::text(row.getColumn(3));
    offer.price = Money(row.getColumn(4).getInt64(), sql::text(row.getColumn(5)));
    if (!row.getColumn(6).isNull()) {
        LadderPlace place;
        place.stage = ladderStageFromKey(sql::text(row.getColumn(6))).value_or(LadderStage::Entry);
        place.position = row.getColumn(7).getInt();
        place.stepToNext = sql::text(row.getColumn(8));
        offer.ladder = place;
    }
    offer.uuid = sql::uuidFrom(row.getColumn(9));
    return offer;
}

} // namespace

QList<Offer> OfferRepository::all() const
{
    QList<Offer> offers;
    SQLite::Statement query(m_db, std::string(kSelectOffer) + " ORDER BY id");
    while (query.executeStep())
        offers.append(readOffer(query));
    for (Offer &offer : offers)
        loadParts(offer);
    return offers;
}

std::optional<Offer> OfferRepository::find(qint64 id) const
{
    SQLite::Statement query(m_db, std::string(kSelectOffer) + " WHERE id = ?");
    query.bind(1, static_cast<int64_t>(id));
    if (!query.executeStep())
        return std::nullopt;
    Offer offer = readOffer(query);
    loadParts(offer);
    return offer;
}

int OfferRepository::count() const
{
    return m_db.execAndGet("SELECT count(*) FROM offer").getInt();
}

void OfferRepository::loadParts(Offer &offer) const
{
    SQLite::Statement items(m_db, "SELECT list, text FROM offer_item WHERE offer_id = ? "
                                  "ORDER BY list, position");
    items.bind(1, static_cast<int64_t>(offer.id));
    while (items.executeStep()) {
        const QString key = sql::text(items.getColumn(0));
        for (OfferList list : allOfferLists())
            if (offerListKey(list) == key)
                offerList(offer, list).append(sql::text(items.getColumn(1)));
    }

    SQLite::Statement links(m_db, "SELECT profile_item_id FROM offer_link WHERE offer_id = ? "
                                  "ORDER BY position");
    links.bind(1, static_cast<int64_t>(offer.id));
    while (links.executeStep())
        offer.answers.append(links.getColumn(0).getInt64());

    SQLite::Statement terms(m_db, "SELECT hours_per_month, carry_over, minimum_term_months, "
                                  "notice_days FROM retainer_terms WHERE offer_id = ?");
    terms.bind(1, static_cast<int64_t>(offer.id));
    if (terms.executeStep()) {
        offer.retainer.hoursPerMonth = terms.getColumn(0).getInt();
        offer.retainer.unusedHoursCarryOver = terms.getColumn(1).getInt() != 0;
        offer.retainer.minimumTermMonths = terms.getColumn(2).getInt();
        offer.retainer.noticeDays = terms.getColumn(3).getInt();
    }
    offer = normalisedOffer(offer);
}

Offer OfferRepository::save(const Offer &input)
{
    Offer offer = normalisedOffer(input);
    SQLite::Statement upsert(
        m_db, "INSERT INTO offer(id, name, kind, promise, price_minor, currency, ladder_stage, "
              "ladder_position, step_to_next, uuid) VALUES(?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT(id) DO UPDATE SET name=excluded.name, kind=excluded.kind, "
              "promise=excluded.promise, price_minor=excluded.price_minor, "
              "currency=excluded.currency, ladder_stage=excluded.ladder_stage, "
              "ladder_position=excluded.ladder_position, step_to_next=excluded.step_to_next, "
              "uuid=coalesce(offer.uuid, excluded.uuid)");
    if (offer.id > 0)
        upsert.bind(1, static_cast<int64_t>(offer.id));
    else
        upsert.bind(1);
    upsert.bind(2, sql::utf8(offer.name));
    upsert.bind(3, sql::utf8(offerKindKey(offer.kind)));
    upsert.bind(4, sql::utf8(offer.promise));
    upsert.bind(5, static_cast<int64_t>(offer.price.minorUnits()));
    upsert.bind(6, sql::utf8(offer.price.currency()));
    if (offer.ladder) {
        upsert.bind(7, sql::utf8(ladderStageKey(offer.ladder->stage)));
        upsert.bind(8, offer.ladder->position);
        upsert.bind(9, sql::utf8(offer.ladder->stepToNext));
    } else {
        upsert.bind(7);
        upsert.bind(8, 0);
        upsert.bind(9, std::string());
    }
    // A stored offer keeps the uuid it was stored with; a new one takes this.
    upsert.bind(10, sql::uuidText(sql::uuidForNewRow(m_db, "offer", offer.uuid)));
    upsert.exec();
    if (offer.id <= 0)
        offer.id = m_db.getLastInsertRowid();
    offer.uuid = sql::storedUuid(m_db, "offer", offer.id);

    // The parts are rewritten whole: they are short, and one offer is one undo step.
    for (const char *table : {"offer_item", "offer_link", "retainer_terms"}) {
        SQLite::Statement clear(m_db, std::string("DELETE FROM ") + table + " WHERE offer_id = ?");
        clear.bind(1, static_cast<int64_t>(offer.id));
        clear.exec();
    }
    SQLite::Statement item(m_db, "INSERT INTO offer_item(offer_id, list, position, text) "
                                 "VALUES(?,?,?,?)");
    for (OfferList list : allOfferLists()) {
        const QStringList &texts = offerList(offer, list);
        for (int position = 0; position < texts.size(); ++position) {
            item.reset();
            item.bind(1, static_cast<int64_t>(offer.id));
            item.bind(2, sql::utf8(offerListKey(list)));
            item.bind(3, position);
            item.bind(4, sql::utf8(texts.at(position)));
            item.exec();
        }
    }
    SQLite::Statement link(m_db, "INSERT INTO offer_link(offer_id, position, profile_item_id) "
                                 "VALUES(?,?,?)");
    for (int position = 0; position < offer.answers.size(); ++position) {
        link.reset();
        link.bind(1, static_cast<int64_t>(offer.id));
        link.bind(2, position);
        link.bind(3, static_cast<int64_t>(offer.answers.at(position)));
        link.exec();
    }
    if (offer.kind == OfferKind::MonthlyRetainer) {
        SQLite::Statement terms(m_db, "INSERT INTO retainer_terms(offer_id, hours_per_month, "
                                      "carry_over, minimum_term_months, notice_days) "
                                      "VALUES(?,?,?,?,?)");
        terms.bind(1, static_cast<int64_t>(offer.id));
        terms.bind(2, offer.retainer.hoursPerMonth);
        terms.bind(3, offer.retainer.unusedHoursCarryOver ? 1 : 0);
        terms.bind(4, offer.retainer.minimumTermMonths);
        terms.bind(5, offer.retainer.noticeDays);
        terms.exec();
    }
    return offer;
}

void OfferRepository::remove(qint64 id)
{
    SQLite::Statement erase(m_db, "DELETE FROM offer WHERE id = ?");
    erase.bind(1, static_cast<int64_t>(id));
    erase.exec();
}

void OfferRepository::removeAll()
{
    m_db.exec("DELETE FROM offer");
}

} // namespace clientele
