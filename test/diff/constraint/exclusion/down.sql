SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_during_excl;

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT no_overlap_deferred;

-- lock: ACCESS EXCLUSIVE on public.slots
-- hazard deletes-data: drops table public.slots and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.slots;

-- lock: ACCESS EXCLUSIVE on public.bookings; scans the table; index build
-- hazard scans-table: validates bookings_during_excl against every row of bookings
-- pgshift-ignore: adding-exclusion-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.bookings ADD CONSTRAINT bookings_during_excl EXCLUDE USING gist (during WITH &&);
