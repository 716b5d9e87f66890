SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.eu_notes, ACCESS EXCLUSIVE on public.orders_eu
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.eu_notes DROP CONSTRAINT eu_notes_order_id_region_fkey;

-- lock: ACCESS EXCLUSIVE on public.eu_orders
DROP VIEW public.eu_orders;

-- lock: ACCESS EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.orders_eu
-- hazard breaks-readers: rows of orders_eu disappear from orders
-- pgshift-ignore: require-concurrent-partition-detach -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DETACH PARTITION public.orders_eu;

-- lock: ACCESS EXCLUSIVE on public.orders_eu
-- hazard deletes-data: drops table public.orders_eu and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.orders_eu;
