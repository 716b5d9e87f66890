SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: renames type public.order_status to order_state: code using the old name fails once this runs
ALTER TYPE public.order_status RENAME TO order_state;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard breaks-readers: renames table public.users to accounts: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.users RENAME TO accounts;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: renames constraint users_pkey to accounts_pkey: code using the old name fails once this runs
ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.name_idx
-- hazard breaks-readers: renames index public.name_idx to old_name_idx: code using the old name fails once this runs
ALTER INDEX public.name_idx RENAME TO old_name_idx;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: renames column accounts.user_name to username: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts RENAME COLUMN user_name TO username;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: renames column accounts.mail to Mail: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts RENAME COLUMN mail TO "Mail";

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: renames constraint unique_mail to old_unique_mail: code using the old name fails once this runs
ALTER TABLE public.accounts RENAME CONSTRAINT unique_mail TO old_unique_mail;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
ALTER TYPE public.order_state RENAME VALUE 'waiting' TO 'pending';
