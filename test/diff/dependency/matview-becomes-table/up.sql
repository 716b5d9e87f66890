SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.hot_count
DROP MATERIALIZED VIEW public.hot_count;

-- lock: ACCESS EXCLUSIVE on public.hot
DROP VIEW public.hot;

-- lock: ACCESS EXCLUSIVE on public.cache
DROP MATERIALIZED VIEW public.cache;

CREATE TABLE public.cache (
  id integer NOT NULL,
  v integer,
  CONSTRAINT cache_pkey PRIMARY KEY (id)
);

-- lock: SHARE on public.cache; scans the table; index build
CREATE INDEX cache_v ON public.cache (v);

CREATE VIEW public.hot AS
SELECT cache.id
FROM public.cache
WHERE
  cache.v > 0;

-- hazard scans-table: populates materialized view hot_count by running its query
CREATE MATERIALIZED VIEW public.hot_count AS
SELECT count(*) AS n
FROM public.hot;

GRANT SELECT ON TABLE public.hot_count TO PUBLIC;
