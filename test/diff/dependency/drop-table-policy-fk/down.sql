SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates table public.banned, dropped by the up migration: its rows are not restored
CREATE TABLE public.banned (
  user_id integer NOT NULL,
  CONSTRAINT banned_pkey PRIMARY KEY (user_id)
);

-- lock: SHARE ROW EXCLUSIVE on public.posts, SHARE ROW EXCLUSIVE on public.banned
ALTER TABLE public.posts ADD CONSTRAINT posts_author_fkey FOREIGN KEY (author) REFERENCES public.banned (user_id) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.posts
-- hazard breaks-readers: changes which rows of posts policy posts_visible lets roles see or write
ALTER POLICY posts_visible ON public.posts USING (NOT (author IN (SELECT user_id
FROM banned)));

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.posts; scans the table; validates existing rows
-- hazard scans-table: validates posts_author_fkey against every row of posts
ALTER TABLE public.posts VALIDATE CONSTRAINT posts_author_fkey;
