-- measurements becomes partitioned (dropped and created again: PostgreSQL takes it out of p with the DROP);
-- parent gains an inheritance child, which joins p as FOR TABLE parent names it
CREATE TABLE measurements (id int, at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE parent (id int);
CREATE TABLE child_a () INHERITS (parent);
CREATE TABLE child_b () INHERITS (parent);
CREATE PUBLICATION p FOR TABLE measurements (id, at) WHERE (v > 0), parent WITH (publish_via_partition_root = true);
