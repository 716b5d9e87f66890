-- A view calls a PL/pgSQL function whose body declares the view's row type: the function needs the
-- view's row type at creation, the view needs the function. As pg_dump does, a placeholder view of the
-- same columns comes first, then the function, then the view's real query; going down, the view is
-- first replaced by its placeholder (the table can go), then the function, then the view are dropped.
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);

SET check_function_bodies = false;
CREATE FUNCTION describe_account(p_id int) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  acct account_view%ROWTYPE;
BEGIN
  RETURN p_id::text;
END $$;
RESET check_function_bodies;

CREATE VIEW account_view AS SELECT id, balance, describe_account(id) AS label FROM accounts;
