SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.orders
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DROP CONSTRAINT orders_qty_cap;

-- lock: ACCESS EXCLUSIVE on public.orders
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DROP CONSTRAINT orders_qty_loose;

-- hazard breaks-readers: drops function public.cap: callers fail until it exists again
DROP FUNCTION public.cap();

CREATE FUNCTION public.cap()
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT 100$$;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD CONSTRAINT orders_qty_cap CHECK (qty <= cap()) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.orders
ALTER TABLE public.orders ADD CONSTRAINT orders_qty_loose CHECK (qty < (cap() * 2)) NOT VALID;

COMMENT ON CONSTRAINT orders_qty_cap ON public.orders IS 'at most cap()';

COMMENT ON CONSTRAINT orders_qty_loose ON public.orders IS 'not checked on old rows';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.orders; scans the table; validates existing rows
-- hazard scans-table: validates orders_qty_cap against every row of orders
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_qty_cap;
