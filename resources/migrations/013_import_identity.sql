-- Schema 13: imported invoice history travels between the replicas of a team as whole imports
-- (docs/import.md, "Imports that travel"). Every import gets a uuid, given when its row is written
-- and kept wherever the import is carried; existing imports get a random version-4 one here, as
-- schema 8 gave them. SQLite cannot add a UNIQUE column, so a unique index stands in.
ALTER TABLE import ADD COLUMN uuid TEXT;
UPDATE import SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX import_by_uuid ON import(uuid);

-- What each import gave each customer it handled: the spelling of the name it saw first and the
-- details it brought ('' where it gave none). A contacts import gives any detail; an invoice
-- import only the place of the first of the customer's invoices with an address. A customer's
-- row is these records applied oldest import first, so replicas that took in the same imports in
-- another order agree on every customer.
CREATE TABLE import_customer (
    import_id INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    name_key  TEXT NOT NULL,
    name      TEXT NOT NULL,
    email     TEXT NOT NULL DEFAULT '',
    website   TEXT NOT NULL DEFAULT '',
    city      TEXT NOT NULL DEFAULT '',
    region    TEXT NOT NULL DEFAULT '',
    country   TEXT NOT NULL DEFAULT '',
    industry  TEXT NOT NULL DEFAULT '',
    tags      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, name_key)
) WITHOUT ROWID;
CREATE INDEX import_customer_by_name ON import_customer(name_key);

-- Imports made before kept no such record. Every invoice import names the customers of its
-- documents, and each customer's details as they stand now go to one import: the oldest with one
-- of its documents, else the newest contacts import. Applied alone, they give the row as it is.
INSERT INTO import_customer (import_id, name_key, name)
SELECT DISTINCT invoice.import_id, customer.name_key, customer.name
FROM invoice JOIN customer ON customer.id = invoice.customer_id;

INSERT OR REPLACE INTO import_customer
    (import_id, name_key, name, email, website, city, region, country, industry, tags)
SELECT owner, name_key, name, email, website, city, region, country, industry, tags
FROM (SELECT customer.*,
             coalesce((SELECT invoice.import_id FROM invoice
                       JOIN import ON import.id = invoice.import_id
                       WHERE invoice.customer_id = customer.id
                       ORDER BY import.imported_at, import.id LIMIT 1),
                      (SELECT id FROM import WHERE kind = 'contacts'
                       ORDER BY imported_at DESC, id DESC LIMIT 1)) AS owner
      FROM customer)
WHERE owner IS NOT NULL;
