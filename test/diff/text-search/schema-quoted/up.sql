SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TEXT SEARCH DICTIONARY search."Stop Words" (
  TEMPLATE = pg_catalog.simple,
  stopwords = 'english'
);

CREATE TEXT SEARCH CONFIGURATION search."Base" (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION search."Base" ADD MAPPING FOR asciiword WITH search."Stop Words", pg_catalog.simple;

ALTER TEXT SEARCH CONFIGURATION search."Base"
ADD MAPPING FOR word,
numword,
email,
url,
host,
sfloat,
version,
hword_numpart,
hword_part,
hword_asciipart,
numhword,
asciihword,
hword,
url_path,
file,
"float",
"int",
uint
WITH
  pg_catalog.simple;

CREATE TEXT SEARCH CONFIGURATION search.derived (PARSER = pg_catalog."default");

ALTER TEXT SEARCH CONFIGURATION search.derived ADD MAPPING FOR asciiword WITH search."Stop Words", pg_catalog.english_stem;

ALTER TEXT SEARCH CONFIGURATION search.derived
ADD MAPPING FOR word,
numword,
email,
url,
host,
sfloat,
version,
hword_numpart,
hword_part,
hword_asciipart,
numhword,
asciihword,
hword,
url_path,
file,
"float",
"int",
uint
WITH
  pg_catalog.english_stem;

CREATE TABLE search.t (
  a text,
  CONSTRAINT t_a_check CHECK (to_tsvector(CAST('search."Base"' AS pg_catalog.regconfig), a) IS NOT NULL)
);
