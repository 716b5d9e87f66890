-- x becomes partitioned: it is dropped and created again, and PostgreSQL refuses DROP TABLE while a
-- function, a domain or a composite type is declared with its row type: they are dropped first and
-- created again after (with the domain's comment, and the function declared with the domain)
CREATE TABLE x (a integer) PARTITION BY RANGE (a);
CREATE FUNCTION f(p x) RETURNS SETOF x LANGUAGE sql AS $$ SELECT p $$;
CREATE DOMAIN y AS x CHECK ((VALUE).a > 0);
COMMENT ON DOMAIN y IS 'a positive x';
CREATE TYPE pair AS (l x, r x[]);
CREATE FUNCTION g(p y) RETURNS integer LANGUAGE sql AS $$ SELECT (p).a $$;
