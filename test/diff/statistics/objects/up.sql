SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.orders_old;

DROP STATISTICS stats.orders_geo;

CREATE TABLE public."Line Items" (
  order_id bigint,
  sku text,
  qty integer
);

-- lock: SHARE UPDATE EXCLUSIVE on public."Line Items"
CREATE STATISTICS public."Line Items stats" ON order_id, sku FROM public."Line Items";

-- lock: SHARE UPDATE EXCLUSIVE on public.orders
CREATE STATISTICS public.orders_total_country (mcv) ON total, (lower(country)) FROM public.orders;

-- lock: SHARE UPDATE EXCLUSIVE on public.orders
CREATE STATISTICS stats.orders_geo (ndistinct, dependencies) ON city, zip FROM public.orders;

ALTER STATISTICS public.orders_country_city SET STATISTICS 500;

COMMENT ON STATISTICS public.orders_country_city IS 'planner: city implies country';
