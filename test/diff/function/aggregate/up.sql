SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.joined: callers fail until it exists again
DROP AGGREGATE public.joined(text);

CREATE FUNCTION public.count_step(n bigint)
RETURNS bigint
LANGUAGE sql
IMMUTABLE
AS $$SELECT n + 1$$;

CREATE AGGREGATE public.joined(text) (
  INITCOND = '',
  PARALLEL = SAFE,
  SFUNC = public.concat_step,
  STYPE = text
);

CREATE AGGREGATE public.tally(*) (
  INITCOND = '0',
  SFUNC = public.count_step,
  STYPE = bigint
);

CREATE TABLE public.words (
  w text
);

CREATE VIEW public.all_words AS
SELECT
  public.joined(words.w) AS words,
  public.tally(*) AS n
FROM public.words;

COMMENT ON AGGREGATE public.tally(*) IS 'counts rows';
