SET lock_timeout = '5s';
SET statement_timeout = '15min';

ALTER TEXT SEARCH DICTIONARY public.syn_simple (accept = 'false', stopwords);

ALTER TEXT SEARCH CONFIGURATION public.c DROP MAPPING FOR email;

ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR word WITH public.syn_simple, pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION public.c ALTER MAPPING FOR numword WITH pg_catalog.simple;

DROP TEXT SEARCH DICTIONARY public.plain;
