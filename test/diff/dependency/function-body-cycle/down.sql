SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.codes
-- hazard deletes-data: drops table public.codes and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.codes;

-- hazard breaks-readers: drops function public.label_free: callers fail until it exists again
DROP FUNCTION public.label_free(text);

-- hazard breaks-readers: drops function public.next_code: callers fail until it exists again
DROP FUNCTION public.next_code();

DROP DOMAIN public.small;

-- hazard breaks-readers: drops function public.is_small: callers fail until it exists again
DROP FUNCTION public.is_small(integer);
