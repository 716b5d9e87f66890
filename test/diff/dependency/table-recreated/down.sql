SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard deletes-data: drops table public.t and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.t;

-- hazard irreversible: re-creates table public.t, dropped by the up migration: its rows are not restored
CREATE TABLE public.t (
  id integer NOT NULL,
  v integer,
  CONSTRAINT t_pkey PRIMARY KEY (id)
);

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER a BEFORE INSERT ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- lock: SHARE ROW EXCLUSIVE on public.t
CREATE TRIGGER b BEFORE UPDATE ON public.t
FOR EACH ROW
EXECUTE FUNCTION public.f();

-- lock: SHARE ROW EXCLUSIVE on public.t, SHARE ROW EXCLUSIVE on its partition public.t_low
ALTER TABLE public.t DISABLE TRIGGER b;
