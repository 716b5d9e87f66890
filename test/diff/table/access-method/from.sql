CREATE TABLE t1 (id integer);
CREATE TABLE t2 (id integer) USING heap2;
CREATE TABLE t3 (id integer) USING heap2;
CREATE TABLE t4 (id integer);

CREATE TABLE p (id integer) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
