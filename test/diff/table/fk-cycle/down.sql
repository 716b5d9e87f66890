ALTER TABLE public.a DROP CONSTRAINT a_b_id_fkey;

-- hazard deletes-data: drops table public.b and all its rows
DROP TABLE public.b;

-- hazard deletes-data: drops column a.b_id and its values
ALTER TABLE public.a DROP COLUMN b_id;
