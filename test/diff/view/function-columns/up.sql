SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.v00
DROP VIEW public.v00;

-- lock: ACCESS EXCLUSIVE on public.v01
DROP VIEW public.v01;

-- lock: ACCESS EXCLUSIVE on public.v02
DROP VIEW public.v02;

-- lock: ACCESS EXCLUSIVE on public.v03
DROP VIEW public.v03;

-- lock: ACCESS EXCLUSIVE on public.v04
DROP VIEW public.v04;

-- lock: ACCESS EXCLUSIVE on public.v05
DROP VIEW public.v05;

-- lock: ACCESS EXCLUSIVE on public.v06
DROP VIEW public.v06;

-- lock: ACCESS EXCLUSIVE on public.v07
DROP VIEW public.v07;

-- lock: ACCESS EXCLUSIVE on public.v08
DROP VIEW public.v08;

-- lock: ACCESS EXCLUSIVE on public.v09
DROP VIEW public.v09;

-- lock: ACCESS EXCLUSIVE on public.v10
DROP VIEW public.v10;

-- lock: ACCESS EXCLUSIVE on public.v11
DROP VIEW public.v11;

-- lock: ACCESS EXCLUSIVE on public.v12
DROP VIEW public.v12;

-- lock: ACCESS EXCLUSIVE on public.v13
DROP VIEW public.v13;

CREATE VIEW public.v14 AS
SELECT
  vv.p,
  vv.q
FROM public.vv() AS vv(p, q);

CREATE VIEW public.v15 AS
SELECT
  z.a,
  z.b,
  z.sc1
FROM ROWS FROM (public.rec() AS (a int, b text), public.sc1()) AS z(a, b, sc1);

CREATE VIEW public.v16 AS
SELECT
  sc1.sc1,
  sc1.ordinality
FROM public.sc1() WITH ORDINALITY AS sc1(sc1, ordinality);

CREATE VIEW public.v17 AS
SELECT
  sc1.sc1,
  sc1.a,
  sc1.b
FROM ROWS FROM (public.sc1(), public.o2()) AS sc1(sc1, a, b);

CREATE VIEW public.v18 AS
SELECT sc1.sc1
FROM public.sc1() AS sc1(sc1);

CREATE VIEW public.v19 AS
SELECT
  o.a,
  o.b
FROM public.fff('x') WITH ORDINALITY AS o(a, b);

CREATE VIEW public.v20 AS
SELECT
  defs.defs,
  d2.d2
FROM public.defs(1) AS defs(defs), public.defs(1, 3) AS d2(d2);

CREATE VIEW public.v21 AS
SELECT
  json_each.key,
  json_each.value,
  e.v,
  g.g
FROM json_each('{}') AS json_each(key, value), jsonb_array_elements('[]') AS e(v), generate_series(1, 2) AS g(g);

CREATE VIEW public.v22 AS
SELECT
  u.a,
  u.b
FROM unnest(ARRAY[1, 2], ARRAY['a', 'b']) AS u(a, b);

CREATE VIEW public.v23 AS
SELECT
  t.p,
  x.x,
  x.y
FROM public.tt AS t, LATERAL public.g2(t.q) AS x(x, y);

CREATE VIEW public.v24 AS
SELECT
  pg_options_to_table.option_name,
  pg_options_to_table.option_value
FROM pg_options_to_table(ARRAY['a=b']) AS pg_options_to_table(option_name, option_value);

CREATE VIEW public.v25 AS
SELECT
  o.a,
  o.b
FROM public.o2() AS o(a, b)
WHERE
  o.a > 0;

CREATE VIEW public.v26 AS
SELECT
  o2.a,
  o2.b
FROM public.o2() AS o2(a, b);

CREATE VIEW public.v27 AS
SELECT
  v14.p,
  v14.q,
  v23.x,
  v23.y
FROM public.v14
JOIN public.v23 USING (p);
