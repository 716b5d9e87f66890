SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE SCHEMA app;

CREATE TABLE app."Point" (
  x integer,
  y integer
);

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN app.pt AS app."Point" CONSTRAINT pt_check CHECK ((value).x IS NOT NULL);

CREATE TABLE public.x (
  a integer
);

CREATE DOMAIN public.y AS public.x;

CREATE DOMAIN public.ya AS public.x[];
