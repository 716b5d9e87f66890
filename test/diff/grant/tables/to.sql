CREATE TABLE accounts (id serial PRIMARY KEY, name text, secret text);
CREATE SEQUENCE tickets;
CREATE TABLE audit (id bigint PRIMARY KEY, note text);
GRANT SELECT (id, name), UPDATE (name) ON accounts TO app_reader;
GRANT SELECT, UPDATE ON accounts TO app_writer;
GRANT INSERT ON accounts TO app_writer WITH GRANT OPTION;
GRANT USAGE, SELECT ON SEQUENCE tickets, accounts_id_seq TO app_writer;
GRANT SELECT, INSERT ON audit TO app_writer, PUBLIC;
