-- hazard deletes-data: drops column t.b and its values
ALTER TABLE public.t DROP COLUMN b;

ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 3) STORED;

ALTER TABLE public.t ADD COLUMN c text COLLATE "C";
