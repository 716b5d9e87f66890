-- the function's result becomes bigint: the policy, the default and the SQL-standard body using it go first and come back after
CREATE FUNCTION current_tenant() RETURNS bigint LANGUAGE sql STABLE AS 'SELECT 1::bigint';
CREATE TABLE notes (id int PRIMARY KEY, tenant int DEFAULT current_tenant(), body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_tenant ON notes USING (tenant = current_tenant()) WITH CHECK (tenant = current_tenant());
CREATE FUNCTION tenant_notes() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM notes WHERE tenant = current_tenant());
