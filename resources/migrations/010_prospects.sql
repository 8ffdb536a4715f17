-- Schema 10: prospects and their fit against the ideal (docs/fit-score.md).
--
-- A chart attribute's fit choices are NULL until the user makes them; the fit model then uses
-- its defaults (used unless a relationship attribute, importance by the clients' agreement,
-- the ideal's range width as the distance at which a number stops matching).
ALTER TABLE chart_attribute ADD COLUMN fit_used INTEGER CHECK (fit_used IN (0, 1));
ALTER TABLE chart_attribute ADD COLUMN fit_importance TEXT
    CHECK (fit_importance IN ('veryImportant', 'important', 'somewhat', 'notImportant'));
ALTER TABLE chart_attribute ADD COLUMN fit_falloff REAL CHECK (fit_falloff > 0);

-- An exclusion's disqualifier as JSON ({"attribute", "comparison", "value"} or {"keyword"}),
-- '' when the entry carries no rule.
ALTER TABLE profile_item ADD COLUMN rule TEXT NOT NULL DEFAULT '';

CREATE TABLE prospect (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL,
    company      TEXT NOT NULL,
    contact      TEXT NOT NULL DEFAULT '',
    systems      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'new'
                 CHECK (status IN ('new', 'contacted', 'qualified', 'proposalSent', 'won', 'lost',
                                   'notAFit')),
    last_contact TEXT NOT NULL DEFAULT '' -- ISO date, '' when never
);
CREATE UNIQUE INDEX prospect_by_uuid ON prospect(uuid);
CREATE INDEX prospect_by_company ON prospect(company COLLATE NOCASE);

-- A prospect's value for a chart attribute, stored as chart_cell stores a client's.
CREATE TABLE prospect_value (
    prospect_id  INTEGER NOT NULL REFERENCES prospect(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES chart_attribute(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('number', 'money', 'text', 'tags', 'place', 'yesNo')),
    text         TEXT,
    number_min   REAL,
    number_max   REAL,
    money_min    INTEGER,
    money_max    INTEGER,
    currency     TEXT,
    tags         TEXT,
    yes_no       INTEGER CHECK (yes_no IN (0, 1)),
    PRIMARY KEY (prospect_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX prospect_value_by_attribute ON prospect_value(attribute_id);

-- The prospect a proposal was made from; its winning marks the prospect won.
ALTER TABLE proposal ADD COLUMN prospect_id INTEGER REFERENCES prospect(id) ON DELETE SET NULL;
