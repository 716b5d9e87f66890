SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TEXT SEARCH DICTIONARY public.plain (
  TEMPLATE = pg_catalog.simple
);

ALTER TEXT SEARCH DICTIONARY public.syn_simple (stopwords = 'english', accept);

ALTER TEXT SEARCH CONFIGURATION public.c DROP MAPPING FOR numword;

ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR word WITH public.syn_simple, pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR email WITH public.plain;
