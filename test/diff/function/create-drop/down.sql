SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.add: callers fail until it exists again
DROP FUNCTION public.add(integer, integer);

-- hazard breaks-readers: drops function public.expensive: callers fail until it exists again
DROP FUNCTION public.expensive(numeric);

-- hazard breaks-readers: drops function public.secret: callers fail until it exists again
DROP FUNCTION public.secret();

-- hazard breaks-readers: drops function public.split_price: callers fail until it exists again
DROP FUNCTION public.split_price(numeric);

-- hazard breaks-readers: drops function public.tagged: callers fail until it exists again
DROP FUNCTION public.tagged(text[]);

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard deletes-data: drops table public.items and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.items;

CREATE FUNCTION public.old_one()
RETURNS integer
LANGUAGE sql
AS $$SELECT 1$$;
