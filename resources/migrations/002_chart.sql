-- Schema 2: the Ideal Customer Profile chart — its settings, attributes (rows), clients
-- (columns) and one typed value per entered cell.
--
-- The single `chart` row marks the chart as stored: until it exists (a schema 1 workspace just
-- upgraded) the workspace shows the standard chart, which is written on the first open for
-- writing or the first edit.
CREATE TABLE chart (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    orientation TEXT NOT NULL DEFAULT 'clientsAsColumns'
                CHECK (orientation IN ('clientsAsColumns', 'clientsAsRows')),
    weighting   TEXT NOT NULL DEFAULT 'equal' CHECK (weighting IN ('equal', 'spend', 'loyalty')),
    currency    TEXT NOT NULL DEFAULT 'AUD'
);

CREATE TABLE chart_attribute (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL DEFAULT '', -- a standard attribute's key, '' for the user's own
    label            TEXT NOT NULL,
    type             TEXT NOT NULL
                     CHECK (type IN ('numberOrRange', 'moneyOrRange', 'category', 'tags', 'location',
                                     'years', 'yesNo', 'text')),
    suggested_values TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    notes            TEXT NOT NULL DEFAULT '',
    position         INTEGER NOT NULL
);
CREATE INDEX chart_attribute_by_position ON chart_attribute(position);

CREATE TABLE chart_client (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    is_reference INTEGER NOT NULL DEFAULT 1 CHECK (is_reference IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL
);
CREATE INDEX chart_client_by_position ON chart_client(position);

-- Only entered cells are stored; spend per month and per year derived from each other are not.
-- `kind` says which columns hold the value:
--   number  number_min, number_max            (numbers and years; min = max when exact)
--   money   money_min, money_max, currency    (whole minor units)
--   text    text                              (categories and free text)
--   tags    tags                              (JSON array of strings)
--   place   text (may be ''), number_min      (distance in km, NULL when not given)
--   yesNo   yes_no
CREATE TABLE chart_cell (
    client_id    INTEGER NOT NULL REFERENCES chart_client(id) ON DELETE CASCADE,
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
    PRIMARY KEY (client_id, attribute_id)
) WITHOUT ROWID;
CREATE INDEX chart_cell_by_attribute ON chart_cell(attribute_id);
