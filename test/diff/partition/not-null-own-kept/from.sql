-- The parent drops NOT NULL, partition m_p1 keeps its own: DROP NOT NULL reaches every partition (ONLY is refused), so m_p1's is set again after it.
CREATE TABLE m (id integer NOT NULL, qty integer NOT NULL) PARTITION BY RANGE (id);
CREATE TABLE m_p1 PARTITION OF m FOR VALUES FROM (0) TO (10);
CREATE TABLE m_p2 PARTITION OF m FOR VALUES FROM (10) TO (20);
