-- a partitioned table: DROP COLUMN on the parent takes the partitions' copies and their indexes too;
-- the parent's index is created again and its partitions' indexes with it
CREATE TABLE m (id int, a int, b int GENERATED ALWAYS AS (a * 4) STORED) PARTITION BY RANGE (id);
CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (100);
CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (100) TO (200);
CREATE INDEX m_b_idx ON m (b);
CREATE INDEX m1_a_b_idx ON m1 (a) WHERE b > 0;
