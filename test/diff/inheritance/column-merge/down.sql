SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ch
-- hazard breaks-readers: rows of ch disappear from queries on other
ALTER TABLE public.ch NO INHERIT public.other;

-- lock: ACCESS EXCLUSIVE on public.ch
-- hazard deletes-data: drops column ch.y and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.ch DROP COLUMN y;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2)
-- hazard deletes-data: drops column p.d and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.p DROP COLUMN d;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2); rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing a from bigint to integer may rewrite p under ACCESS EXCLUSIVE
-- hazard may-fail: values of a outside the range of integer make the type change fail
-- this rewrites public.p under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.p ADD COLUMN a_new integer;  -- plus a trigger copying writes
--   2. backfill a_new from a in batches
--   3. in one short transaction: drop a, rename a_new to a
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.p ALTER COLUMN a TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2)
-- hazard irreversible: re-adds column p.b, dropped by the up migration: its values are not restored
ALTER TABLE public.p ADD COLUMN b text;

-- lock: ACCESS EXCLUSIVE on public.p, ACCESS EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2)
ALTER TABLE public.p ADD CONSTRAINT p_c_check CHECK (c > 0) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.p, SHARE UPDATE EXCLUSIVE on its 2 inheritance children (public.ch, public.ch2); scans the table; validates existing rows
-- hazard scans-table: validates p_c_check against every row of p
ALTER TABLE public.p VALIDATE CONSTRAINT p_c_check;
