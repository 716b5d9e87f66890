SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TEXT SEARCH DICTIONARY public.english_stop (
  TEMPLATE = pg_catalog.simple,
  stopwords = 'english',
  accept = 'false'
);

CREATE TEXT SEARCH CONFIGURATION public.doc_fts (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION public.doc_fts ADD MAPPING FOR asciiword, word WITH public.english_stop, pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION public.doc_fts
ADD MAPPING FOR numword,
sfloat,
version,
hword_numpart,
numhword,
file,
"float",
"int",
uint
WITH
  pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION public.doc_fts ADD MAPPING FOR hword_part, hword_asciipart, asciihword, hword WITH pg_catalog.english_stem;

-- lock: ACCESS EXCLUSIVE on public.doc; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.doc ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector(CAST('public.doc_fts' AS pg_catalog.regconfig), COALESCE(body, ''))) STORED;

CREATE FUNCTION public.doc_search(q text)
RETURNS integer
LANGUAGE sql
STABLE
RETURN (SELECT d.id
FROM doc AS d
WHERE
  d.tsv @@ plainto_tsquery('doc_fts', q)
LIMIT 1);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.doc; scans the table; index build
-- hazard builds-index: builds index doc_body_fts concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY doc_body_fts ON public.doc USING gin ((to_tsvector(CAST('public.doc_fts' AS pg_catalog.regconfig), body)));

SET lock_timeout = '5s';
SET statement_timeout = '15min';

COMMENT ON TEXT SEARCH CONFIGURATION public.doc_fts IS 'documents';

COMMENT ON TEXT SEARCH DICTIONARY public.english_stop IS 'stop words first';
