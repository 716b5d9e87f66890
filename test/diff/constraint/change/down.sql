ALTER TABLE public.t DROP CONSTRAINT t_p_id_fkey;

ALTER TABLE public.t DROP CONSTRAINT t_p_match;

ALTER TABLE public.t DROP CONSTRAINT t_qty_check;

ALTER TABLE public.t DROP CONSTRAINT t_a_b_check;

ALTER TABLE public.t DROP CONSTRAINT t_a_b_key;

-- hazard deletes-data: drops table public.t2 and all its rows
DROP TABLE public.t2;

-- hazard builds-index: builds the index of p_code_key; fails on duplicates
ALTER TABLE public.p ADD CONSTRAINT p_code_key UNIQUE (code);

-- hazard scans-table: validates t_qty_check against every row of t
ALTER TABLE public.t ADD CONSTRAINT t_qty_check CHECK (qty > 0);

-- hazard scans-table: validates t_p_id_fkey against every row of t
ALTER TABLE public.t ADD CONSTRAINT t_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id);
