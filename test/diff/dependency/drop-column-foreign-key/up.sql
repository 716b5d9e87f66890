SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cities, ACCESS EXCLUSIVE on public.countries
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.cities DROP CONSTRAINT cities_country_iso_fkey;

-- lock: ACCESS EXCLUSIVE on public.cities, ACCESS EXCLUSIVE on public.countries
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.cities DROP CONSTRAINT cities_country_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.countries
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.countries DROP CONSTRAINT countries_iso_key;

-- lock: ACCESS EXCLUSIVE on public.cities
-- hazard deletes-data: drops column cities.country_id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.cities DROP COLUMN country_id;

-- lock: ACCESS EXCLUSIVE on public.countries
-- hazard deletes-data: drops column countries.iso and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.countries DROP COLUMN iso;
