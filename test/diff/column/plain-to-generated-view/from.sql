-- plain -> generated has no in-place form: the view and the index on b are dropped and created again;
-- back to plain is DROP EXPRESSION (PostgreSQL 13+): the view and index stay
CREATE TABLE t (a int, b int NOT NULL);
CREATE INDEX t_b_idx ON t (b);
CREATE VIEW v AS SELECT a, b FROM t;
CREATE VIEW w AS SELECT b FROM v;
