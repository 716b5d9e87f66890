SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.t (
  id integer NOT NULL,
  name text,
  CONSTRAINT t_pkey PRIMARY KEY (id)
);

CREATE VIEW public.v AS
SELECT
  t.id,
  t.name,
  count(*) AS n
FROM public.t
GROUP BY
  t.id;
