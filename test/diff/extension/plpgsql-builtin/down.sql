SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.f: callers fail until it exists again
DROP FUNCTION public.f();
