SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of orders policy orders_customer lets roles see or write
DROP POLICY orders_customer ON public.orders;

-- hazard breaks-readers: changes which rows of orders policy orders_total lets roles see or write
DROP POLICY orders_total ON public.orders;

-- lock: ACCESS EXCLUSIVE on public.orders; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing customer from bigint to integer may rewrite orders under ACCESS EXCLUSIVE
-- hazard may-fail: values of customer outside the range of integer make the type change fail
-- this rewrites public.orders under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.orders ADD COLUMN customer_new integer;  -- plus a trigger copying writes
--   2. backfill customer_new from customer in batches
--   3. in one short transaction: drop customer, rename customer_new to customer
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.orders ALTER COLUMN customer TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.orders; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing total from bigint to integer may rewrite orders under ACCESS EXCLUSIVE
-- hazard may-fail: values of total outside the range of integer make the type change fail
-- this rewrites public.orders under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.orders ADD COLUMN total_new integer;  -- plus a trigger copying writes
--   2. backfill total_new from total in batches
--   3. in one short transaction: drop total, rename total_new to total
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.orders ALTER COLUMN total TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.orders
-- hazard breaks-readers: changes which rows of orders policy orders_customer lets roles see or write
CREATE POLICY orders_customer ON public.orders FOR SELECT USING (customer > 0);

-- lock: ACCESS EXCLUSIVE on public.orders
-- hazard breaks-readers: changes which rows of orders policy orders_total lets roles see or write
CREATE POLICY orders_total ON public.orders FOR INSERT WITH CHECK (total >= 0);
