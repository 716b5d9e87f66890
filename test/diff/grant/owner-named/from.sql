-- Objects owned by another role (OWNER TO app_owner): grants naming app_owner are the owner's, grants to CURRENT_USER are a grantee's like any other. OWNER TO merges what the new owner held as a grantee into the owner's privileges (t2), as PostgreSQL's aclnewowner does.
CREATE TABLE t (id int);
ALTER TABLE t OWNER TO app_owner;
GRANT SELECT ON t TO app_owner;
GRANT SELECT ON t TO app_reader;
CREATE TABLE t2 (id int);
GRANT SELECT ON t2 TO app_owner;
ALTER TABLE t2 OWNER TO app_owner;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
ALTER FUNCTION f() OWNER TO app_owner;
