SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard deletes-data: drops table public.u and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.u;

CREATE SEQUENCE public.t_id_seq AS integer;

-- lock: ACCESS EXCLUSIVE on public.t
ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);

-- lock: ACCESS EXCLUSIVE on public.t
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.t ADD CONSTRAINT t_id_not_null_check CHECK (id IS NOT NULL) NOT VALID;

ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;

-- hazard deletes-data: drops sequence t_id_seq1 and its current value
DROP SEQUENCE public.t_id_seq1;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; validates existing rows
ALTER TABLE public.t VALIDATE CONSTRAINT t_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.t
-- uses the validated check: no table scan
ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_id_not_null_check;
