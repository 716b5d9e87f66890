-- the function's result changes on a partitioned table with a sub-partition: only the parent's CHECK and index
-- are dropped and created again (the partitions' copies follow), the partition index keeps its comment
CREATE FUNCTION lim(x integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT x';
CREATE TABLE m (id integer, q integer, CONSTRAINT m_q_check CHECK (q <= lim(100))) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10) PARTITION BY RANGE (id);
CREATE TABLE m11 PARTITION OF m1 FOR VALUES FROM (0) TO (5);
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20);
CREATE INDEX m_lim_idx ON m ((q + lim(0)));
COMMENT ON INDEX m11_expr_idx IS 'a sub-partition''s index';
