CREATE DOMAIN public.label AS character varying(20);

CREATE DOMAIN public.money2 AS numeric(10,2);

CREATE DOMAIN public.small_int AS integer
	CONSTRAINT small_int_check CHECK ((VALUE >= 0));

CREATE TABLE public.t (
    id integer NOT NULL,
    n public.small_int DEFAULT 1 NOT NULL,
    l public.label,
    m public.money2 DEFAULT 0,
    g integer GENERATED ALWAYS AS (((n)::integer * 2)) STORED,
    CONSTRAINT t_l_check CHECK (((l)::text <> ''::text)),
    CONSTRAINT t_m_check CHECK (((m)::numeric > 0.5)),
    CONSTRAINT t_n_check CHECK (((n)::integer < 1000))
);

CREATE VIEW public.v AS
 SELECT t.id,
    ((t.n)::integer + 1) AS n1,
    ((t.l)::text || 'x'::text) AS lx
   FROM public.t
  WHERE ((t.n)::integer > 5);

ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);

CREATE INDEX t_l_idx ON public.t USING btree (l) WHERE ((l)::text <> 'a'::text);

CREATE INDEX t_lower_idx ON public.t USING btree (lower((l)::text));

CREATE INDEX t_n_idx ON public.t USING btree ((((n)::integer + 1)));

