-- the same views as pg_dump prints them (every function item named with all its columns,
-- ROWS FROM of one function as the plain call): no change
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
CREATE VIEW v01 AS
 SELECT fff.x
   FROM fff('abc'::text) fff(x);
CREATE VIEW v02 AS
 SELECT z.x
   FROM fff('abc'::text) z(x);
CREATE VIEW v03 AS
 SELECT g2.x,
    g2.y,
    g2.ordinality
   FROM g2('a'::text) WITH ORDINALITY g2(x, y, ordinality);
CREATE VIEW v04 AS
 SELECT w.k,
    w.y
   FROM g2('a'::text) w(k, y);
CREATE VIEW v05 AS
 SELECT o1.a
   FROM o1() o1(a);
CREATE VIEW v06 AS
 SELECT o2.a,
    o2.b
   FROM o2() o2(a, b);
CREATE VIEW v07 AS
 SELECT st.p,
    st.q
   FROM st() st(p, q);
CREATE VIEW v08 AS
 SELECT sc.m,
    sc.n
   FROM sc() sc(m, n);
CREATE VIEW v09 AS
 SELECT sc1.sc1
   FROM sc1() sc1(sc1);
CREATE VIEW v10 AS
 SELECT s.s
   FROM sc1() s(s);
CREATE VIEW v11 AS
 SELECT un.column1,
    un.column2
   FROM un() un(column1, column2);
CREATE VIEW v12 AS
 SELECT r.a,
    r.b
   FROM rec() r(a integer, b text);
CREATE VIEW v13 AS
 SELECT io.a,
    io.b
   FROM io(1) io(a, b);
CREATE VIEW v14 AS
 SELECT vv.p,
    vv.q
   FROM vv() vv(p, q);
CREATE VIEW v15 AS
 SELECT z.a,
    z.b,
    z.sc1
   FROM ROWS FROM(rec() AS (a integer, b text), sc1()) z(a, b, sc1);
CREATE VIEW v16 AS
 SELECT sc1.sc1,
    sc1.ordinality
   FROM sc1() WITH ORDINALITY sc1(sc1, ordinality);
CREATE VIEW v17 AS
 SELECT sc1.sc1,
    sc1.a,
    sc1.b
   FROM ROWS FROM(sc1(), o2()) sc1(sc1, a, b);
CREATE VIEW v18 AS
 SELECT sc1.sc1
   FROM sc1() sc1(sc1);
CREATE VIEW v19 AS
 SELECT o.a,
    o.b
   FROM fff('x'::text) WITH ORDINALITY o(a, b);
CREATE VIEW v20 AS
 SELECT defs.defs,
    d2.d2
   FROM defs(1) defs(defs),
    defs(1, 3) d2(d2);
CREATE VIEW v21 AS
 SELECT json_each.key,
    json_each.value,
    e.v,
    g.g
   FROM json_each('{}'::json) json_each(key, value),
    jsonb_array_elements('[]'::jsonb) e(v),
    generate_series(1, 2) g(g);
CREATE VIEW v22 AS
 SELECT u.a,
    u.b
   FROM UNNEST(ARRAY[1, 2], ARRAY['a'::text, 'b'::text]) u(a, b);
CREATE VIEW v23 AS
 SELECT t.p,
    x.x,
    x.y
   FROM tt t,
    LATERAL g2(t.q) x(x, y);
CREATE VIEW v24 AS
 SELECT pg_options_to_table.option_name,
    pg_options_to_table.option_value
   FROM pg_options_to_table(ARRAY['a=b'::text]) pg_options_to_table(option_name, option_value);
CREATE VIEW v25 AS
 SELECT o.a,
    o.b
   FROM o2() o(a, b)
  WHERE (o.a > 0);
CREATE VIEW v26 AS
 SELECT o2.a,
    o2.b
   FROM o2() o2(a, b);
CREATE VIEW v27 AS
 SELECT v14.p,
    v14.q,
    v01.x
   FROM v14,
    v01;
