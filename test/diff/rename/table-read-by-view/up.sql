SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.entries
-- hazard breaks-readers: renames table public.entries to posts: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.entries RENAME TO posts;

-- lock: ACCESS EXCLUSIVE on public.posts
-- hazard breaks-readers: renames constraint entries_pkey to posts_pkey: code using the old name fails once this runs
ALTER TABLE public.posts RENAME CONSTRAINT entries_pkey TO posts_pkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.entries_created_idx
-- hazard breaks-readers: renames index public.entries_created_idx to posts_created_idx: code using the old name fails once this runs
ALTER INDEX public.entries_created_idx RENAME TO posts_created_idx;

-- lock: ACCESS EXCLUSIVE on public.entries_id_seq
-- hazard breaks-readers: renames sequence public.entries_id_seq to posts_id_seq: code using the old name fails once this runs
ALTER SEQUENCE public.entries_id_seq RENAME TO posts_id_seq;
