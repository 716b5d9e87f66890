CREATE TABLE x (a integer);
CREATE FUNCTION f(p x) RETURNS SETOF x LANGUAGE sql AS $$ SELECT p $$;
CREATE DOMAIN y AS x CHECK ((VALUE).a > 0);
COMMENT ON DOMAIN y IS 'a positive x';
CREATE TYPE pair AS (l x, r x[]);
CREATE FUNCTION g(p y) RETURNS integer LANGUAGE sql AS $$ SELECT (p).a $$;
