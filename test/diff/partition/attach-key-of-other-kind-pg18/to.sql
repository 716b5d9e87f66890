-- ATTACH PARTITION from PostgreSQL 17 adopts only a key of the same kind for the parent's key: the
-- partition keeps its PRIMARY KEY and gets a UNIQUE of its own as the copy of the parent's (and the
-- other way round)
CREATE TABLE u (a int NOT NULL, b int NOT NULL, UNIQUE (a, b)) PARTITION BY LIST (a);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);
-- a new table attached
CREATE TABLE u_1 (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
ALTER TABLE u ATTACH PARTITION u_1 FOR VALUES IN (1);
CREATE TABLE pk_1 (a int NOT NULL, b int NOT NULL, UNIQUE (a, b));
ALTER TABLE pk ATTACH PARTITION pk_1 FOR VALUES IN (1);
-- a table of the from schema attached
CREATE TABLE u_2 (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
ALTER TABLE u ATTACH PARTITION u_2 FOR VALUES IN (2);
