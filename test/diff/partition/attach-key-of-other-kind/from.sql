-- ATTACH PARTITION before PostgreSQL 17 adopts a key of any kind for the parent's key
CREATE TABLE u (a int NOT NULL, b int NOT NULL, UNIQUE (a, b)) PARTITION BY LIST (a);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL, PRIMARY KEY (a, b)) PARTITION BY LIST (a);
