SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.taggings
-- hazard deletes-data: drops table public.taggings and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.taggings;

-- lock: ACCESS EXCLUSIVE on public.users
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP CONSTRAINT users_pkey;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard deletes-data: drops column users.id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP COLUMN id;

-- lock: ACCESS EXCLUSIVE on public.users
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.users ADD COLUMN user_id integer;

-- lock: ACCESS EXCLUSIVE on public.users
-- backfill: UPDATE public.users SET user_id = <value> WHERE user_id IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.users ADD CONSTRAINT users_user_id_not_null_check CHECK (user_id IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.users
ALTER TABLE public.users ADD COLUMN name text;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.users; scans the table; index build
-- hazard builds-index: builds index users_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY users_pkey ON public.users (user_id);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.users; scans the table; validates existing rows
ALTER TABLE public.users VALIDATE CONSTRAINT users_user_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.users
-- uses the validated check: no table scan
ALTER TABLE public.users ALTER COLUMN user_id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.users
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP CONSTRAINT users_user_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.users, SHARE UPDATE EXCLUSIVE on public.users_pkey; uses existing index
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;
