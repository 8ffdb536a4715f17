-- Schema 11: proposals that go out and come back (docs/offers-and-proposals.md), and the owner's review
-- rounds.
--
-- `version` is the version being written or last sent. Once a row of proposal_version holds
-- it, that version is frozen: its PDF is what the prospect holds.
ALTER TABLE proposal ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);
ALTER TABLE proposal ADD COLUMN print_changes INTEGER NOT NULL DEFAULT 0
    CHECK (print_changes IN (0, 1));
ALTER TABLE proposal ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE proposal ADD COLUMN approved_at TEXT NOT NULL DEFAULT ''; -- ISO 8601 UTC
-- How a closed proposal ended: won (accepted by, the client's reference) or lost (why).
ALTER TABLE proposal ADD COLUMN outcome_date TEXT NOT NULL DEFAULT '';
ALTER TABLE proposal ADD COLUMN accepted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE proposal ADD COLUMN outcome_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE proposal ADD COLUMN lost_reason TEXT NOT NULL DEFAULT '';

-- A version as it was sent: its PDF, the PDF's SHA-256, and its content in the JSON export's
-- form (so "changes since version N" can compare). A row is never updated: only added when
-- the version is sent, and removed with its proposal (or when sending is undone).
CREATE TABLE proposal_version (
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    sent_at     TEXT NOT NULL,
    valid_until TEXT NOT NULL DEFAULT '',
    pdf         BLOB NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    approved_by TEXT NOT NULL DEFAULT '',
    approved_at TEXT NOT NULL DEFAULT '',
    content     TEXT NOT NULL,
    PRIMARY KEY (proposal_id, version)
) WITHOUT ROWID;

CREATE TRIGGER proposal_version_frozen BEFORE UPDATE ON proposal_version
BEGIN
    SELECT RAISE(ABORT, 'a sent proposal version cannot change');
END;

-- One round of the owner's review: the profiles, chart and offers as they stood (`snapshot`,
-- JSON), the pack printed from them and its SHA-256. Only the sign-off is ever written later.
CREATE TABLE review_round (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    number         INTEGER NOT NULL UNIQUE CHECK (number >= 1),
    name           TEXT NOT NULL,
    started_at     TEXT NOT NULL,
    snapshot       TEXT NOT NULL,
    pdf            BLOB NOT NULL,
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    signed_off_by  TEXT NOT NULL DEFAULT '',
    signed_off_at  TEXT NOT NULL DEFAULT ''
);

CREATE TRIGGER review_round_frozen
BEFORE UPDATE OF uuid, number, name, started_at, snapshot, pdf, sha256 ON review_round
BEGIN
    SELECT RAISE(ABORT, 'a review round cannot change once started');
END;
