SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.events_b
-- hazard breaks-readers: rows of events_b disappear from events
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.events DETACH PARTITION public.events_b;

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on its 2 partitions (public.events_a, public.events_b)
-- hazard deletes-data: drops column events.e and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP COLUMN e;
