-- pg_dump's order: the tables, then keys with ALTER TABLE ONLY
CREATE TABLE public.base (
    id integer NOT NULL,
    name text
);
CREATE TABLE public.kid (
    extra integer,
    CONSTRAINT kid_extra_check CHECK ((extra > 0)) NO INHERIT
)
INHERITS (public.base);
CREATE TABLE public.kid2 (
    id integer,
    name text NOT NULL,
    extra integer
)
INHERITS (public.base);
ALTER TABLE ONLY public.base
    ADD CONSTRAINT base_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.kid
    ADD CONSTRAINT kid_id_name_key UNIQUE (id, name);
ALTER TABLE ONLY public.kid2
    ADD CONSTRAINT kid2_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.kid
    ADD CONSTRAINT kid_extra_key UNIQUE (extra);
CREATE INDEX kid_name_idx ON public.kid USING btree (name);
