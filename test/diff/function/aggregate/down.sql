SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.all_words
DROP VIEW public.all_words;

-- lock: ACCESS EXCLUSIVE on public.words
-- hazard deletes-data: drops table public.words and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.words;

-- hazard breaks-readers: drops function public.joined: callers fail until it exists again
DROP AGGREGATE public.joined(text);

-- hazard breaks-readers: drops function public.tally: callers fail until it exists again
DROP AGGREGATE public.tally(*);

-- hazard breaks-readers: drops function public.count_step: callers fail until it exists again
DROP FUNCTION public.count_step(bigint);

CREATE AGGREGATE public.joined(text) (
  INITCOND = '',
  SFUNC = public.concat_step,
  STYPE = text
);
