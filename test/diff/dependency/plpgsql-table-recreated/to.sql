-- x becomes partitioned: it is dropped and created again. f takes x as an argument (PostgreSQL records
-- that): it is dropped first and created again after. h only declares x's row type, column type and
-- array in its PL/pgSQL body, which PostgreSQL checks at creation but records nothing for: DROP TABLE
-- does not refuse, h stays as it is, and the next call compiles it against the new x.
CREATE TABLE x (a integer) PARTITION BY RANGE (a);
CREATE FUNCTION f(p x) RETURNS integer LANGUAGE sql AS $$ SELECT (p).a $$;
CREATE FUNCTION h() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  r x%ROWTYPE;
  v x.a%TYPE;
  all_rows x[];
BEGIN
  RETURN coalesce(r.a, v, cardinality(all_rows));
END $$;
