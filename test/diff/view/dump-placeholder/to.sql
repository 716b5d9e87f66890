-- pg_dump's way out of a view cycle (a view grouping by a primary key depends on the constraint,
-- dumped after the tables): a placeholder view, replaced once the constraint exists
CREATE TABLE public.t (
    id integer NOT NULL,
    name text
);
CREATE VIEW public.v AS
SELECT
    NULL::integer AS id,
    NULL::text AS name,
    NULL::bigint AS n;
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE OR REPLACE VIEW public.v AS
 SELECT t.id,
    t.name,
    count(*) AS n
   FROM public.t
  GROUP BY t.id;
