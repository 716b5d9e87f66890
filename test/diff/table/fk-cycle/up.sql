SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.b (
  id integer NOT NULL,
  a_id integer,
  CONSTRAINT b_pkey PRIMARY KEY (id)
);

-- lock: ACCESS EXCLUSIVE on public.a
ALTER TABLE public.a ADD COLUMN b_id integer;

-- lock: SHARE ROW EXCLUSIVE on public.a, SHARE ROW EXCLUSIVE on public.b
ALTER TABLE public.a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES public.b (id) NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.b, SHARE ROW EXCLUSIVE on public.a; scans the table; validates existing rows
ALTER TABLE public.b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES public.a (id) DEFERRABLE INITIALLY DEFERRED;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.a; scans the table; validates existing rows
-- hazard scans-table: validates a_b_id_fkey against every row of a
ALTER TABLE public.a VALIDATE CONSTRAINT a_b_id_fkey;
