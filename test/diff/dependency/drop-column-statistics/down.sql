SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.addresses_geo;

-- lock: ACCESS EXCLUSIVE on public.addresses
-- hazard irreversible: re-adds column addresses.zip, dropped by the up migration: its values are not restored
ALTER TABLE public.addresses ADD COLUMN zip text;

-- lock: SHARE UPDATE EXCLUSIVE on public.addresses
CREATE STATISTICS public.addresses_city_zip (dependencies) ON city, zip FROM public.addresses;

-- lock: SHARE UPDATE EXCLUSIVE on public.addresses
CREATE STATISTICS public.addresses_geo (ndistinct) ON city, zip, street FROM public.addresses;
