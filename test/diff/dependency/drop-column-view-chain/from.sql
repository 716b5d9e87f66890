CREATE TABLE staff (id int PRIMARY KEY, name text, salary numeric, dept text);
CREATE VIEW staff_public AS SELECT id, name, salary FROM staff;
CREATE FUNCTION staff_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM staff_public);
CREATE TABLE desks (id int PRIMARY KEY, owner int);
ALTER TABLE desks ENABLE ROW LEVEL SECURITY;
CREATE POLICY desks_owner ON desks USING (owner IN (SELECT id FROM staff_public));
