SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.runs_a_at_id_idx
-- hazard breaks-readers: renames index public.runs_a_at_id_idx to b_asc_desc: code using the old name fails once this runs
ALTER INDEX public.runs_a_at_id_idx RENAME TO b_asc_desc;

-- lock: SHARE UPDATE EXCLUSIVE on public.runs_a_at_id_idx1
-- hazard breaks-readers: renames index public.runs_a_at_id_idx1 to a_desc_desc: code using the old name fails once this runs
ALTER INDEX public.runs_a_at_id_idx1 RENAME TO a_desc_desc;

CREATE TABLE public.logs (
  kind integer,
  at timestamp with time zone,
  id bigint
)
PARTITION BY LIST (kind);

CREATE TABLE public.logs_a (
  kind integer,
  at timestamp with time zone,
  id bigint
);

CREATE TABLE public.runs_b (
  kind integer,
  at timestamp with time zone,
  id bigint
);

-- lock: SHARE on public.logs_a; scans the table; index build
CREATE INDEX b_asc_desc_l ON public.logs_a (at, id DESC);

-- lock: SHARE on public.logs_a; scans the table; index build
CREATE INDEX a_desc_desc_l ON public.logs_a (at DESC, id DESC NULLS LAST);

-- lock: SHARE on public.runs_b; scans the table; index build
CREATE INDEX c_asc_desc ON public.runs_b (at, id DESC);

-- lock: SHARE on public.runs_b; scans the table; index build
CREATE INDEX b_desc_desc ON public.runs_b (at DESC, id DESC NULLS LAST);

-- lock: SHARE on public.logs; scans the table; index build
CREATE INDEX logs_at_and_id_desc ON public.logs (at, id DESC);

-- lock: SHARE on public.logs; scans the table; index build
CREATE INDEX logs_at_desc_and_id_desc ON public.logs (at DESC, id DESC NULLS LAST);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on public.logs_a; scans the table; scans the partition to check its bound
ALTER TABLE public.logs ATTACH PARTITION public.logs_a FOR VALUES IN ('1');

-- lock: SHARE UPDATE EXCLUSIVE on public.runs, ACCESS EXCLUSIVE on public.runs_b; scans the table; scans the partition to check its bound
ALTER TABLE public.runs ATTACH PARTITION public.runs_b FOR VALUES IN ('2');
