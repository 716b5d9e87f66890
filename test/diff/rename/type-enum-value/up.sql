SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: renames type public.colour to color: code using the old name fails once this runs
ALTER TYPE public.colour RENAME TO color;

-- pgshift-ignore: enum-value-removal -- required by the schema change; reviewed hazard
ALTER TYPE public.color RENAME VALUE 'grean' TO 'green';

-- lock: ACCESS EXCLUSIVE on public.paint
ALTER TABLE public.paint ALTER COLUMN c SET DEFAULT 'green';
