-- PostgreSQL 18: VIRTUAL generated columns (a bare GENERATED ALWAYS AS (…) is VIRTUAL there).
-- s: STORED -> VIRTUAL and v2: VIRTUAL -> STORED are new columns; v1: a new VIRTUAL expression, in
-- place (no CHECK on the table); v3: VIRTUAL -> plain has no DROP EXPRESSION: a new column
CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED, v1 int GENERATED ALWAYS AS (a + 1) VIRTUAL,
  v2 int GENERATED ALWAYS AS (a - 1), v3 text GENERATED ALWAYS AS (a::text) VIRTUAL);
CREATE VIEW v AS SELECT s, v2 FROM t;
