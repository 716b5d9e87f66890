-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items
DROP INDEX CONCURRENTLY public.items_norm;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items
DROP INDEX CONCURRENTLY public.items_active;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.norm: callers fail until it exists again
DROP FUNCTION public.norm(text);

CREATE FUNCTION public.norm(input text)
RETURNS text
LANGUAGE sql
IMMUTABLE
AS $$SELECT lower(input)$$;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; index build
-- hazard builds-index: builds index items_norm concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY items_norm ON public.items ((norm(code))) WITH (fillfactor = 70) WHERE active;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; index build
-- hazard builds-index: builds index items_active concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY items_active ON public.items (id) WHERE norm(code) <> '';

SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER INDEX public.items_norm ALTER COLUMN 1 SET STATISTICS 500;

COMMENT ON INDEX public.items_norm IS 'normalized codes';
