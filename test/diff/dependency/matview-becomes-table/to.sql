-- cache, a materialized view, becomes a table of the same name and columns: the view and the
-- materialized view over it are dropped first and created again after (the grant too); the
-- materialized view's own index goes with it and the table gets its own
CREATE TABLE src (id int PRIMARY KEY, v int);
CREATE TABLE cache (id int PRIMARY KEY, v int);
CREATE INDEX cache_v ON cache (v);
CREATE VIEW hot AS SELECT id FROM cache WHERE v > 0;
CREATE MATERIALIZED VIEW hot_count AS SELECT count(*) AS n FROM hot;
GRANT SELECT ON hot_count TO PUBLIC;
