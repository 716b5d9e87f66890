CREATE TABLE t (
  id int PRIMARY KEY WITH (fillfactor = 80),
  c int,
  d int,
  e int,
  r int4range,
  CONSTRAINT u UNIQUE (c) WITH (fillfactor = 10),
  CONSTRAINT v UNIQUE (d) WITH (fillfactor = 90),
  CONSTRAINT w UNIQUE (e),
  CONSTRAINT ex EXCLUDE USING gist (r WITH &&) WITH (fillfactor = 30) WHERE (c > 0)
);
ALTER INDEX ex SET (buffering = off);
CREATE TABLE o (k int, s int, CONSTRAINT o_s_key UNIQUE (s) WITH (fillfactor = 50, deduplicate_items = off));
CREATE TABLE f (id int REFERENCES t (id));
