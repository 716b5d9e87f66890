CREATE TABLE t (a text COMPRESSION pglz, b text);
-- a materialized view's columns do not take the compression of the columns they read
CREATE MATERIALIZED VIEW mv1 AS SELECT a, b FROM t;
ALTER MATERIALIZED VIEW mv1 ALTER COLUMN a SET COMPRESSION pglz;
-- re-created: set again
CREATE MATERIALIZED VIEW mv2 AS SELECT a, b AS "B c" FROM t;
ALTER MATERIALIZED VIEW mv2 ALTER COLUMN a SET COMPRESSION pglz;
-- pg_dump's form
CREATE MATERIALIZED VIEW mv3 AS SELECT b FROM t;
ALTER TABLE ONLY mv3 ALTER COLUMN b SET COMPRESSION pglz;
