-- Schema 4: offers and the up-sell ladder, retainer terms, assessment deliverables, and
-- proposals with their lines, needs and wants, risks, milestones and benefits.
--
-- Links from offers to profile obstacles and needs hold the item id without a foreign key:
-- profiles rewrite their items (same ids) on every save, which a cascade would take for a
-- deletion. Deleting an obstacle therefore never deletes an offer or its other links; the
-- link simply points at nothing until the deletion is undone. Proposal lines keep a copy of
-- the offer's name and price, so deleting an offer leaves sent proposals as they were.
CREATE TABLE offer (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    kind            TEXT NOT NULL
                    CHECK (kind IN ('assessment', 'project', 'retainer', 'product', 'other')),
    promise         TEXT NOT NULL DEFAULT '',
    price_minor     INTEGER NOT NULL DEFAULT 0 CHECK (price_minor >= 0),
    currency        TEXT NOT NULL DEFAULT '',
    ladder_stage    TEXT CHECK (ladder_stage IN ('entry', 'core', 'continuing')),
    ladder_position INTEGER NOT NULL DEFAULT 0,
    step_to_next    TEXT NOT NULL DEFAULT ''
);

-- Ordered lists of an offer: what is included and excluded, what a retainer fee covers and
-- leaves out, the questions an assessment asks and the findings it hands over.
CREATE TABLE offer_item (
    id       INTEGER PRIMARY KEY,
    offer_id INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    list     TEXT NOT NULL CHECK (list IN ('included', 'excluded', 'feeIncludes', 'feeExcludes',
                                           'questions', 'findings')),
    position INTEGER NOT NULL,
    text     TEXT NOT NULL
);
CREATE INDEX offer_item_by_offer ON offer_item(offer_id, list, position);

CREATE TABLE offer_link (
    offer_id        INTEGER NOT NULL REFERENCES offer(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    profile_item_id INTEGER NOT NULL,
    PRIMARY KEY (offer_id, position)
) WITHOUT ROWID;
CREATE INDEX offer_link_by_item ON offer_link(profile_item_id);

CREATE TABLE retainer_terms (
    offer_id            INTEGER PRIMARY KEY REFERENCES offer(id) ON DELETE CASCADE,
    hours_per_month     INTEGER NOT NULL DEFAULT 0 CHECK (hours_per_month >= 0),
    carry_over          INTEGER NOT NULL DEFAULT 0 CHECK (carry_over IN (0, 1)),
    minimum_term_months INTEGER NOT NULL DEFAULT 0 CHECK (minimum_term_months >= 0),
    notice_days         INTEGER NOT NULL DEFAULT 0 CHECK (notice_days >= 0)
);

CREATE TABLE proposal (
    id                INTEGER PRIMARY KEY,
    number            TEXT NOT NULL UNIQUE,
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'sent', 'accepted', 'declined')),
    company           TEXT NOT NULL DEFAULT '',
    contact           TEXT NOT NULL DEFAULT '',
    staff             INTEGER NOT NULL DEFAULT 0 CHECK (staff >= 0),
    industry          TEXT NOT NULL DEFAULT '',
    current_systems   TEXT NOT NULL DEFAULT '',
    profile_id        INTEGER, -- a profile's id, or NULL; kept when the profile is deleted
    currency          TEXT NOT NULL DEFAULT '',
    issued            TEXT NOT NULL DEFAULT '', -- ISO date
    valid_until       TEXT NOT NULL DEFAULT '',
    style_override    TEXT CHECK (style_override IN ('informal', 'formal')),
    terms             TEXT NOT NULL DEFAULT '',
    next_step         TEXT NOT NULL DEFAULT '',
    executive_summary TEXT NOT NULL DEFAULT ''
);

-- What the prospect needs and what they want, kept apart.
CREATE TABLE proposal_point (
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('need', 'want')),
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (proposal_id, kind, position)
) WITHOUT ROWID;

CREATE TABLE proposal_line (
    proposal_id      INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    offer_id         INTEGER, -- the offer it was copied from, or NULL
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
    unit_price_minor INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_minor >= 0),
    billing          TEXT NOT NULL DEFAULT 'once' CHECK (billing IN ('once', 'monthly')),
    PRIMARY KEY (proposal_id, position)
) WITHOUT ROWID;

CREATE TABLE proposal_risk (
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    risk        TEXT NOT NULL,
    likelihood  TEXT NOT NULL CHECK (likelihood IN ('low', 'medium', 'high')),
    impact      TEXT NOT NULL CHECK (impact IN ('low', 'medium', 'high')),
    mitigation  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (proposal_id, position)
) WITHOUT ROWID;

CREATE TABLE proposal_milestone (
    proposal_id INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    due         TEXT NOT NULL DEFAULT '', -- ISO date, or empty when not yet known
    owner       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (proposal_id, position)
) WITHOUT ROWID;

CREATE TABLE proposal_benefit (
    proposal_id  INTEGER NOT NULL REFERENCES proposal(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    description  TEXT NOT NULL,
    amount_minor INTEGER NOT NULL DEFAULT 0 CHECK (amount_minor >= 0),
    billing      TEXT NOT NULL DEFAULT 'monthly' CHECK (billing IN ('once', 'monthly')),
    PRIMARY KEY (proposal_id, position)
) WITHOUT ROWID;
