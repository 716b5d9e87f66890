CREATE TABLE t1 (id integer) USING heap2;
-- heap is the default
CREATE TABLE t2 (id integer) USING heap;
-- pg_dump's form: the session default
SET default_table_access_method = heap2;
CREATE TABLE t3 (id integer);
SET default_table_access_method = "Heap 3";
CREATE TABLE n (id integer);
RESET default_table_access_method;
CREATE TABLE t4 (id integer);
ALTER TABLE t4 SET ACCESS METHOD heap2;

-- a partitioned table has none (PostgreSQL 15); its partitions do
CREATE TABLE p (id integer) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10) USING heap2;
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20) USING "Heap 3";
