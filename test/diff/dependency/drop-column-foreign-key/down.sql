SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cities
-- hazard irreversible: re-adds column cities.country_id, dropped by the up migration: its values are not restored
ALTER TABLE public.cities ADD COLUMN country_id integer;

-- lock: ACCESS EXCLUSIVE on public.countries
-- hazard irreversible: re-adds column countries.iso, dropped by the up migration: its values are not restored
ALTER TABLE public.countries ADD COLUMN iso text;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.countries; scans the table; index build
-- hazard builds-index: builds index countries_iso_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY countries_iso_key ON public.countries (iso);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.countries, SHARE UPDATE EXCLUSIVE on public.countries_iso_key; uses existing index
ALTER TABLE public.countries ADD CONSTRAINT countries_iso_key UNIQUE USING INDEX countries_iso_key;

-- lock: SHARE ROW EXCLUSIVE on public.cities, SHARE ROW EXCLUSIVE on public.countries
ALTER TABLE public.cities ADD CONSTRAINT cities_country_iso_fkey FOREIGN KEY (country_iso) REFERENCES public.countries (iso) NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.cities, SHARE ROW EXCLUSIVE on public.countries
ALTER TABLE public.cities ADD CONSTRAINT cities_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.countries (id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.cities; scans the table; validates existing rows
-- hazard scans-table: validates cities_country_iso_fkey against every row of cities
ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_iso_fkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.cities; scans the table; validates existing rows
-- hazard scans-table: validates cities_country_id_fkey against every row of cities
ALTER TABLE public.cities VALIDATE CONSTRAINT cities_country_id_fkey;
