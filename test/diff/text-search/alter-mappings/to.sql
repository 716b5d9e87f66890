-- options set and removed in place; mappings added, changed (REPLACE) and dropped in place: the index stays
CREATE TEXT SEARCH DICTIONARY syn_simple (TEMPLATE = simple, ACCEPT = false);
CREATE TEXT SEARCH CONFIGURATION c (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR asciiword, word WITH syn_simple, english_stem;
ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR int, uint, "float", numword WITH simple;
ALTER TEXT SEARCH CONFIGURATION c ALTER MAPPING FOR word REPLACE english_stem WITH simple;
CREATE TABLE t (a text);
CREATE INDEX t_fts ON t USING gin (to_tsvector('public.c', a));
