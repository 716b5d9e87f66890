SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: renames type public.color to colour: code using the old name fails once this runs
ALTER TYPE public.color RENAME TO colour;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
ALTER TYPE public.colour RENAME VALUE 'green' TO 'grean';

-- lock: ACCESS EXCLUSIVE on public.paint
ALTER TABLE public.paint ALTER COLUMN c SET DEFAULT 'grean';
