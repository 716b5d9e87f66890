SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: renames type public.order_state to order_status: code using the old name fails once this runs
ALTER TYPE public.order_state RENAME TO order_status;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: renames table public.accounts to users: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts RENAME TO users;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard breaks-readers: renames constraint accounts_pkey to users_pkey: code using the old name fails once this runs
ALTER TABLE public.users RENAME CONSTRAINT accounts_pkey TO users_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.old_name_idx
-- hazard breaks-readers: renames index public.old_name_idx to name_idx: code using the old name fails once this runs
ALTER INDEX public.old_name_idx RENAME TO name_idx;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard breaks-readers: renames column users.username to user_name: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users RENAME COLUMN username TO user_name;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard breaks-readers: renames column users.Mail to mail: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users RENAME COLUMN "Mail" TO mail;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard breaks-readers: renames constraint old_unique_mail to unique_mail: code using the old name fails once this runs
ALTER TABLE public.users RENAME CONSTRAINT old_unique_mail TO unique_mail;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
ALTER TYPE public.order_status RENAME VALUE 'pending' TO 'waiting';
