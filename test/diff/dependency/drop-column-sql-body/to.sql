-- balance and legacy_code are dropped: SQL-standard bodies record the columns they read, so the
-- functions reading them go first (code_of is changed, total_balance dropped); the plain SQL body
-- records nothing, it is replaced in any order
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE FUNCTION code_of(a int) RETURNS text LANGUAGE sql STABLE RETURN (SELECT a::text FROM accounts WHERE id = a);
CREATE FUNCTION plain_code(a int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT id::text FROM accounts WHERE id = a $$;
