-- a value removed: the type is recreated; the view reading the column and the function using the type go around it
CREATE TYPE status AS ENUM ('new', 'open', 'closed');
CREATE TABLE tickets (id int PRIMARY KEY, status status NOT NULL DEFAULT 'new');
CREATE VIEW open_tickets AS SELECT id, status FROM tickets WHERE status = 'open';
CREATE FUNCTION is_done(s status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'closed' $$;
