-- a new expression drops and re-adds b (before PostgreSQL 17): every index using b, in a key, an
-- expression, a predicate or INCLUDE, goes with it and is created again; so are the comments and the
-- column privilege, and the statistics target
CREATE TABLE t (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 3) STORED, c int);
CREATE INDEX t_b_idx ON t (b);
CREATE INDEX t_b_plus_idx ON t ((b + 1));
CREATE INDEX t_c_partial_idx ON t (c) WHERE b > 0;
CREATE INDEX t_c_incl_idx ON t (c) INCLUDE (b);
CREATE INDEX t_c_idx ON t (c);
COMMENT ON INDEX t_b_idx IS 'by b';
COMMENT ON COLUMN t.b IS 'twice a';
ALTER TABLE t ALTER COLUMN b SET STATISTICS 500;
GRANT SELECT (b) ON t TO app_reader;
