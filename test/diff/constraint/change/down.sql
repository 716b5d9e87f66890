SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t, ACCESS EXCLUSIVE on public.p
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_p_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.t, ACCESS EXCLUSIVE on public.t2
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_p_match;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_qty_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_a_b_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_a_b_key;

-- lock: ACCESS EXCLUSIVE on public.t2
-- hazard deletes-data: drops table public.t2 and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.t2;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.p; scans the table; index build
-- hazard builds-index: builds index p_code_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY p_code_key ON public.p (code);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.p, SHARE UPDATE EXCLUSIVE on public.p_code_key; uses existing index
ALTER TABLE public.p ADD CONSTRAINT p_code_key UNIQUE USING INDEX p_code_key;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ADD CONSTRAINT t_qty_check CHECK (qty > 0) NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.t, SHARE ROW EXCLUSIVE on public.p
ALTER TABLE public.t ADD CONSTRAINT t_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_qty_check against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_qty_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
-- hazard scans-table: validates t_p_id_fkey against every row of t
ALTER TABLE public.t VALIDATE CONSTRAINT t_p_id_fkey;
