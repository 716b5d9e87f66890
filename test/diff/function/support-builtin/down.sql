SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.My Like: callers fail until it exists again
DROP FUNCTION public."My Like"(text, text);

-- hazard breaks-readers: drops function public.func_with_support: callers fail until it exists again
DROP FUNCTION public.func_with_support();

CREATE OR REPLACE FUNCTION public.kept(a character varying)
RETURNS character varying
LANGUAGE sql
IMMUTABLE
AS $$ SELECT a $$;
