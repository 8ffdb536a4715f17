-- Schema 9: the history of every change made through the application (docs/architecture.md,
-- "One path for every change"). One row per field of an item that changed: which item, which
-- field, its text before and after, when and by whom. Undo adds its own row; a run of edits of
-- one field that undo merges into one step (typing) is kept as one row, `merge` naming the run.
CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    author    TEXT NOT NULL,
    kind      TEXT NOT NULL,
    item_id   INTEGER NOT NULL,
    item_name TEXT NOT NULL,
    field     TEXT NOT NULL,
    label     TEXT NOT NULL,
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    merge     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX change_log_by_item ON change_log(kind, item_id, id);
