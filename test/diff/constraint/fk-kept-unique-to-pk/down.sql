SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Billing"."Invoices", ACCESS EXCLUSIVE on public.customers
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE "Billing"."Invoices" DROP CONSTRAINT "Invoices_customer_fk";

-- lock: ACCESS EXCLUSIVE on public.orders, ACCESS EXCLUSIVE on public.customers
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.customers
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.customers DROP CONSTRAINT customers_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.customers; scans the table; index build
-- hazard builds-index: builds index customers_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY customers_id_key ON public.customers (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.customers, SHARE UPDATE EXCLUSIVE on public.customers_id_key; uses existing index
ALTER TABLE public.customers ADD CONSTRAINT customers_id_key UNIQUE USING INDEX customers_id_key;

-- lock: SHARE ROW EXCLUSIVE on "Billing"."Invoices", SHARE ROW EXCLUSIVE on public.customers
ALTER TABLE "Billing"."Invoices" ADD CONSTRAINT "Invoices_customer_fk" FOREIGN KEY ("customerId") REFERENCES public.customers (id) NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.orders, SHARE ROW EXCLUSIVE on public.customers
ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE NOT VALID;

COMMENT ON CONSTRAINT "Invoices_customer_fk" ON "Billing"."Invoices" IS 'who pays';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on "Billing"."Invoices"; scans the table; validates existing rows
-- hazard scans-table: validates Invoices_customer_fk against every row of Invoices
ALTER TABLE "Billing"."Invoices" VALIDATE CONSTRAINT "Invoices_customer_fk";

-- lock: SHARE UPDATE EXCLUSIVE on public.orders; scans the table; validates existing rows
-- hazard scans-table: validates orders_customer_id_fkey against every row of orders
ALTER TABLE public.orders VALIDATE CONSTRAINT orders_customer_id_fkey;
