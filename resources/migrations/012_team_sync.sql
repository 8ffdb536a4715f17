-- Schema 12: the workspace's link to a team hub and its change log (docs/architecture.md, "The
-- file's side of sync"). Never a password: libpq finds that in .pgpass or a service file, the
-- app in the desktop keyring.

-- At most one row: the hub this file shares its content through.
CREATE TABLE sync_link (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    hub       TEXT NOT NULL,              -- libpq connection string or URL
    team      TEXT NOT NULL,              -- uuid of the team whose workspace this file shares
    replica   TEXT NOT NULL,              -- uuid of this file among the team's replicas
    author    TEXT NOT NULL DEFAULT '',   -- the hub role this file's changes carry
    pulled    INTEGER NOT NULL DEFAULT 0 CHECK (pulled >= 0), -- hub position pulled up to
    clock     TEXT NOT NULL DEFAULT '',   -- greatest hybrid logical clock issued or taken in
    last_sync TEXT NOT NULL DEFAULT ''    -- ISO 8601 UTC; '' before the first sync ended
);

-- Every change this file made or took in: one field of one item, keyed by change id. Clocks are
-- the sortable text of a hybrid logical clock, so ORDER BY hlc is clock order.
CREATE TABLE sync_change (
    change_id TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,
    item      TEXT NOT NULL,              -- the item's uuid ("settings", "chart" for those)
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,              -- JSON text
    deleted   INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc       TEXT NOT NULL,
    base      TEXT NOT NULL DEFAULT '',   -- the clock of the value it replaced; '' for none
    author    TEXT NOT NULL DEFAULT '',
    replica   TEXT NOT NULL,
    resolves  TEXT NOT NULL DEFAULT '[]', -- JSON array of the change ids it settles
    pushed    INTEGER NOT NULL DEFAULT 0 CHECK (pushed IN (0, 1))
);
CREATE INDEX sync_change_unpushed ON sync_change(hlc) WHERE pushed = 0;
