-- Hub schema 1: the team's change log. Run by clientele-cli hub init, in one transaction with
-- clientele_hub.schema_version set to 1 (the row starts at 0 here).

-- One row: which schema the hub has and whose workspace it holds.
CREATE TABLE clientele_hub (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    schema_version integer NOT NULL,
    team uuid,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO clientele_hub (schema_version) VALUES (0);

-- Every change any replica pushed, in the order the hub took them in; never updated. A push
-- numbers its changes (seq) after the greatest one, holding the push lock, so the numbers have
-- no gaps and follow the order the pushes committed in. A pull reads by seq (the primary key),
-- a push leaves out change ids already held (unique).
CREATE TABLE change (
    seq bigint PRIMARY KEY,
    change_id uuid NOT NULL UNIQUE,
    kind text NOT NULL,
    item_uuid text NOT NULL,
    field text NOT NULL,
    value text NOT NULL,  -- JSON text, kept byte for byte
    deleted boolean NOT NULL,
    -- HlcTimestamp::toText(): sorts as the clocks do; base is NULL for a field that had none.
    -- A clock every puller can read back: its shape is checked with LIKE, which costs a push
    -- next to nothing (a regular expression would make it a third slower).
    hlc text NOT NULL CHECK (hlc LIKE '__________________-________-_%' AND hlc NOT LIKE '-%'),
    base text CHECK (base LIKE '__________________-________-_%' AND base NOT LIKE '-%'),
    -- The role that pushed it: a team member may insert every other column, never this one.
    author text NOT NULL DEFAULT session_user,
    replica text NOT NULL,
    resolves text[] NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL DEFAULT now()
);
