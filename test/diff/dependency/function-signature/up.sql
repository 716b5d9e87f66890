SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.valid_products
DROP VIEW public.valid_products;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.products
DROP INDEX CONCURRENTLY public.products_valid;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.products
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.products DROP CONSTRAINT products_code_check;

-- hazard breaks-readers: drops function public.valid_code: callers fail until it exists again
DROP FUNCTION public.valid_code(integer);

CREATE FUNCTION public.valid_code(c bigint)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
AS $$SELECT c > 0$$;

-- lock: ACCESS EXCLUSIVE on public.products
ALTER TABLE public.products ALTER COLUMN code DROP DEFAULT;

-- hazard breaks-readers: drops function public.next_code: callers fail until it exists again
DROP FUNCTION public.next_code();

CREATE FUNCTION public.next_code()
RETURNS bigint
LANGUAGE sql
AS $$SELECT 1$$;

-- lock: ACCESS EXCLUSIVE on public.products
ALTER TABLE public.products ALTER COLUMN code SET DEFAULT next_code();

-- lock: ACCESS EXCLUSIVE on public.products
ALTER TABLE public.products ADD CONSTRAINT products_code_check CHECK (valid_code(code)) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.products; scans the table; index build
-- hazard builds-index: builds index products_valid concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY products_valid ON public.products (id) WHERE valid_code(code);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW public.valid_products AS
SELECT products.id
FROM public.products
WHERE
  public.valid_code(products.code);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.products; scans the table; validates existing rows
-- hazard scans-table: validates products_code_check against every row of products
ALTER TABLE public.products VALIDATE CONSTRAINT products_code_check;
