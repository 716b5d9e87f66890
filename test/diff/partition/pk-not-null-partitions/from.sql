-- A primary key added to a partitioned table makes its columns NOT NULL in every partition, those created before it (a sub-partitioned one too) and after it; the down drops the parent's NOT NULL, then each partition's, which PostgreSQL 18 keeps when a partition's own key made it (15 drops it with the parent's).
CREATE TABLE ev (id integer, kind text, note text) PARTITION BY LIST (kind);
CREATE TABLE ev_a PARTITION OF ev FOR VALUES IN ('a');
CREATE TABLE ev_b PARTITION OF ev FOR VALUES IN ('b', 'c') PARTITION BY LIST (kind);
CREATE TABLE ev_b1 PARTITION OF ev_b FOR VALUES IN ('b');
CREATE TABLE ev_late PARTITION OF ev FOR VALUES IN ('z');
