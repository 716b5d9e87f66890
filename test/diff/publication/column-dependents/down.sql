SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- hazard breaks-readers: renames column t.quantity to qty: code using the old name fails once this runs
-- pgshift-ignore: renaming-column -- required by the schema change; reviewed hazard
ALTER TABLE public.t RENAME COLUMN quantity TO qty;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER PUBLICATION p DROP TABLE ONLY public.t;

-- lock: SHARE UPDATE EXCLUSIVE on public.u
ALTER PUBLICATION q DROP TABLE ONLY public.u;

-- lock: ACCESS EXCLUSIVE on public.t; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing price from bigint to integer may rewrite t under ACCESS EXCLUSIVE
-- hazard may-fail: values of price outside the range of integer make the type change fail
-- this rewrites public.t under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.t ADD COLUMN price_new integer;  -- plus a trigger copying writes
--   2. backfill price_new from price in batches
--   3. in one short transaction: drop price, rename price_new to price
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.t ALTER COLUMN price TYPE integer;

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard irreversible: re-adds column u.gone, dropped by the up migration: its values are not restored
ALTER TABLE public.u ADD COLUMN gone integer;

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER PUBLICATION p ADD TABLE ONLY public.t (id, qty, price) WHERE (qty > 0
  AND price::numeric > 1.5);

-- lock: SHARE UPDATE EXCLUSIVE on public.u
ALTER PUBLICATION q ADD TABLE ONLY public.u WHERE (gone IS NULL);
