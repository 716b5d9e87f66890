SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.words
-- hazard deletes-data: drops column words.v and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.words DROP COLUMN v;

-- lock: ACCESS EXCLUSIVE on public.words
-- hazard deletes-data: drops column words.x and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.words DROP COLUMN x;

-- lock: ACCESS EXCLUSIVE on public.words
-- hazard rewrites-table: changing w from text to text may rewrite words under ACCESS EXCLUSIVE
ALTER TABLE public.words ALTER COLUMN w TYPE text;

DROP COLLATION public.bytewise;

DROP COLLATION public.posix_copy;
