SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_p_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.p DROP CONSTRAINT p_code_key;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_qty_check;

CREATE TABLE public.t2 (
  x integer NOT NULL,
  y integer NOT NULL,
  CONSTRAINT t2_pkey PRIMARY KEY (x, y)
);

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_qty_check CHECK (qty >= 0) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_a_b_check CHECK (a < b) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_a_b_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_a_b_key ON public.t (a, b) NULLS NOT DISTINCT;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_a_b_key; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_a_b_key UNIQUE USING INDEX t_a_b_key;

-- lock: SHARE ROW EXCLUSIVE on public.t, SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.t ADD CONSTRAINT t_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) ON UPDATE CASCADE ON DELETE SET NULL NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.t, SHARE ROW EXCLUSIVE on public.t2
ALTER TABLE public.t ADD CONSTRAINT t_p_match FOREIGN KEY (a, b) REFERENCES public.t2 (x, y) MATCH FULL NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_qty_check against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_qty_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_a_b_check against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_a_b_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_p_id_fkey against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_p_id_fkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_p_match against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_p_match;
