CREATE TABLE t (id int PRIMARY KEY, v text);
GRANT ALL ON t TO app_reader;
GRANT SELECT ON t TO app_writer;
