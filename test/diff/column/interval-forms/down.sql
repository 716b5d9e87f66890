SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.f and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN f;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.g and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN g;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.h and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN h;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.i and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN i;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.j and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN j;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.k and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN k;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.l and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN l;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.m and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN m;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.n and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN n;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.o and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN o;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.p and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN p;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard deletes-data: drops column logs.q and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN q;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing lag from interval minute to second(1) to interval minute may rewrite base under ACCESS EXCLUSIVE
-- hazard changes-data: the type change truncates lag to whole minutes
-- this rewrites public.base under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.base ADD COLUMN lag_new interval minute;  -- plus a trigger copying writes
--   2. backfill lag_new from lag in batches
--   3. in one short transaction: drop lag, rename lag_new to lag
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.base ALTER COLUMN lag TYPE interval minute;

-- lock: ACCESS EXCLUSIVE on public.logs; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing a from interval(6) to interval year to month may rewrite logs under ACCESS EXCLUSIVE
-- hazard changes-data: the type change truncates a to whole months
-- this rewrites public.logs under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.logs ADD COLUMN a_new interval year to month;  -- plus a trigger copying writes
--   2. backfill a_new from a in batches
--   3. in one short transaction: drop a, rename a_new to a
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ALTER COLUMN a TYPE interval year to month;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard rewrites-table: changing b from interval second(3) to interval second may rewrite logs under ACCESS EXCLUSIVE
ALTER TABLE public.logs ALTER COLUMN b TYPE interval second;

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard rewrites-table: changing c from interval day to second(3) to interval may rewrite logs under ACCESS EXCLUSIVE
ALTER TABLE public.logs ALTER COLUMN c TYPE interval;

-- lock: ACCESS EXCLUSIVE on public.logs; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing d from interval(6) to interval(2) may rewrite logs under ACCESS EXCLUSIVE
-- hazard changes-data: the type change rounds the fractional seconds of d to 2 digits
-- this rewrites public.logs under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.logs ADD COLUMN d_new interval(2);  -- plus a trigger copying writes
--   2. backfill d_new from d in batches
--   3. in one short transaction: drop d, rename d_new to d
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ALTER COLUMN d TYPE interval(2);

-- lock: ACCESS EXCLUSIVE on public.logs; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing e from interval hour to second to interval hour to second(4) may rewrite logs under ACCESS EXCLUSIVE
-- hazard changes-data: the type change rounds the fractional seconds of e to 4 digits
-- this rewrites public.logs under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.logs ADD COLUMN e_new interval hour to second(4);  -- plus a trigger copying writes
--   2. backfill e_new from e in batches
--   3. in one short transaction: drop e, rename e_new to e
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ALTER COLUMN e TYPE interval hour to second(4);

-- lock: ACCESS EXCLUSIVE on public.measures, ACCESS EXCLUSIVE on its partition public.measures_2024; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing span from interval day to minute to interval day to hour may rewrite measures under ACCESS EXCLUSIVE
-- hazard changes-data: the type change truncates span to whole hours
-- this rewrites public.measures under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.measures ADD COLUMN span_new interval day to hour;  -- plus a trigger copying writes
--   2. backfill span_new from span in batches
--   3. in one short transaction: drop span, rename span_new to span
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.measures ALTER COLUMN span TYPE interval day to hour;

DROP DOMAIN public.seconds;
