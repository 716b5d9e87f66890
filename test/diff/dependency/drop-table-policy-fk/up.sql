SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.posts, ACCESS EXCLUSIVE on public.banned
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.posts DROP CONSTRAINT posts_author_fkey;

-- lock: ACCESS EXCLUSIVE on public.posts
-- hazard breaks-readers: changes which rows of posts policy posts_visible lets roles see or write
ALTER POLICY posts_visible ON public.posts USING (author > 0);

-- lock: ACCESS EXCLUSIVE on public.banned
-- hazard deletes-data: drops table public.banned and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.banned;
