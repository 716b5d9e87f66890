-- SELECT * over functions in FROM names the columns as PostgreSQL does: after the function's OUT /
-- TABLE parameters (one makes a scalar named after it; unnamed ones are column1, column2), the
-- columns of the row type it returns (table, view, composite), a column definition list for record,
-- the alias or the function's name for a scalar; ROWS FROM, WITH ORDINALITY, alias column lists,
-- multi-argument unnest and builtins with OUT parameters; the down migration creates the others
CREATE TABLE tt (p int, q text);
CREATE VIEW base AS SELECT p, q FROM tt;
CREATE TYPE ct AS (m int, n text);
CREATE FUNCTION fff(t text) RETURNS TABLE(x text) LANGUAGE sql AS $$ SELECT t $$;
CREATE FUNCTION g2(t text) RETURNS TABLE(x text, y int) LANGUAGE sql AS $$ SELECT t, 1 $$;
CREATE FUNCTION o1(OUT a int) LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION o2(OUT a int, OUT b text) LANGUAGE sql AS $$ SELECT 1, 'x' $$;
CREATE FUNCTION un(OUT int, OUT text) LANGUAGE sql AS $$ SELECT 1, 'a' $$;
CREATE FUNCTION io(INOUT a int, OUT b int) LANGUAGE sql AS $$ SELECT a, 1 $$;
CREATE FUNCTION st() RETURNS SETOF tt LANGUAGE sql AS $$ SELECT * FROM tt $$;
CREATE FUNCTION vv() RETURNS SETOF base LANGUAGE sql AS $$ SELECT * FROM base $$;
CREATE FUNCTION sc() RETURNS ct LANGUAGE sql AS $$ SELECT 1, 'a' $$;
CREATE FUNCTION sc1() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION rec() RETURNS SETOF record LANGUAGE sql AS $$ SELECT 1, 'a' $$;
CREATE FUNCTION defs(a int, b int DEFAULT 2) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
CREATE VIEW v14 AS SELECT * FROM vv();
CREATE VIEW v15 AS SELECT * FROM ROWS FROM (rec() AS (a int, b text), sc1()) AS z;
CREATE VIEW v16 AS SELECT * FROM sc1() WITH ORDINALITY;
CREATE VIEW v17 AS SELECT * FROM ROWS FROM (sc1(), o2());
CREATE VIEW v18 AS SELECT * FROM ROWS FROM (sc1());
CREATE VIEW v19 AS SELECT * FROM fff('x') WITH ORDINALITY AS o(a, b);
CREATE VIEW v20 AS SELECT * FROM defs(1), defs(1, 3) d2;
CREATE VIEW v21 AS SELECT * FROM json_each('{}'), jsonb_array_elements('[]') AS e(v), generate_series(1, 2) g;
CREATE VIEW v22 AS SELECT * FROM unnest(ARRAY[1, 2], ARRAY['a', 'b']) AS u(a, b);
CREATE VIEW v23 AS SELECT t.p, x.* FROM tt t, LATERAL g2(t.q) x;
CREATE VIEW v24 AS SELECT * FROM pg_options_to_table(ARRAY['a=b']);
CREATE VIEW v25 AS SELECT o.a, o.b FROM o2() o WHERE o.a > 0;
CREATE VIEW v26 AS SELECT a, b FROM o2();
CREATE VIEW v27 AS SELECT v14.*, v23.x, v23.y FROM v14 JOIN v23 USING (p);
