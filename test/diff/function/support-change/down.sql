SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE FUNCTION public.gained(x text)
RETURNS text
LANGUAGE sql
AS $$SELECT x$$;

CREATE FUNCTION public.old_support(internal)
RETURNS internal
LANGUAGE internal
STRICT
AS $$generate_series_int4_support$$;

CREATE OR REPLACE FUNCTION public.dropped(x text)
RETURNS text
LANGUAGE sql
SUPPORT public.old_support
AS $$SELECT x$$;

CREATE OR REPLACE FUNCTION public.moved(x text)
RETURNS text
LANGUAGE sql
SUPPORT public.old_support
AS $$SELECT x$$;
