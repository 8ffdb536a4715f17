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

-- Every change any replica pushed, in the order the hub took them in (seq); never updated.
-- A pull reads by seq (the primary key), a push skips change ids already held (unique).
CREATE TABLE change (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_id uuid NOT NULL UNIQUE,
    kind text NOT NULL,
    item_uuid text NOT NULL,
    field text NOT NULL,
    value text NOT NULL,  -- JSON text, kept byte for byte
    deleted boolean NOT NULL,
    -- HlcTimestamp::toText(): sorts as the clocks do; base is NULL for a field that had none
    hlc text NOT NULL CHECK (hlc ~ '^[0-9]{18}-[0-9a-f]{8}-.'),
    base text CHECK (base ~ '^[0-9]{18}-[0-9a-f]{8}-.'),
    author text NOT NULL, -- the role that pushed it, whatever the replica said
    replica text NOT NULL,
    resolves text[] NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL DEFAULT now()
);
