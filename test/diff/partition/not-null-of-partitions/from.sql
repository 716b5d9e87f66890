-- Only the partitions' own NOT NULL changes: one statement each.
CREATE TABLE m (id integer NOT NULL, qty integer) PARTITION BY RANGE (id);
CREATE TABLE m_p1 PARTITION OF m (qty NOT NULL) FOR VALUES FROM (0) TO (10);
CREATE TABLE m_p2 PARTITION OF m FOR VALUES FROM (10) TO (20);
