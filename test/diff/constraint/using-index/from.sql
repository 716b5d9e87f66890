CREATE TABLE t (id int NOT NULL, code text NOT NULL, x int);
CREATE UNIQUE INDEX t_id_uq ON t (id);
CREATE UNIQUE INDEX t_code_uq ON t (code);
CREATE TABLE u (a int NOT NULL, b int NOT NULL);
CREATE UNIQUE INDEX u_ab ON u (a, b);
