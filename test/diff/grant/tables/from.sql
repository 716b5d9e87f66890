CREATE TABLE accounts (id serial PRIMARY KEY, name text, secret text);
CREATE SEQUENCE tickets;
GRANT SELECT ON accounts TO app_reader;
GRANT SELECT, UPDATE ON accounts TO app_writer WITH GRANT OPTION;
GRANT SELECT (secret) ON accounts TO app_writer;
