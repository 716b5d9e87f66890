-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.doc
DROP INDEX CONCURRENTLY public.doc_body_fts;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.doc_search: callers fail until it exists again
DROP FUNCTION public.doc_search(text);

-- lock: ACCESS EXCLUSIVE on public.doc
-- hazard deletes-data: drops column doc.tsv and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.doc DROP COLUMN tsv;

DROP TEXT SEARCH CONFIGURATION public.doc_fts;

DROP TEXT SEARCH DICTIONARY public.english_stop;
