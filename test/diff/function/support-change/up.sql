SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE FUNCTION public.dropped(x text)
RETURNS text
LANGUAGE sql
AS $$SELECT x$$;

CREATE OR REPLACE FUNCTION public.gained(x text)
RETURNS text
LANGUAGE sql
SUPPORT public.new_support
AS $$SELECT x$$;

CREATE OR REPLACE FUNCTION public.moved(x text)
RETURNS text
LANGUAGE sql
SUPPORT public.new_support
AS $$SELECT x$$;

-- hazard breaks-readers: drops function public.old_support: callers fail until it exists again
DROP FUNCTION public.old_support(internal);
