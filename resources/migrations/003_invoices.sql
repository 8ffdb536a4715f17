-- Schema 3: customers, invoices and their lines imported from accounting exports, the imports
-- themselves, and the column mappings users chose for unrecognised files. Money is integer
-- minor units; dates are ISO yyyy-mm-dd text. See docs/import.md and docs/metrics.md.

CREATE TABLE import (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('invoices', 'contacts')),
    file_name        TEXT NOT NULL,
    header_signature TEXT NOT NULL,
    format           TEXT NOT NULL,
    date_order       TEXT NOT NULL DEFAULT '',
    imported_at      TEXT NOT NULL,
    records          INTEGER NOT NULL DEFAULT 0, -- data records read
    added            INTEGER NOT NULL DEFAULT 0, -- lines (or contacts) stored
    already_present  INTEGER NOT NULL DEFAULT 0, -- lines (or contacts) an earlier import stored
    skipped          INTEGER NOT NULL DEFAULT 0  -- lines that could not be read
);

-- One customer per name, whatever its case ("ACME Ltd" is "Acme Ltd"): name_key is the
-- case-folded, whitespace-simplified name.
CREATE TABLE customer (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    email    TEXT NOT NULL DEFAULT '',
    website  TEXT NOT NULL DEFAULT '',
    city     TEXT NOT NULL DEFAULT '',
    region   TEXT NOT NULL DEFAULT '',
    country  TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    tags     TEXT NOT NULL DEFAULT '' -- comma-separated
);

-- One invoice, credit note or other document. doc_key makes a re-import find what it stored
-- before: "<format>|<number>|<kind>" for numbered documents, a hash of the content for the
-- rest (overpayments, draft "/" numbers, mapped files without numbers).
CREATE TABLE invoice (
    id               INTEGER PRIMARY KEY,
    doc_key          TEXT NOT NULL UNIQUE,
    customer_id      INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    number           TEXT NOT NULL DEFAULT '',
    kind             TEXT NOT NULL CHECK (kind IN ('invoice', 'credit', 'other')),
    status           TEXT NOT NULL DEFAULT '',
    date             TEXT,          -- yyyy-mm-dd; NULL when the file gave none
    net              INTEGER NOT NULL, -- sum of the lines; negative for credit notes
    tax              INTEGER,       -- the invoice's tax as the file gave it
    total            INTEGER,       -- the invoice's total as the file gave it
    net_includes_tax INTEGER NOT NULL DEFAULT 0,
    currency         TEXT NOT NULL DEFAULT '',
    counts_as_sale   INTEGER NOT NULL CHECK (counts_as_sale IN (0, 1)),
    not_sale_reason  TEXT NOT NULL DEFAULT '',
    import_id        INTEGER NOT NULL REFERENCES import(id)
);
CREATE INDEX invoice_by_customer ON invoice(customer_id);

-- Clustered by invoice: an import appends lines in key order, and an invoice's lines are
-- read together without a separate index.
CREATE TABLE invoice_line (
    invoice_id  INTEGER NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL, -- 1, 2, ... within the invoice
    source_line INTEGER NOT NULL DEFAULT 0,
    item_code   TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    net         INTEGER NOT NULL,
    PRIMARY KEY (invoice_id, position)
) WITHOUT ROWID;

-- The metrics of docs/metrics.md per customer, refreshed at the end of every import so that the
-- Customers view reads one row per customer and sorts through an index.
CREATE TABLE customer_summary (
    customer_id    INTEGER PRIMARY KEY REFERENCES customer(id) ON DELETE CASCADE,
    currency       TEXT NOT NULL DEFAULT '',
    first_invoice  TEXT,
    last_invoice   TEXT,
    tenure_days    INTEGER NOT NULL DEFAULT 0,
    invoices       INTEGER NOT NULL DEFAULT 0,
    credit_notes   INTEGER NOT NULL DEFAULT 0,
    net_spend      INTEGER NOT NULL DEFAULT 0,
    months_spanned INTEGER NOT NULL DEFAULT 0,
    per_month      INTEGER NOT NULL DEFAULT 0,
    per_year       INTEGER NOT NULL DEFAULT 0,
    loyalty        INTEGER NOT NULL DEFAULT 0, -- 0-100
    purchases      TEXT NOT NULL DEFAULT '' -- top items by amount, one per line
);
CREATE INDEX customer_summary_by_spend ON customer_summary(net_spend, customer_id);
CREATE INDEX customer_summary_by_tenure ON customer_summary(tenure_days, net_spend, customer_id);
CREATE INDEX customer_summary_by_loyalty ON customer_summary(loyalty, net_spend, customer_id);
CREATE INDEX customer_summary_by_month ON customer_summary(per_month, customer_id);
CREATE INDEX customer_by_name ON customer(name COLLATE NOCASE, id);

-- The mapping a user chose for a header row, found again by headerSignature().
CREATE TABLE column_mapping (
    header_signature TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('invoices', 'contacts')),
    mapping          TEXT NOT NULL, -- ColumnMapping::toJson()
    updated          TEXT NOT NULL
) WITHOUT ROWID;
