-- another template: the dictionary is dropped and created again, and so is the configuration using it (PostgreSQL records it)
CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION c (PARSER = default);
ALTER TEXT SEARCH CONFIGURATION c ADD MAPPING FOR asciiword WITH d;
COMMENT ON TEXT SEARCH CONFIGURATION c IS 'kept';
