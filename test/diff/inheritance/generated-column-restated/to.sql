CREATE TABLE p (a integer, g integer GENERATED ALWAYS AS (a * 2) STORED);
-- the child re-declares the column: it inherits the generation expression (PostgreSQL 15 rejects it restated)
CREATE TABLE c (a integer, g integer, own integer GENERATED ALWAYS AS (a + 1) STORED) INHERITS (p);
-- a child of the child, and a new parent with its child in the same migration
CREATE TABLE cc ("G" integer, g integer) INHERITS (c);
CREATE TABLE q (x integer, "Y" integer GENERATED ALWAYS AS (x * 3) STORED);
CREATE TABLE qc ("Y" integer NOT NULL) INHERITS (q);
-- partitions are written whole and attached
CREATE TABLE r (a integer, g integer GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a);
CREATE TABLE r1 PARTITION OF r FOR VALUES FROM (0) TO (10);
