SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.n (
  id integer NOT NULL,
  k integer,
  r int4range,
  CONSTRAINT n_pkey PRIMARY KEY (id) WITH (fillfactor = 60),
  CONSTRAINT n_k_key UNIQUE (k) WITH (fillfactor = 20),
  CONSTRAINT n_k_id_key UNIQUE NULLS NOT DISTINCT (k, id) WITH (deduplicate_items = off),
  CONSTRAINT n_r_excl EXCLUDE USING gist (r WITH &&) WITH (buffering = on) DEFERRABLE
);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_pkey ON public.t (id) WITH (fillfactor = 70);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_pkey; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_c_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON public.t (c) INCLUDE (id) WITH (fillfactor = 10, deduplicate_items = off);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_c_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_key;

-- lock: ACCESS EXCLUSIVE on public.t; scans the table; index build
-- hazard scans-table: validates t_r_excl against every row of t
-- pgshift-ignore: adding-exclusion-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t ADD CONSTRAINT t_r_excl EXCLUDE USING gist (r WITH &&) WITH (fillfactor = 30) WHERE (c > 0);
