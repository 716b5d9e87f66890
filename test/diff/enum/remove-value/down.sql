SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates enum value 'review' of status, removed by the up migration: rows that held it are not restored
ALTER TYPE public.status ADD VALUE 'review' BEFORE 'published';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.posts
ALTER TABLE public.posts ALTER COLUMN status SET DEFAULT 'review';
