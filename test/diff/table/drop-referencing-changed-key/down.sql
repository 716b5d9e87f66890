SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.users
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP CONSTRAINT users_pkey;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard deletes-data: drops column users.user_id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP COLUMN user_id;

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard deletes-data: drops column users.name and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP COLUMN name;

-- hazard irreversible: re-creates table public.taggings, dropped by the up migration: its rows are not restored
CREATE TABLE public.taggings (
  user_id integer NOT NULL,
  tag text NOT NULL
);

-- lock: ACCESS EXCLUSIVE on public.users
-- hazard irreversible: re-adds column users.id, dropped by the up migration: its values are not restored
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.users ADD COLUMN id integer;

-- lock: ACCESS EXCLUSIVE on public.users
-- backfill: UPDATE public.users SET id = <value> WHERE id IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.users ADD CONSTRAINT users_id_not_null_check CHECK (id IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.users; scans the table; index build
-- hazard builds-index: builds index users_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY users_pkey ON public.users (id);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.users; scans the table; validates existing rows
ALTER TABLE public.users VALIDATE CONSTRAINT users_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.users
-- uses the validated check: no table scan
ALTER TABLE public.users ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.users
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP CONSTRAINT users_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.users, SHARE UPDATE EXCLUSIVE on public.users_pkey; uses existing index
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;

-- lock: SHARE ROW EXCLUSIVE on public.taggings, SHARE ROW EXCLUSIVE on public.users; scans the table; validates existing rows
ALTER TABLE public.taggings ADD CONSTRAINT taggings_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id);
