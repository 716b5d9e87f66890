-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.prices
DROP INDEX CONCURRENTLY public.prices_scaled;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.prices
-- hazard deletes-data: drops column prices.scaled and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.prices DROP COLUMN scaled;

-- hazard breaks-readers: drops function public.scaled: callers fail until it exists again
DROP FUNCTION public.scaled(integer, integer);

-- hazard breaks-readers: drops function public.rate: callers fail until it exists again
DROP FUNCTION public.rate();

CREATE FUNCTION public.rate()
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT 3$$;

CREATE FUNCTION public.scaled(x integer, factor integer DEFAULT rate())
RETURNS integer
LANGUAGE sql
IMMUTABLE
AS $$SELECT x * factor$$;

-- lock: ACCESS EXCLUSIVE on public.prices; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.prices ADD COLUMN scaled integer GENERATED ALWAYS AS (base * rate()) STORED;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.prices; scans the table; index build
-- hazard builds-index: builds index prices_scaled concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY prices_scaled ON public.prices (scaled);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON COLUMN public.prices.scaled IS 'base times the rate';
