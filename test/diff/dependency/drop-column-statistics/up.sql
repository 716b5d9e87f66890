SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.addresses_city_zip;

DROP STATISTICS public.addresses_geo;

-- lock: ACCESS EXCLUSIVE on public.addresses
-- hazard deletes-data: drops column addresses.zip and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.addresses DROP COLUMN zip;

-- lock: SHARE UPDATE EXCLUSIVE on public.addresses
CREATE STATISTICS public.addresses_geo (ndistinct) ON city, street FROM public.addresses;
