SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard irreversible: re-creates table public.legacy, dropped by the up migration: its rows are not restored
CREATE TABLE public.legacy (
  id integer NOT NULL,
  name text,
  CONSTRAINT legacy_pkey PRIMARY KEY (id)
);

CREATE FUNCTION public.legacy_count()
RETURNS bigint
LANGUAGE sql
STABLE
RETURN (SELECT count(*)
FROM legacy);

CREATE FUNCTION public.legacy_ids()
RETURNS SETOF integer
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT id FROM legacy;
END;

CREATE FUNCTION public.legacy_plain()
RETURNS bigint
LANGUAGE sql
STABLE
AS $$SELECT count(*) FROM legacy$$;

CREATE OR REPLACE VIEW public.everything AS
SELECT current.id
FROM public.current
UNION
ALL
SELECT legacy.id
FROM public.legacy;

CREATE VIEW public.legacy_names AS
SELECT legacy.name
FROM public.legacy;
