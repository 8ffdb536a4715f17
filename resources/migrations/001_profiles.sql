-- Schema 1: workspace settings and customer profiles with their ordered lists.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE profile (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    customer       TEXT NOT NULL DEFAULT '',
    demographics   TEXT NOT NULL DEFAULT '',
    psychographics TEXT NOT NULL DEFAULT '',
    industry       TEXT NOT NULL DEFAULT '',
    staff_min      INTEGER NOT NULL DEFAULT 0,
    staff_max      INTEGER NOT NULL DEFAULT 0,
    business_type  TEXT NOT NULL DEFAULT '',
    person         TEXT NOT NULL DEFAULT '',
    company        TEXT NOT NULL DEFAULT '',
    industry_layer TEXT NOT NULL DEFAULT '',
    utopia         TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created        TEXT NOT NULL,
    updated        TEXT NOT NULL,
    CHECK (staff_min >= 0 AND staff_max >= staff_min)
);

CREATE TABLE profile_item (
    id         INTEGER PRIMARY KEY,
    profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
    list       TEXT NOT NULL
               CHECK (list IN ('technographics', 'obstacles', 'needs', 'wants', 'exclusions')),
    position   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX profile_item_by_profile ON profile_item(profile_id, list, position);
