SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.events_log
-- hazard breaks-readers: rows of events_log disappear from events
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.events DETACH PARTITION public.events_log;

-- hazard irreversible: re-creates table public.animal, dropped by the up migration: its rows are not restored
CREATE TABLE public.animal (
  id integer NOT NULL,
  name text,
  CONSTRAINT animal_id_check CHECK (id > 0)
);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cat
ALTER TABLE public.cat INHERIT public.animal;

-- lock: ACCESS EXCLUSIVE on public.dog
ALTER TABLE public.dog INHERIT public.animal;

-- lock: ACCESS EXCLUSIVE on public.events_log
ALTER TABLE public.events_log INHERIT public.events_old;
