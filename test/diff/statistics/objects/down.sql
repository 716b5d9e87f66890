SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.orders_total_country;

DROP STATISTICS stats.orders_geo;

-- lock: ACCESS EXCLUSIVE on public."Line Items"
-- hazard deletes-data: drops table public.Line Items and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public."Line Items";

-- lock: SHARE UPDATE EXCLUSIVE on public.orders
CREATE STATISTICS public.orders_old ON city, total FROM public.orders;

-- lock: SHARE UPDATE EXCLUSIVE on public.orders
CREATE STATISTICS stats.orders_geo (dependencies) ON city, zip FROM public.orders;

ALTER STATISTICS public.orders_country_city SET STATISTICS -1;

COMMENT ON STATISTICS public.orders_old IS 'to be dropped';

COMMENT ON STATISTICS public.orders_country_city IS NULL;
