-- The partition sorts before its parent: the type change keeps each default (int to text needs no USING), nothing per partition.
CREATE TABLE z (id integer NOT NULL, qty integer DEFAULT 1) PARTITION BY RANGE (id);
CREATE TABLE a_p1 PARTITION OF z (qty DEFAULT 7) FOR VALUES FROM (0) TO (10);
CREATE TABLE a_p2 PARTITION OF z FOR VALUES FROM (10) TO (20);
