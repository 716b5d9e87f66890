CREATE TYPE status AS ENUM ('new', 'open', 'closed', 'archived');
CREATE TABLE tickets (id int PRIMARY KEY, status status NOT NULL DEFAULT 'new');
CREATE VIEW open_tickets AS SELECT id, status FROM tickets WHERE status = 'open';
CREATE FUNCTION is_done(s status) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'closed' $$;
