SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.quad
DROP VIEW public.quad;

-- lock: ACCESS EXCLUSIVE on public.doubled
DROP VIEW public.doubled;

-- hazard breaks-readers: drops function public.double: callers fail until it exists again
DROP FUNCTION public.double(integer);
