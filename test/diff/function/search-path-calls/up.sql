SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE s.e AS ENUM ('a', 'b');

CREATE FUNCTION public.pf()
RETURNS integer
LANGUAGE sql
AS $$select 2$$;

CREATE FUNCTION s.f0()
RETURNS integer
LANGUAGE sql
AS $$select 1$$;

CREATE FUNCTION s.f1(x integer DEFAULT s.f0(), y s.e DEFAULT CAST('a' AS s.e))
RETURNS integer
LANGUAGE sql
AS $$select x$$;

CREATE TABLE public.t3 (
  a integer DEFAULT pf()
);

CREATE TABLE s.t (
  a integer DEFAULT s.f0(),
  b integer,
  c s.e DEFAULT CAST('a' AS s.e),
  d integer GENERATED ALWAYS AS (a + s.f0()) STORED,
  CONSTRAINT t_b_check CHECK (b > s.f0())
);

CREATE TABLE s.t2 (
  a integer DEFAULT (public.pf() + s.f0()),
  b bigint DEFAULT ((now())::date - '2000-01-01'::date)
);

-- lock: SHARE on s.t; scans the table; index build
CREATE INDEX t_expr_idx ON s.t ((a + s.f0()));
