-- A table that exists already is attached as a partition while it keeps an index of its own equal
-- to the parent's: ATTACH gives the parent's index the partition's first equal index, the old own
-- one, not the copy the migration creates. The own index is dropped before the ATTACH and created
-- again after it (with its comment), so the copy is attached and the own index stays the table's.
CREATE SCHEMA app;
CREATE TABLE app.events (id int, kind text, at date) PARTITION BY LIST (kind);
CREATE INDEX events_kind_at ON app.events (kind, at);
CREATE TABLE app.events_login (id int, kind text, at date);
CREATE INDEX events_login_own ON app.events_login (kind, at);
COMMENT ON INDEX app.events_login_own IS 'kept by the partition';
