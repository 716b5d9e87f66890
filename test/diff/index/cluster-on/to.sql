-- another index of the same table: the old mark goes
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a ON t (a);
ALTER TABLE t CLUSTER ON t_pkey;

CREATE TABLE u (id integer PRIMARY KEY);

-- a re-created index is marked again
CREATE TABLE w (id integer, b integer);
CREATE INDEX w_b ON w (b, id);
ALTER TABLE w CLUSTER ON w_b;

-- the clustered index dropped: its mark goes with it
CREATE TABLE d (id integer);

CREATE TABLE n (id integer, "Name" text);
CREATE INDEX "N Name" ON n ("Name");
ALTER TABLE n CLUSTER ON "N Name";

-- a partition's index (a partitioned table cannot be marked), on an existing and a new partition
CREATE TABLE p (id integer, v text) PARTITION BY RANGE (id);
CREATE INDEX p_id ON p (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);
ALTER TABLE p1 CLUSTER ON p1_id_idx;
ALTER TABLE p2 CLUSTER ON p2_id_idx;
