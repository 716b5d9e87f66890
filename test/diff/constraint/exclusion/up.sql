SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.bookings
ALTER TABLE public.bookings DROP CONSTRAINT bookings_during_excl;

CREATE TABLE public.slots (
  s int4range,
  CONSTRAINT slots_s_excl EXCLUDE USING gist (s WITH &&)
);

-- lock: ACCESS EXCLUSIVE on public.bookings; scans the table; index build
-- hazard scans-table: validates bookings_during_excl against every row of bookings
-- pgshift-ignore: adding-exclusion-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.bookings ADD CONSTRAINT bookings_during_excl EXCLUDE USING gist (during WITH &&) WHERE (NOT (cancelled));

-- lock: ACCESS EXCLUSIVE on public.bookings; scans the table; index build
-- hazard scans-table: validates no_overlap_deferred against every row of bookings
-- pgshift-ignore: adding-exclusion-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.bookings
ADD CONSTRAINT no_overlap_deferred EXCLUDE USING gist (
  during
  WITH
    &&,
    (int4range (room, room, '[]'))
  WITH
    =
)
DEFERRABLE INITIALLY DEFERRED;
