-- A partition detached while its parent drops "e": DETACH runs first and leaves the columns as the table's own, so the parent's DROP COLUMN (never ONLY on a partitioned table with partitions) does not reach it.
CREATE TABLE events (id integer NOT NULL, kind text NOT NULL, e integer) PARTITION BY LIST (kind);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
