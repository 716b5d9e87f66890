CREATE TABLE t (a int NOT NULL, b int NOT NULL, c int NOT NULL);
ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a) WITH (fillfactor = 10);
ALTER TABLE t ADD CONSTRAINT t_b_key UNIQUE (b) WITH (fillfactor = 20);
ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c) WITH (fillfactor = 30);
