SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops table public.t and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.t;

CREATE TABLE public.t (
  id integer NOT NULL,
  v integer,
  CONSTRAINT t_pkey PRIMARY KEY (id)
)
PARTITION BY RANGE (id);

CREATE TABLE public.t_low (
  id integer NOT NULL,
  v integer,
  CONSTRAINT t_low_pkey PRIMARY KEY (id)
);

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER a BEFORE INSERT ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- lock: SHARE ROW EXCLUSIVE on public.t
ALTER TABLE public.t ENABLE ALWAYS TRIGGER a;

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER b BEFORE UPDATE ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t, ACCESS EXCLUSIVE on public.t_low; scans the table; scans the partition to check its bound
ALTER TABLE public.t ATTACH PARTITION public.t_low FOR VALUES FROM ('0') TO ('100');
