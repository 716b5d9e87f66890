-- ATTACH PARTITION from PostgreSQL 17 adopts only a key of the same kind for the parent's key
CREATE TABLE u (a int NOT NULL, b int NOT NULL, UNIQUE (a, b)) PARTITION BY LIST (a);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);
CREATE TABLE u_2 (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b));
