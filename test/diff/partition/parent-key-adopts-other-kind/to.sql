-- a key or unique index added to a partitioned table adopts its partitions' equal keys of any kind (every
-- version): the partition's PRIMARY KEY becomes its copy of the parent's UNIQUE and the other way round;
-- a plain unique index takes a partition's key index and leaves the key the partition's own
CREATE TABLE u (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
CREATE TABLE u_1 PARTITION OF u (PRIMARY KEY (a, b)) FOR VALUES IN (1);
ALTER TABLE u ADD UNIQUE (a, b);
CREATE TABLE pk (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
CREATE TABLE pk_1 PARTITION OF pk (UNIQUE (a, b)) FOR VALUES IN (1);
ALTER TABLE pk ADD PRIMARY KEY (a, b);
-- (a new table: dropping a parent's unique index that holds a partition's key index needs CASCADE)
CREATE TABLE ui (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
CREATE TABLE ui_1 PARTITION OF ui (PRIMARY KEY (a, b)) FOR VALUES IN (1);
CREATE UNIQUE INDEX ui_a_b ON ui (a, b);
-- written before the partition: the partition gets copies, and its own keys beside them
CREATE TABLE v (a int NOT NULL, b int NOT NULL) PARTITION BY LIST (a);
ALTER TABLE v ADD UNIQUE (a, b);
CREATE UNIQUE INDEX v_b_a ON v (b, a);
CREATE TABLE v_1 PARTITION OF v (PRIMARY KEY (a, b), UNIQUE (b, a)) FOR VALUES IN (1);
