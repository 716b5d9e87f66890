CREATE TABLE t (id integer);
CREATE MATERIALIZED VIEW kept USING heap2 WITH (fillfactor = 70) AS SELECT id FROM t;
CREATE MATERIALIZED VIEW back AS SELECT id FROM t;
-- re-created: the new definition carries the method
CREATE MATERIALIZED VIEW redefined USING heap2 AS SELECT id, id + 1 AS next FROM t;
-- pg_dump's form
SET default_table_access_method = "Heap 3";
CREATE MATERIALIZED VIEW fresh AS SELECT id FROM t;
