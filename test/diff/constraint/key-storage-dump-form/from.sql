-- pg_dump writes a key's storage parameters quoted (WITH (fillfactor='10')) in ALTER TABLE ONLY …
-- ADD CONSTRAINT, EXCLUDE's before its predicate, a partitioned table's on the parent's key only:
-- equal to the schema as written, so no change.
CREATE TABLE t (
  id int PRIMARY KEY WITH (fillfactor = 70),
  c int UNIQUE WITH (fillfactor = 10, deduplicate_items = off),
  d int,
  r int4range,
  CONSTRAINT t_d_key UNIQUE (d) INCLUDE (c) WITH (fillfactor = 20) DEFERRABLE,
  CONSTRAINT t_r_excl EXCLUDE USING gist (r WITH &&) WITH (fillfactor = 30, buffering = on) WHERE (c > 0)
);
ALTER INDEX t_pkey SET (deduplicate_items = off);
CREATE TABLE p (id int, k int, PRIMARY KEY (id) WITH (fillfactor = 60), UNIQUE (k, id) WITH (fillfactor = 40)) PARTITION BY RANGE (id);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);
