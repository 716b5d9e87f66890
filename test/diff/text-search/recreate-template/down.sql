SET lock_timeout = '5s';
SET statement_timeout = '15min';

DROP TEXT SEARCH CONFIGURATION public.c;

DROP TEXT SEARCH DICTIONARY public.d;

CREATE TEXT SEARCH DICTIONARY public.d (
  TEMPLATE = pg_catalog.simple
);

CREATE TEXT SEARCH CONFIGURATION public.c (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION public.c ADD MAPPING FOR asciiword WITH public.d;

COMMENT ON TEXT SEARCH CONFIGURATION public.c IS 'kept';
