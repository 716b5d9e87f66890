-- salary is dropped: the view loses a column, so it is dropped and created again; the function and the
-- policy reading the view go first and come back after
CREATE TABLE staff (id int PRIMARY KEY, name text, dept text);
CREATE VIEW staff_public AS SELECT id, name FROM staff;
CREATE FUNCTION staff_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM staff_public);
CREATE TABLE desks (id int PRIMARY KEY, owner int);
ALTER TABLE desks ENABLE ROW LEVEL SECURITY;
CREATE POLICY desks_owner ON desks USING (owner IN (SELECT id FROM staff_public));
