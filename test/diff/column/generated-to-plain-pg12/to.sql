-- PostgreSQL 12 has no DROP EXPRESSION: generated -> plain drops and adds the column, with its index
-- and the foreign key referencing it
CREATE TABLE t (a int, b int, CONSTRAINT t_b_key UNIQUE (b));
CREATE INDEX t_b_idx ON t (b DESC);
CREATE TABLE r (b int REFERENCES t (b));
