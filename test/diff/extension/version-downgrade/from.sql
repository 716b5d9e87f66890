-- hstore 1.4 → 1.8 has update scripts; 1.8 → 1.4 has none: the down migration cannot run it
CREATE EXTENSION hstore VERSION '1.4';
CREATE TABLE t (h hstore);
