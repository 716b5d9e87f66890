-- A partitioned table's key keeps its WITH (…), and its partitions' keys get them (PostgreSQL copies
-- the parent index's reloptions). PostgreSQL refuses ALTER INDEX … SET / RESET on a partitioned index,
-- so a change of them drops and adds the key again.
CREATE TABLE p (id int, k int, PRIMARY KEY (id) WITH (fillfactor = 60), UNIQUE (k, id) WITH (fillfactor = 40)) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
CREATE TABLE q (id int, CONSTRAINT q_pkey PRIMARY KEY (id)) PARTITION BY RANGE (id);
CREATE TABLE q1 PARTITION OF q FOR VALUES FROM (0) TO (10);
