SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of boards policy boards_members lets roles see or write
DROP POLICY boards_members ON public.boards;

-- hazard breaks-readers: changes which rows of boards policy boards_team lets roles see or write
DROP POLICY boards_team ON public.boards;

-- hazard breaks-readers: drops function public.active_count: callers fail until it exists again
DROP FUNCTION public.active_count();

-- lock: ACCESS EXCLUSIVE on public.active_members
DROP VIEW public.active_members;

-- lock: ACCESS EXCLUSIVE on public.members; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing team from bigint to integer may rewrite members under ACCESS EXCLUSIVE
-- hazard may-fail: values of team outside the range of integer make the type change fail
-- this rewrites public.members under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.members ADD COLUMN team_new integer;  -- plus a trigger copying writes
--   2. backfill team_new from team in batches
--   3. in one short transaction: drop team, rename team_new to team
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.members ALTER COLUMN team TYPE integer;

CREATE VIEW public.active_members AS
SELECT
  members.id,
  members.team
FROM public.members
WHERE
  members.active;

CREATE FUNCTION public.active_count()
RETURNS bigint
LANGUAGE sql
STABLE
RETURN (SELECT count(*)
FROM active_members);

-- lock: ACCESS EXCLUSIVE on public.boards
-- hazard breaks-readers: changes which rows of boards policy boards_members lets roles see or write
CREATE POLICY boards_members ON public.boards FOR DELETE USING (EXISTS (SELECT 1
FROM members AS m
WHERE
  m.team = boards.team));

-- lock: ACCESS EXCLUSIVE on public.boards
-- hazard breaks-readers: changes which rows of boards policy boards_team lets roles see or write
CREATE POLICY boards_team ON public.boards USING (team IN (SELECT team
FROM active_members));
