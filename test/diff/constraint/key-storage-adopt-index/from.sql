-- A unique index becoming a key is adopted (ADD CONSTRAINT … USING INDEX) only when its storage
-- parameters are the key's (the index keeps its own); otherwise the key's index is built with them.
CREATE TABLE t (a int NOT NULL, b int NOT NULL, c int NOT NULL);
CREATE UNIQUE INDEX t_a_key ON t (a) WITH (fillfactor = 10);
CREATE UNIQUE INDEX t_b_key ON t (b) WITH (fillfactor = 10);
CREATE UNIQUE INDEX t_c_key ON t (c);
