SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard breaks-readers: renames table public.u to t: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.u RENAME TO t;

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: renames constraint u_pkey to t_pkey: code using the old name fails once this runs
ALTER TABLE public.t RENAME CONSTRAINT u_pkey TO t_pkey;

-- lock: ACCESS EXCLUSIVE on public.u_id_seq
-- hazard breaks-readers: renames sequence public.u_id_seq to t_id_seq: code using the old name fails once this runs
ALTER SEQUENCE public.u_id_seq RENAME TO t_id_seq;
