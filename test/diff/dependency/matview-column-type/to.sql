CREATE TABLE events (id int PRIMARY KEY, kind text, at timestamp);
CREATE MATERIALIZED VIEW kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE UNIQUE INDEX kinds_kind ON kinds (kind);
COMMENT ON MATERIALIZED VIEW kinds IS 'per kind';
