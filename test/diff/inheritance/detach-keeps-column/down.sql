SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on its partition public.events_a
-- hazard irreversible: re-adds column events.e, dropped by the up migration: its values are not restored
ALTER TABLE public.events ADD COLUMN e integer;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.events, ACCESS EXCLUSIVE on public.events_b; scans the table; scans the partition to check its bound
-- hazard scans-table: scans events_b to check its rows fit the partition bound
ALTER TABLE public.events ATTACH PARTITION public.events_b FOR VALUES IN ('b');
