SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: renames table public.t to u: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.t RENAME TO u;

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard breaks-readers: renames constraint t_pkey to u_pkey: code using the old name fails once this runs
ALTER TABLE public.u RENAME CONSTRAINT t_pkey TO u_pkey;

-- lock: ACCESS EXCLUSIVE on public.t_id_seq
-- hazard breaks-readers: renames sequence public.t_id_seq to u_id_seq: code using the old name fails once this runs
ALTER SEQUENCE public.t_id_seq RENAME TO u_id_seq;
