CREATE TABLE p (id int NOT NULL, a int, b int) PARTITION BY RANGE (id);
CREATE INDEX p_a ON p (a);
CREATE TABLE p1 (id int NOT NULL, a int, b int);
CREATE TABLE p2 (id int NOT NULL, a int, b int);
-- written before the ATTACH: adopted as p2's copy of p_a (no second index)
CREATE INDEX p2_by_a ON p2 (a);
ALTER TABLE p ATTACH PARTITION p1 FOR VALUES FROM (0) TO (100);
ALTER TABLE p ATTACH PARTITION p2 FOR VALUES FROM (100) TO (200);
-- written after: p1 got its copy on ATTACH (p1_a_idx), this one is a second, local index
CREATE INDEX p1_also_a ON p1 (a);
-- an index of the parent created after the partitions' own equal ones adopts them
CREATE INDEX p1_b ON p1 (b);
CREATE INDEX p2_b ON p2 (b);
CREATE INDEX p_b ON p (b);
