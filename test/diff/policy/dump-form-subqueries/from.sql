-- pg_dump prints a policy's subquery with its columns qualified (SELECT users.id FROM public.users), the outer table's columns too (docs.owner_id), casts on varchar columns, and = ANY (SELECT …) as IN (SELECT …): equal to the schema as written, so no change.
CREATE TABLE users (id integer PRIMARY KEY, name varchar(40), org_id integer);
CREATE TABLE docs (id integer PRIMARY KEY, owner_id integer, org_id integer, title varchar(100));
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_org ON docs USING (org_id IN (SELECT org_id FROM users WHERE name = current_user));
CREATE POLICY docs_owner ON docs FOR UPDATE USING (EXISTS (SELECT 1 FROM users u WHERE u.id = owner_id AND u.name = current_user)) WITH CHECK (title <> '');
CREATE POLICY docs_any ON docs FOR SELECT USING (owner_id = ANY (SELECT id FROM users));
