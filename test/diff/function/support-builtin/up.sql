SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public."My Like"(a text, b text)
RETURNS boolean
LANGUAGE sql
SUPPORT pg_catalog.textlike_support
AS $$ SELECT a LIKE b $$;

CREATE FUNCTION public.func_with_support()
RETURNS integer
LANGUAGE sql
SUPPORT pg_catalog.varchar_support
AS $$ SELECT 1 $$;

CREATE OR REPLACE FUNCTION public.kept(a character varying)
RETURNS character varying
LANGUAGE sql
IMMUTABLE
SUPPORT pg_catalog.varchar_support
AS $$ SELECT a $$;
