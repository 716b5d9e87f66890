SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.v15
DROP VIEW public.v15;

-- lock: ACCESS EXCLUSIVE on public.v16
DROP VIEW public.v16;

-- lock: ACCESS EXCLUSIVE on public.v17
DROP VIEW public.v17;

-- lock: ACCESS EXCLUSIVE on public.v18
DROP VIEW public.v18;

-- lock: ACCESS EXCLUSIVE on public.v19
DROP VIEW public.v19;

-- lock: ACCESS EXCLUSIVE on public.v20
DROP VIEW public.v20;

-- lock: ACCESS EXCLUSIVE on public.v21
DROP VIEW public.v21;

-- lock: ACCESS EXCLUSIVE on public.v22
DROP VIEW public.v22;

-- lock: ACCESS EXCLUSIVE on public.v24
DROP VIEW public.v24;

-- lock: ACCESS EXCLUSIVE on public.v25
DROP VIEW public.v25;

-- lock: ACCESS EXCLUSIVE on public.v26
DROP VIEW public.v26;

-- lock: ACCESS EXCLUSIVE on public.v27
DROP VIEW public.v27;

-- lock: ACCESS EXCLUSIVE on public.v14
DROP VIEW public.v14;

-- lock: ACCESS EXCLUSIVE on public.v23
DROP VIEW public.v23;

CREATE VIEW public.v01 AS
SELECT fff.x
FROM public.fff('abc') AS fff(x);

CREATE VIEW public.v00 AS
SELECT v01.x
FROM public.v01
WHERE
  v01.x <> '';

CREATE VIEW public.v02 AS
SELECT z.x
FROM public.fff('abc') AS z(x);

CREATE VIEW public.v03 AS
SELECT
  g2.x,
  g2.y,
  g2.ordinality
FROM public.g2('a') WITH ORDINALITY AS g2(x, y, ordinality);

CREATE VIEW public.v04 AS
SELECT
  w.k,
  w.y
FROM public.g2('a') AS w(k, y);

CREATE VIEW public.v05 AS
SELECT o1.a
FROM public.o1() AS o1(a);

CREATE VIEW public.v06 AS
SELECT
  o2.a,
  o2.b
FROM public.o2() AS o2(a, b);

CREATE VIEW public.v07 AS
SELECT
  st.p,
  st.q
FROM public.st() AS st(p, q);

CREATE VIEW public.v08 AS
SELECT
  sc.m,
  sc.n
FROM public.sc() AS sc(m, n);

CREATE VIEW public.v09 AS
SELECT sc1.sc1
FROM public.sc1() AS sc1(sc1);

CREATE VIEW public.v10 AS
SELECT s.s
FROM public.sc1() AS s(s);

CREATE VIEW public.v11 AS
SELECT
  un.column1,
  un.column2
FROM public.un() AS un(column1, column2);

CREATE VIEW public.v12 AS
SELECT
  r.a,
  r.b
FROM public.rec() r (a int, b text);

CREATE VIEW public.v13 AS
SELECT
  io.a,
  io.b
FROM public.io(1) AS io(a, b);
