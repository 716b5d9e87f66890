-- A partition's own default is kept while the parent's changes: the parent's SET DEFAULT takes ONLY (without it PostgreSQL gives every partition the new default), the partition that copied the old one gets its own.
CREATE TABLE m (id integer NOT NULL, qty integer DEFAULT 1) PARTITION BY RANGE (id);
CREATE TABLE m_p1 PARTITION OF m (qty DEFAULT 7) FOR VALUES FROM (0) TO (10);
CREATE TABLE m_p2 PARTITION OF m FOR VALUES FROM (10) TO (20);
