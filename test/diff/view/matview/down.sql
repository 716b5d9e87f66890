SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.totals
DROP MATERIALIZED VIEW public.totals;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.counts
DROP INDEX CONCURRENTLY public.counts_n;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard scans-table: populates materialized view totals by running its query
CREATE MATERIALIZED VIEW public.totals AS
SELECT
  orders.customer,
  sum(orders.total) AS total
FROM public.orders
GROUP BY
  orders.customer;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.totals; scans the table; index build
-- hazard builds-index: builds index totals_customer concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
CREATE UNIQUE INDEX CONCURRENTLY totals_customer ON public.totals (customer);
