SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard rewrites-table: changing label from character varying to text may rewrite items under ACCESS EXCLUSIVE
ALTER TABLE public.items ALTER COLUMN label TYPE text;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN label SET DEFAULT 'x';

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN seen DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing seen from timestamp without time zone to timestamp with time zone may rewrite items under ACCESS EXCLUSIVE
-- hazard changes-data: the type change converts the values of seen through the session's TimeZone setting
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN seen_new timestamp with time zone;  -- plus a trigger copying writes
--   2. backfill seen_new from seen in batches
--   3. in one short transaction: drop seen, rename seen_new to seen
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN seen TYPE timestamp with time zone;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN seen SET DEFAULT '2020-01-01';

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN kind DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing kind from public.kind to text may rewrite items under ACCESS EXCLUSIVE
-- hazard may-fail: values of kind that do not cast to text make it fail
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN kind_new text;  -- plus a trigger copying writes
--   2. backfill kind_new from kind in batches
--   3. in one short transaction: drop kind, rename kind_new to kind
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN kind TYPE text USING kind::text::text;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN kind SET DEFAULT 'a';

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing amount from integer to bigint may rewrite items under ACCESS EXCLUSIVE
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN amount_new bigint;  -- plus a trigger copying writes
--   2. backfill amount_new from amount in batches
--   3. in one short transaction: drop amount, rename amount_new to amount
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN amount TYPE bigint;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing created from timestamp without time zone to timestamp with time zone may rewrite items under ACCESS EXCLUSIVE
-- hazard changes-data: the type change converts the values of created through the session's TimeZone setting
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN created_new timestamp with time zone;  -- plus a trigger copying writes
--   2. backfill created_new from created in batches
--   3. in one short transaction: drop created, rename created_new to created
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN created TYPE timestamp with time zone;

-- lock: ACCESS EXCLUSIVE on public.parts, ACCESS EXCLUSIVE on its 2 partitions (public.parts_p1, public.parts_p2)
-- hazard rewrites-table: changing tag from character varying to text may rewrite parts under ACCESS EXCLUSIVE
ALTER TABLE public.parts ALTER COLUMN tag TYPE text;

-- lock: ACCESS EXCLUSIVE on public.parts
ALTER TABLE ONLY public.parts ALTER COLUMN tag SET DEFAULT 'p';

-- lock: ACCESS EXCLUSIVE on public.parts_p1
ALTER TABLE public.parts_p1 ALTER COLUMN tag SET DEFAULT 'own';

-- lock: ACCESS EXCLUSIVE on public.parts_p2
ALTER TABLE public.parts_p2 ALTER COLUMN tag SET DEFAULT 'p';
