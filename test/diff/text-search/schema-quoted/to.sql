-- objects in another schema with names that need quotes, a configuration copied from a user one
CREATE SCHEMA search;
CREATE TEXT SEARCH DICTIONARY search."Stop Words" (TEMPLATE = pg_catalog.simple, StopWords = 'english');
CREATE TEXT SEARCH CONFIGURATION search."Base" (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION search."Base" ALTER MAPPING FOR asciiword WITH search."Stop Words", simple;
CREATE TEXT SEARCH CONFIGURATION search.derived (COPY = search."Base");
ALTER TEXT SEARCH CONFIGURATION search.derived ALTER MAPPING REPLACE simple WITH english_stem;
CREATE TABLE search.t (a text, CHECK (to_tsvector('search."Base"', a) IS NOT NULL));
