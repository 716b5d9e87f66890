SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.parcels_width_carrier;

-- hazard irreversible: re-creates table public.legacy, dropped by the up migration: its rows are not restored
CREATE TABLE public.legacy (
  a integer,
  b integer
);

-- lock: ACCESS EXCLUSIVE on public.parcels; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing weight from bigint to numeric may rewrite parcels under ACCESS EXCLUSIVE
-- this rewrites public.parcels under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.parcels ADD COLUMN weight_new numeric;  -- plus a trigger copying writes
--   2. backfill weight_new from weight in batches
--   3. in one short transaction: drop weight, rename weight_new to weight
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.parcels ALTER COLUMN weight TYPE numeric;

-- lock: ACCESS EXCLUSIVE on public.parcels
-- hazard irreversible: re-adds column parcels.height, dropped by the up migration: its values are not restored
ALTER TABLE public.parcels ADD COLUMN height integer;

-- lock: SHARE UPDATE EXCLUSIVE on public.legacy
CREATE STATISTICS public.legacy_ab ON a, b FROM public.legacy;

-- lock: SHARE UPDATE EXCLUSIVE on public.parcels
CREATE STATISTICS public.parcels_dims ON width, height FROM public.parcels;

-- lock: SHARE UPDATE EXCLUSIVE on public.parcels
CREATE STATISTICS public.parcels_volume ON carrier, (width * height) FROM public.parcels;
