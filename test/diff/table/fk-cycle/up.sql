CREATE TABLE public.b (
  id integer NOT NULL,
  a_id integer,
  CONSTRAINT b_pkey PRIMARY KEY (id)
);

ALTER TABLE public.a ADD COLUMN b_id integer;

-- hazard scans-table: validates a_b_id_fkey against every row of a
ALTER TABLE public.a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES public.b (id);

ALTER TABLE public.b
ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id)
DEFERRABLE INITIALLY DEFERRED;
