SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.items
-- hazard rewrites-table: changing label from text to character varying may rewrite items under ACCESS EXCLUSIVE
ALTER TABLE public.items ALTER COLUMN label TYPE character varying;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN label SET DEFAULT 'x';

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN seen DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing seen from timestamp with time zone to timestamp without time zone may rewrite items under ACCESS EXCLUSIVE
-- hazard changes-data: the type change converts the values of seen through the session's TimeZone setting
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN seen_new timestamp without time zone;  -- plus a trigger copying writes
--   2. backfill seen_new from seen in batches
--   3. in one short transaction: drop seen, rename seen_new to seen
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN seen TYPE timestamp without time zone;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN seen SET DEFAULT '2020-01-01';

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN kind DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; USING expression rewrites the table
-- hazard rewrites-table: changing kind from text to public.kind may rewrite items under ACCESS EXCLUSIVE
-- hazard may-fail: values of kind that do not cast to public.kind make it fail
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN kind_new public.kind;  -- plus a trigger copying writes
--   2. backfill kind_new from kind in batches
--   3. in one short transaction: drop kind, rename kind_new to kind
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN kind TYPE public.kind USING kind::text::public.kind;

-- lock: ACCESS EXCLUSIVE on public.items
ALTER TABLE public.items ALTER COLUMN kind SET DEFAULT 'a';

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing amount from bigint to integer may rewrite items under ACCESS EXCLUSIVE
-- hazard may-fail: values of amount outside the range of integer make the type change fail
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN amount_new integer;  -- plus a trigger copying writes
--   2. backfill amount_new from amount in batches
--   3. in one short transaction: drop amount, rename amount_new to amount
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN amount TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.items; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing created from timestamp with time zone to timestamp without time zone may rewrite items under ACCESS EXCLUSIVE
-- hazard changes-data: the type change converts the values of created through the session's TimeZone setting
-- this rewrites public.items under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.items ADD COLUMN created_new timestamp without time zone;  -- plus a trigger copying writes
--   2. backfill created_new from created in batches
--   3. in one short transaction: drop created, rename created_new to created
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN created TYPE timestamp without time zone;

-- lock: ACCESS EXCLUSIVE on public.parts, ACCESS EXCLUSIVE on its 2 partitions (public.parts_p1, public.parts_p2)
-- hazard rewrites-table: changing tag from text to character varying may rewrite parts under ACCESS EXCLUSIVE
ALTER TABLE public.parts ALTER COLUMN tag TYPE character varying;

-- lock: ACCESS EXCLUSIVE on public.parts
ALTER TABLE ONLY public.parts ALTER COLUMN tag SET DEFAULT 'p';

-- lock: ACCESS EXCLUSIVE on public.parts_p1
ALTER TABLE public.parts_p1 ALTER COLUMN tag SET DEFAULT 'own';

-- lock: ACCESS EXCLUSIVE on public.parts_p2
ALTER TABLE public.parts_p2 ALTER COLUMN tag SET DEFAULT 'p';
