-- x is a plain table read by two functions (to.sql says what changes)
CREATE TABLE x (a integer);
CREATE FUNCTION f(p x) RETURNS integer LANGUAGE sql AS $$ SELECT (p).a $$;
CREATE FUNCTION h() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  r x%ROWTYPE;
  v x.a%TYPE;
  all_rows x[];
BEGIN
  RETURN coalesce(r.a, v, cardinality(all_rows));
END $$;
