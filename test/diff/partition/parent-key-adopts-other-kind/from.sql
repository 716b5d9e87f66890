-- a key or unique index added to a partitioned table adopts its partitions' equal keys of any kind (every version)
CREATE TABLE u (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
CREATE TABLE u_1 PARTITION OF u (PRIMARY KEY (a, b)) FOR VALUES IN (1);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
CREATE TABLE pk_1 PARTITION OF pk (UNIQUE (a, b)) FOR VALUES IN (1);
