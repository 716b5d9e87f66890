-- hazard deletes-data: drops column t.new_col and its values
ALTER TABLE public.t DROP COLUMN new_col;

-- hazard deletes-data: drops column t.tags and its values
ALTER TABLE public.t DROP COLUMN tags;

ALTER TABLE public.t ADD COLUMN old_col text;
