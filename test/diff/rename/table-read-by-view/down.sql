SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.posts
-- hazard breaks-readers: renames table public.posts to entries: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.posts RENAME TO entries;

-- lock: ACCESS EXCLUSIVE on public.entries
-- hazard breaks-readers: renames constraint posts_pkey to entries_pkey: code using the old name fails once this runs
ALTER TABLE public.entries RENAME CONSTRAINT posts_pkey TO entries_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.posts_created_idx
-- hazard breaks-readers: renames index public.posts_created_idx to entries_created_idx: code using the old name fails once this runs
ALTER INDEX public.posts_created_idx RENAME TO entries_created_idx;

-- lock: ACCESS EXCLUSIVE on public.posts_id_seq
-- hazard breaks-readers: renames sequence public.posts_id_seq to entries_id_seq: code using the old name fails once this runs
ALTER SEQUENCE public.posts_id_seq RENAME TO entries_id_seq;
