SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.clients
-- hazard breaks-readers: renames table public.clients to customers: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.clients RENAME TO customers;

-- lock: ACCESS EXCLUSIVE on public.customers
-- hazard breaks-readers: renames constraint clients_pkey to customers_pkey: code using the old name fails once this runs
ALTER TABLE public.customers RENAME CONSTRAINT clients_pkey TO customers_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.clients_email_idx
-- hazard breaks-readers: renames index public.clients_email_idx to customers_mail_idx: code using the old name fails once this runs
ALTER INDEX public.clients_email_idx RENAME TO customers_mail_idx;

-- lock: ACCESS EXCLUSIVE on public.customers
-- hazard breaks-readers: renames column customers.name to fullname: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.customers RENAME COLUMN name TO fullname;

-- lock: ACCESS EXCLUSIVE on public.customers
-- hazard breaks-readers: renames column customers.email to mail: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.customers RENAME COLUMN email TO mail;

-- lock: ACCESS EXCLUSIVE on public.orders
-- hazard breaks-readers: renames column orders.client_id to customer_id: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.orders RENAME COLUMN client_id TO customer_id;

-- lock: ACCESS EXCLUSIVE on public.customers
-- hazard breaks-readers: renames constraint clients_email_check to customers_mail_check: code using the old name fails once this runs
ALTER TABLE public.customers RENAME CONSTRAINT clients_email_check TO customers_mail_check;
