SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP STATISTICS public.parcels_dims;

DROP STATISTICS public.parcels_volume;

-- lock: ACCESS EXCLUSIVE on public.legacy
-- hazard deletes-data: drops table public.legacy and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.legacy;

-- lock: ACCESS EXCLUSIVE on public.parcels
-- hazard deletes-data: drops column parcels.height and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.parcels DROP COLUMN height;

-- lock: ACCESS EXCLUSIVE on public.parcels; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing weight from numeric to bigint may rewrite parcels under ACCESS EXCLUSIVE
-- hazard may-fail: values of weight outside the range of bigint make the type change fail
-- hazard changes-data: the type change rounds weight to whole numbers
-- this rewrites public.parcels under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.parcels ADD COLUMN weight_new bigint;  -- plus a trigger copying writes
--   2. backfill weight_new from weight in batches
--   3. in one short transaction: drop weight, rename weight_new to weight
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.parcels ALTER COLUMN weight TYPE bigint;

-- lock: SHARE UPDATE EXCLUSIVE on public.parcels
CREATE STATISTICS public.parcels_width_carrier ON width, carrier FROM public.parcels;
