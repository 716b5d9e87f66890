-- hazard deletes-data: drops column t.c and its values
ALTER TABLE public.t DROP COLUMN c;

-- hazard deletes-data: drops column t.b and its values
ALTER TABLE public.t DROP COLUMN b;

ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 2) STORED;
