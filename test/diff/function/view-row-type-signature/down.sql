SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.row_id: callers fail until it exists again
DROP FUNCTION public.row_id(app.v);

-- hazard breaks-readers: drops function public.total: callers fail until it exists again
DROP FUNCTION public.total(public.summary[]);

-- lock: ACCESS EXCLUSIVE on public.summary
DROP VIEW public.summary;
