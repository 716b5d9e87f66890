ALTER TABLE public.t DROP CONSTRAINT t_p_id_fkey;

ALTER TABLE public.p DROP CONSTRAINT p_code_key;

ALTER TABLE public.t DROP CONSTRAINT t_qty_check;

CREATE TABLE public.t2 (
  x integer NOT NULL,
  y integer NOT NULL,
  CONSTRAINT t2_pkey PRIMARY KEY (x, y)
);

-- hazard scans-table: validates t_qty_check against every row of t
ALTER TABLE public.t ADD CONSTRAINT t_qty_check CHECK (qty >= 0);

-- hazard scans-table: validates t_a_b_check against every row of t
ALTER TABLE public.t ADD CONSTRAINT t_a_b_check CHECK (a < b);

-- hazard builds-index: builds the index of t_a_b_key; fails on duplicates
ALTER TABLE public.t ADD CONSTRAINT t_a_b_key UNIQUE NULLS NOT DISTINCT (a, b);

-- hazard scans-table: validates t_p_id_fkey against every row of t
ALTER TABLE public.t
ADD CONSTRAINT t_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p (id) ON UPDATE CASCADE ON DELETE SET NULL;

-- hazard scans-table: validates t_p_match against every row of t
ALTER TABLE public.t
ADD CONSTRAINT t_p_match FOREIGN KEY (a, b) REFERENCES public.t2 (x, y) MATCH FULL;
