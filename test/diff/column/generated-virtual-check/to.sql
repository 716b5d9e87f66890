-- PostgreSQL 18 refuses SET EXPRESSION on a VIRTUAL column of a table with CHECK constraints:
-- the column is dropped and added again, with its CHECK
CREATE TABLE t (a int, v int GENERATED ALWAYS AS (a + 2) VIRTUAL CHECK (v > 0), w int CHECK (w > 0));
