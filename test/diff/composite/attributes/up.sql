SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.address
-- hazard deletes-data: drops attribute zip of type address: values stored in columns of this type lose it
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TYPE public.address DROP ATTRIBUTE zip;

CREATE TYPE public.money_amount AS (amount numeric(12,2), currency character(3));

-- lock: ACCESS EXCLUSIVE on public.address
ALTER TYPE public.address ADD ATTRIBUTE country text;

-- lock: ACCESS EXCLUSIVE on public.geo
-- hazard may-fail: fails if a table column stores type geo (PostgreSQL cannot change an attribute of a stored composite type)
ALTER TYPE public.geo ALTER ATTRIBUTE lat TYPE numeric;

-- lock: ACCESS EXCLUSIVE on public.geo
-- hazard may-fail: fails if a table column stores type geo (PostgreSQL cannot change an attribute of a stored composite type)
ALTER TYPE public.geo ALTER ATTRIBUTE label TYPE text COLLATE "C";

-- lock: ACCESS EXCLUSIVE on public.offices
ALTER TABLE public.offices ADD COLUMN rent public.money_amount;

-- lock: ACCESS EXCLUSIVE on public.offices
ALTER TABLE public.offices ADD COLUMN history public.address[];

COMMENT ON TYPE public.address IS 'postal address';

DROP TYPE public.obsolete;
