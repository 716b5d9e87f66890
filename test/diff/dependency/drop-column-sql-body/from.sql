CREATE TABLE accounts (id int PRIMARY KEY, balance numeric, legacy_code text);
CREATE FUNCTION total_balance() RETURNS numeric LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(balance) FROM accounts; END;
CREATE FUNCTION code_of(a int) RETURNS text LANGUAGE sql STABLE RETURN (SELECT legacy_code FROM accounts WHERE id = a);
CREATE FUNCTION plain_code(a int) RETURNS text LANGUAGE sql STABLE AS $$ SELECT legacy_code FROM accounts WHERE id = a $$;
