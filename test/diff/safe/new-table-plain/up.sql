SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.pets (
  id bigint NOT NULL,
  owner_id bigint NOT NULL,
  name text NOT NULL,
  CONSTRAINT pets_name_check CHECK (length(name) > 0),
  CONSTRAINT pets_pkey PRIMARY KEY (id),
  CONSTRAINT pets_name_key UNIQUE (name)
);

-- lock: SHARE on public.pets; scans the table; index build
CREATE INDEX pets_owner_idx ON public.pets (owner_id);

-- lock: SHARE ROW EXCLUSIVE on public.pets, SHARE ROW EXCLUSIVE on public.owners; scans the table; validates existing rows
ALTER TABLE public.pets ADD CONSTRAINT pets_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.owners (id);
