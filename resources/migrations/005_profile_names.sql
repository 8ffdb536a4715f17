-- Schema 5: an index of profile names. The window counts profiles as a workspace opens, and
-- SQLite counts the entries of a small index instead of reading every profile's text.
CREATE INDEX profile_by_name ON profile(name);
