-- A key whose only change is its index's storage parameters is altered in place (ALTER INDEX … SET /
-- RESET: no index build, the foreign key using it stays): a value changed, one reset, one added, the
-- last removed; ALTER INDEX … SET in the schema is read as well. PostgreSQL keeps them in the order written
-- (SET appends): the same ones in another order are set again so that they end in that order.
CREATE TABLE t (
  id int PRIMARY KEY WITH (fillfactor = 70),
  c int,
  d int,
  e int,
  r int4range,
  CONSTRAINT u UNIQUE (c) WITH (fillfactor = 10, deduplicate_items = off),
  CONSTRAINT v UNIQUE (d),
  CONSTRAINT w UNIQUE (e) WITH (fillfactor = 40),
  CONSTRAINT ex EXCLUDE USING gist (r WITH &&) WITH (fillfactor = 30, buffering = on) WHERE (c > 0)
);
CREATE TABLE o (k int, s int, CONSTRAINT o_s_key UNIQUE (s) WITH (deduplicate_items = off, fillfactor = 50));
CREATE TABLE f (id int REFERENCES t (id));
