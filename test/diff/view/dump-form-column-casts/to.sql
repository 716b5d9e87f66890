CREATE DOMAIN public.code AS character varying(10);

CREATE TABLE public.t (
    id integer NOT NULL,
    l character varying(20),
    c public.code,
    n integer,
    s smallint
);

CREATE FUNCTION public.f(x character varying) RETURNS boolean
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT (EXISTS ( SELECT 1
            FROM public.t
           WHERE (((t.l)::text = (f.x)::text) AND ((t.c)::text = 'z'::text)))) AS "exists";
END;

CREATE FUNCTION public.trg() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN NEW; END $$;

CREATE MATERIALIZED VIEW public.mv AS
 SELECT t.l,
    ((t.c)::text || '!'::text) AS c2
   FROM public.t
  WHERE ((t.c)::text >= 'a'::text)
  WITH NO DATA;

CREATE VIEW public.v AS
 SELECT t.id,
    ((t.l)::text || 'x'::text) AS lx,
    (t.n + 1) AS n1
   FROM public.t
  WHERE (((t.l)::text <> 'a'::text) AND (t.s > 1));

CREATE VIEW public.v2 AS
 WITH q AS (
         SELECT t.l
           FROM public.t
        )
 SELECT upper((q.l)::text) AS u
   FROM q
  WHERE ((q.l)::text = 'k'::text);

CREATE VIEW public.v3 AS
 SELECT s.l
   FROM ( SELECT t.l
           FROM public.t
          WHERE ((t.l)::text > 'a'::text)) s
  WHERE ((s.l)::text < 'z'::text);

CREATE VIEW public.w AS
 SELECT a.id
   FROM (public.t a
     JOIN public.t b ON (((a.l)::text = (b.l)::text)))
  WHERE ((a.l)::text ~~ 'x%'::text);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

CREATE TRIGGER t_upd BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((((new.l)::text IS DISTINCT FROM (old.l)::text) AND ((new.c)::text <> 'x'::text))) EXECUTE FUNCTION public.trg();

CREATE POLICY p ON public.t USING ((((l)::text = CURRENT_USER) AND ((c)::text ~~ 'a%'::text)));

ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;

