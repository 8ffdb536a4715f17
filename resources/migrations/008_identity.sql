-- Schema 8: an identity that survives a merge. Profiles and their list items, chart attributes
-- and clients, offers, proposals and their lines get a uuid: a random version-4 UUID in
-- lowercase 8-4-4-4-12 form without braces, given once when the row is made and kept by JSON
-- export and import, so two workspaces made apart can be merged without two items clashing.
-- Local integer ids stay for joins. Existing rows get theirs here: randomblob() gives the
-- digits, the third group starts with the version 4 and the fourth with the variant (8, 9, a
-- or b). SQLite cannot add a UNIQUE column, so each table gets a unique index instead.


ALTER TABLE profile ADD COLUMN uuid TEXT;
UPDATE profile SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX profile_by_uuid ON profile(uuid);

ALTER TABLE profile_item ADD COLUMN uuid TEXT;
UPDATE profile_item SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX profile_item_by_uuid ON profile_item(uuid);

ALTER TABLE chart_attribute ADD COLUMN uuid TEXT;
UPDATE chart_attribute SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX chart_attribute_by_uuid ON chart_attribute(uuid);

ALTER TABLE chart_client ADD COLUMN uuid TEXT;
UPDATE chart_client SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX chart_client_by_uuid ON chart_client(uuid);

ALTER TABLE offer ADD COLUMN uuid TEXT;
UPDATE offer SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX offer_by_uuid ON offer(uuid);

ALTER TABLE proposal ADD COLUMN uuid TEXT;
UPDATE proposal SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX proposal_by_uuid ON proposal(uuid);

ALTER TABLE proposal_line ADD COLUMN uuid TEXT;
UPDATE proposal_line SET uuid =
    lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
    || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1)
    || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)));
CREATE UNIQUE INDEX proposal_line_by_uuid ON proposal_line(uuid);
