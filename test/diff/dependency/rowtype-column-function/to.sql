-- another table's columns and a function's argument and result (RETURNS SETOF) of a table's row type
CREATE TABLE x (a integer);
CREATE TABLE z (b x, c x[]);
CREATE FUNCTION f(p x) RETURNS SETOF x LANGUAGE sql AS $$ SELECT p $$;
