-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.events_1
DROP INDEX CONCURRENTLY public.events_1_late;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items
DROP INDEX CONCURRENTLY public.items_day;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items
DROP INDEX CONCURRENTLY public.items_big;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on its partition public.events_1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.events DROP CONSTRAINT events_at_check;

-- lock: ACCESS EXCLUSIVE on public.events_1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.events_1 DROP CONSTRAINT events_1_recent;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.base_child
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP CONSTRAINT base_n_check;

-- lock: ACCESS EXCLUSIVE on public.base_child
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.base_child DROP CONSTRAINT base_child_small;

-- lock: ACCESS EXCLUSIVE on public.items
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP CONSTRAINT items_qty_positive;

-- lock: ACCESS EXCLUSIVE on public.items
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP CONSTRAINT items_tags_check;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.base_child; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing n from integer to numeric may rewrite base under ACCESS EXCLUSIVE
-- this rewrites public.base under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.base ADD COLUMN n_new numeric;  -- plus a trigger copying writes
--   2. backfill n_new from n in batches
--   3. in one short transaction: drop n, rename n_new to n
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.base ALTER COLUMN n TYPE numeric;

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on its partition public.events_1; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing at from timestamp with time zone to timestamp without time zone may rewrite events under ACCESS EXCLUSIVE
-- hazard changes-data: the type change converts the values of at through the session's TimeZone setting
-- this rewrites public.events under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.events ADD COLUMN at_new timestamp without time zone;  -- plus a trigger copying writes
--   2. backfill at_new from at in batches
--   3. in one short transaction: drop at, rename at_new to at
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.events ALTER COLUMN at TYPE timestamp without time zone;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing qty from integer to numeric may rewrite items under ACCESS EXCLUSIVE
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN qty_new numeric;  -- plus a trigger copying writes
--   2. backfill qty_new from qty in batches
--   3. in one short transaction: drop qty, rename qty_new to qty
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN qty TYPE numeric;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing seen from timestamp with time zone to timestamp without time zone may rewrite items under ACCESS EXCLUSIVE
-- hazard changes-data: the type change converts the values of seen through the session's TimeZone setting
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN seen_new timestamp without time zone;  -- plus a trigger copying writes
--   2. backfill seen_new from seen in batches
--   3. in one short transaction: drop seen, rename seen_new to seen
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN seen TYPE timestamp without time zone;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing code from character varying(16) to character varying(8) may rewrite items under ACCESS EXCLUSIVE
-- hazard may-fail: values of code longer than 8 characters make the type change fail
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN code_new character varying(8);  -- plus a trigger copying writes
--   2. backfill code_new from code in batches
--   3. in one short transaction: drop code, rename code_new to code
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN code TYPE character varying(8);

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing tags from bigint to integer may rewrite items under ACCESS EXCLUSIVE
-- hazard may-fail: values of tags outside the range of integer make the type change fail
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN tags_new integer;  -- plus a trigger copying writes
--   2. backfill tags_new from tags in batches
--   3. in one short transaction: drop tags, rename tags_new to tags
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN tags TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.events, ACCESS EXCLUSIVE on its partition public.events_1
ALTER TABLE public.events ADD CONSTRAINT events_at_check CHECK (at > '2000-01-01') NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.events_1
ALTER TABLE public.events_1 ADD CONSTRAINT events_1_recent CHECK (at > '2010-01-01') NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.base_child
ALTER TABLE public.base ADD CONSTRAINT base_n_check CHECK (n > 1) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.base_child
ALTER TABLE public.base_child ADD CONSTRAINT base_child_small CHECK (n < 1000) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ADD CONSTRAINT items_qty_positive CHECK (qty > 0) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ADD CONSTRAINT items_tags_check CHECK (tags IN (1, 2, 3)) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.events_1; scans the table; index build
-- hazard builds-index: builds index events_1_late concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY events_1_late ON public.events_1 (id) WHERE at > '2020-01-01';

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; index build
-- hazard builds-index: builds index items_day concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY items_day ON public.items ((seen > '2020-01-01'));

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; index build
-- hazard builds-index: builds index items_big concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY items_big ON public.items (id) WHERE qty > 100;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON CONSTRAINT items_qty_positive ON public.items IS 'no empty lines';

COMMENT ON INDEX public.items_big IS 'large orders';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.events, SHARE UPDATE EXCLUSIVE on its partition public.events_1; scans the table; validates existing rows
-- hazard scans-table: validates events_at_check against every row of events
ALTER TABLE public.events VALIDATE CONSTRAINT events_at_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.events_1; scans the table; validates existing rows
-- hazard scans-table: validates events_1_recent against every row of events_1
ALTER TABLE public.events_1 VALIDATE CONSTRAINT events_1_recent;

-- lock: SHARE UPDATE EXCLUSIVE on public.base, SHARE UPDATE EXCLUSIVE on its inheritance child public.base_child; scans the table; validates existing rows
-- hazard scans-table: validates base_n_check against every row of base
ALTER TABLE public.base VALIDATE CONSTRAINT base_n_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.base_child; scans the table; validates existing rows
-- hazard scans-table: validates base_child_small against every row of base_child
ALTER TABLE public.base_child VALIDATE CONSTRAINT base_child_small;

-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; validates existing rows
-- hazard scans-table: validates items_qty_positive against every row of items
ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_positive;

-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; validates existing rows
-- hazard scans-table: validates items_tags_check against every row of items
ALTER TABLE public.items VALIDATE CONSTRAINT items_tags_check;
