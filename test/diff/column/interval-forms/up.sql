SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE DOMAIN public.seconds AS interval second(2);

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child
-- hazard rewrites-table: changing lag from interval minute to interval minute to second(1) may rewrite base under ACCESS EXCLUSIVE
-- hazard changes-data: the type change rounds the fractional seconds of lag to 1 digit
ALTER TABLE public.base ALTER COLUMN lag TYPE interval minute to second(1);

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard rewrites-table: changing a from interval year to month to interval(6) may rewrite logs under ACCESS EXCLUSIVE
ALTER TABLE public.logs ALTER COLUMN a TYPE interval(6);

-- lock: ACCESS EXCLUSIVE on public.logs; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing b from interval second to interval second(3) may rewrite logs under ACCESS EXCLUSIVE
-- hazard changes-data: the type change rounds the fractional seconds of b to 3 digits
-- this rewrites public.logs under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.logs ADD COLUMN b_new interval second(3);  -- plus a trigger copying writes
--   2. backfill b_new from b in batches
--   3. in one short transaction: drop b, rename b_new to b
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ALTER COLUMN b TYPE interval second(3);

-- lock: ACCESS EXCLUSIVE on public.logs; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing c from interval to interval day to second(3) may rewrite logs under ACCESS EXCLUSIVE
-- hazard changes-data: the type change rounds the fractional seconds of c to 3 digits
-- this rewrites public.logs under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.logs ADD COLUMN c_new interval day to second(3);  -- plus a trigger copying writes
--   2. backfill c_new from c in batches
--   3. in one short transaction: drop c, rename c_new to c
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ALTER COLUMN c TYPE interval day to second(3);

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard rewrites-table: changing d from interval(2) to interval(6) may rewrite logs under ACCESS EXCLUSIVE
ALTER TABLE public.logs ALTER COLUMN d TYPE interval(6);

-- lock: ACCESS EXCLUSIVE on public.logs
-- hazard rewrites-table: changing e from interval hour to second(4) to interval hour to second may rewrite logs under ACCESS EXCLUSIVE
ALTER TABLE public.logs ALTER COLUMN e TYPE interval hour to second;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN f interval(1);

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN g interval year;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN h interval month;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN i interval day;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN j interval hour;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN k interval minute;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN l interval second(0);

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN m interval day to minute;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN n interval hour to minute;

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN o interval minute to second(2);

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN p interval year to month[] DEFAULT '{}';

-- lock: ACCESS EXCLUSIVE on public.logs
ALTER TABLE public.logs ADD COLUMN q interval day to second DEFAULT CAST('1 day 02:00:00' AS interval day to second) NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.measures, ACCESS EXCLUSIVE on its partition public.measures_2024
-- hazard rewrites-table: changing span from interval day to hour to interval day to minute may rewrite measures under ACCESS EXCLUSIVE
ALTER TABLE public.measures ALTER COLUMN span TYPE interval day to minute;
