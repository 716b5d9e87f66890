-- The parent has no default, a sub-partitioned partition has one: the type change (no USING needed) keeps it.
CREATE TABLE m (id integer NOT NULL, qty integer) PARTITION BY RANGE (id);
CREATE TABLE m_p1 PARTITION OF m (qty DEFAULT 7) FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (id);
CREATE TABLE m_p1a PARTITION OF m_p1 FOR VALUES FROM (0) TO (5);
CREATE TABLE m_p2 PARTITION OF m FOR VALUES FROM (10) TO (20);
