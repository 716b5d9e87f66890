-- PostgreSQL 17+: SET EXPRESSION changes b in place (its index, constraint, view, comment and privilege
-- stay; PostgreSQL rebuilds the index itself); d changes type too, so it is dropped and added again
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED CHECK (b < 1000), d int GENERATED ALWAYS AS (a + 1) STORED);
CREATE INDEX t_b_idx ON t (b);
CREATE VIEW v AS SELECT b FROM t;
COMMENT ON COLUMN t.b IS 'twice a';
GRANT SELECT (b) ON t TO app_reader;
