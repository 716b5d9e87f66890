SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.stock, ACCESS EXCLUSIVE on public.products
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.stock DROP CONSTRAINT stock_sku_fkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.products
DROP INDEX CONCURRENTLY public.products_name;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.products
DROP INDEX CONCURRENTLY public.products_sku;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.products; scans the table; index build
-- hazard builds-index: builds index products_name concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY products_name ON public.products (name, id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.products; scans the table; index build
-- hazard builds-index: builds index products_sku concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY products_sku ON public.products (sku) INCLUDE (name);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.stock, SHARE ROW EXCLUSIVE on public.products
ALTER TABLE public.stock ADD CONSTRAINT stock_sku_fkey FOREIGN KEY (sku) REFERENCES public.products (sku) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.stock; scans the table; validates existing rows
-- hazard scans-table: validates stock_sku_fkey against every row of stock
ALTER TABLE public.stock VALIDATE CONSTRAINT stock_sku_fkey;
