-- the function's parameter is renamed: the policy and the materialized view come back with their comments, index and grant
CREATE FUNCTION ok(m integer) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT m > 0';
CREATE TABLE t (id int PRIMARY KEY, n int);
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON t USING (ok(n)) WITH CHECK (ok(id));
COMMENT ON POLICY p ON t IS 'positive';
CREATE MATERIALIZED VIEW good AS SELECT id, n FROM t WHERE ok(n);
CREATE UNIQUE INDEX good_id ON good (id);
COMMENT ON INDEX good_id IS 'one row per id';
COMMENT ON MATERIALIZED VIEW good IS 'the good rows';
GRANT SELECT ON good TO PUBLIC;
