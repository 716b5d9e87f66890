SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- its body needs objects that need it first (a cycle): created without checking the body, as pg_dump does
SET check_function_bodies = false;

CREATE FUNCTION public.is_small(v integer)
RETURNS boolean
LANGUAGE plpgsql
IMMUTABLE
AS $$
DECLARE
  s small;
BEGIN
  RETURN v < 100;
END $$;

RESET check_function_bodies;

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN public.small AS integer CONSTRAINT small_check CHECK (is_small(value));

-- its body needs objects that need it first (a cycle): created without checking the body, as pg_dump does
SET check_function_bodies = false;

CREATE FUNCTION public.label_free(l text)
RETURNS boolean
LANGUAGE sql
STABLE
AS $$
  SELECT NOT EXISTS (SELECT 1 FROM codes WHERE label = l)
$$;

RESET check_function_bodies;

-- its body needs objects that need it first (a cycle): created without checking the body, as pg_dump does
SET check_function_bodies = false;

CREATE FUNCTION public.next_code()
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
  last codes%ROWTYPE;
BEGIN
  SELECT * INTO last FROM codes ORDER BY code DESC LIMIT 1;
  RETURN coalesce(last.code, 0) + 1;
END $$;

RESET check_function_bodies;

CREATE TABLE public.codes (
  code integer DEFAULT next_code() NOT NULL,
  label text,
  size public.small,
  CONSTRAINT codes_label_check CHECK (label_free(label)),
  CONSTRAINT codes_pkey PRIMARY KEY (code)
);
