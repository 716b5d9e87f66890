-- a dictionary, a configuration copied from a built-in one and changed, and the objects naming it
CREATE TEXT SEARCH DICTIONARY english_stop (TEMPLATE = simple, STOPWORDS = english, ACCEPT = false);
COMMENT ON TEXT SEARCH DICTIONARY english_stop IS 'stop words first';
CREATE TEXT SEARCH CONFIGURATION doc_fts (COPY = english);
ALTER TEXT SEARCH CONFIGURATION doc_fts ALTER MAPPING FOR asciiword, word WITH english_stop, english_stem;
ALTER TEXT SEARCH CONFIGURATION doc_fts DROP MAPPING FOR email, url, url_path, host;
COMMENT ON TEXT SEARCH CONFIGURATION doc_fts IS 'documents';
CREATE TABLE doc (
  id int PRIMARY KEY,
  body text,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('doc_fts', coalesce(body, ''))) STORED
);
CREATE INDEX doc_body_fts ON doc USING gin (to_tsvector('doc_fts', body));
CREATE FUNCTION doc_search(q text) RETURNS int LANGUAGE sql STABLE
  RETURN (SELECT d.id FROM doc d WHERE d.tsv @@ plainto_tsquery('doc_fts', q) LIMIT 1);
