-- Grants and revokes naming the owner (CURRENT_USER, CURRENT_ROLE, SESSION_USER: the role running the migrations owns these objects): PostgreSQL's ACL holds the owner's privileges, a grant of what it holds adds nothing, a revoke takes it away. Tables, columns, sequences, functions, schemas and types.
CREATE SCHEMA app;
CREATE TABLE app.t (id int, secret text);
CREATE TABLE app.u (id int);
CREATE SEQUENCE app.s;
CREATE TYPE app.mood AS ENUM ('ok');
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
GRANT SELECT, INSERT ON app.t TO CURRENT_USER;
REVOKE TRUNCATE ON app.u FROM CURRENT_USER;
GRANT USAGE ON SEQUENCE app.s TO SESSION_USER;
