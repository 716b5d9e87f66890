CREATE TABLE t (id int NOT NULL, c int, r int4range);
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 70);
ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c) INCLUDE (id) WITH (fillfactor = 10, deduplicate_items = off) USING INDEX TABLESPACE pg_default;
ALTER TABLE t ADD CONSTRAINT t_r_excl EXCLUDE USING gist (r WITH &&) WITH (fillfactor = 30) WHERE (c > 0);
CREATE TABLE n (
  id int PRIMARY KEY WITH (fillfactor = 60) USING INDEX TABLESPACE pg_default,
  k int UNIQUE WITH (fillfactor = '20'),
  r int4range,
  CONSTRAINT n_k_id_key UNIQUE NULLS NOT DISTINCT (k, id) WITH (deduplicate_items = off),
  CONSTRAINT n_r_excl EXCLUDE USING gist (r WITH &&) WITH (buffering = on) DEFERRABLE
);
