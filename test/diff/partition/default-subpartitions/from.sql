-- Two levels: the parent and a sub-partitioned partition both keep defaults that differ from their children's, so both take ONLY.
CREATE TABLE m (id integer NOT NULL, k integer NOT NULL, qty integer DEFAULT 1) PARTITION BY RANGE (id);
CREATE TABLE m_p1 PARTITION OF m (qty DEFAULT 7) FOR VALUES FROM (0) TO (10) PARTITION BY LIST (k);
CREATE TABLE m_p1a PARTITION OF m_p1 FOR VALUES IN (1);
CREATE TABLE m_p1b PARTITION OF m_p1 (qty DEFAULT 9) FOR VALUES IN (2);
CREATE TABLE m_p2 PARTITION OF m FOR VALUES FROM (10) TO (20);
