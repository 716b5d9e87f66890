SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE COLLATION public.bytewise (LOCALE = 'C');

CREATE COLLATION public.posix_copy FROM "POSIX";

-- lock: ACCESS EXCLUSIVE on public.words
-- hazard rewrites-table: changing w from text to text may rewrite words under ACCESS EXCLUSIVE
ALTER TABLE public.words ALTER COLUMN w TYPE text COLLATE public.bytewise;

-- lock: ACCESS EXCLUSIVE on public.words
ALTER TABLE public.words ADD COLUMN v text COLLATE public.posix_copy;

-- lock: ACCESS EXCLUSIVE on public.words
ALTER TABLE public.words ADD COLUMN x text COLLATE "C";

COMMENT ON COLLATION public.bytewise IS 'byte order';
