-- ATTACH PARTITION before PostgreSQL 17 adopts a key of any kind for the parent's key: the partition's
-- PRIMARY KEY becomes its copy of the parent's UNIQUE, its UNIQUE the copy of the parent's PRIMARY KEY
-- (from 17 the ATTACH creates a key of the right kind beside it; the pg18 case)
CREATE TABLE u (a int NOT NULL, b int NOT NULL, UNIQUE (a, b)) PARTITION BY LIST (a);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);
-- a new table attached
CREATE TABLE u_1 (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
ALTER TABLE u ATTACH PARTITION u_1 FOR VALUES IN (1);
CREATE TABLE pk_1 (a int NOT NULL, b int NOT NULL, UNIQUE (a, b));
ALTER TABLE pk ATTACH PARTITION pk_1 FOR VALUES IN (1);
-- (a table of the from schema attached is the pg18 case's only: PostgreSQL 18 running this SQL makes
-- the ATTACH create a UNIQUE beside the adopted-on-15 PRIMARY KEY, which DETACH leaves)
