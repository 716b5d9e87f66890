-- hazard deletes-data: drops column t.old_col and its values
ALTER TABLE public.t DROP COLUMN old_col;

ALTER TABLE public.t ADD COLUMN new_col boolean DEFAULT false NOT NULL;

ALTER TABLE public.t ADD COLUMN tags text[] DEFAULT '{}';
