SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.customers
-- hazard breaks-readers: renames table public.customers to clients: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.customers RENAME TO clients;

-- lock: ACCESS EXCLUSIVE on public.clients
-- hazard breaks-readers: renames constraint customers_pkey to clients_pkey: code using the old name fails once this runs
ALTER TABLE public.clients RENAME CONSTRAINT customers_pkey TO clients_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.customers_mail_idx
-- hazard breaks-readers: renames index public.customers_mail_idx to clients_email_idx: code using the old name fails once this runs
ALTER INDEX public.customers_mail_idx RENAME TO clients_email_idx;

-- lock: ACCESS EXCLUSIVE on public.clients
-- hazard breaks-readers: renames column clients.fullname to name: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.clients RENAME COLUMN fullname TO name;

-- lock: ACCESS EXCLUSIVE on public.clients
-- hazard breaks-readers: renames column clients.mail to email: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.clients RENAME COLUMN mail TO email;

-- lock: ACCESS EXCLUSIVE on public.orders
-- hazard breaks-readers: renames column orders.customer_id to client_id: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.orders RENAME COLUMN customer_id TO client_id;

-- lock: ACCESS EXCLUSIVE on public.clients
-- hazard breaks-readers: renames constraint customers_mail_check to clients_email_check: code using the old name fails once this runs
ALTER TABLE public.clients RENAME CONSTRAINT customers_mail_check TO clients_email_check;
