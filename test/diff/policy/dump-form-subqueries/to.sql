CREATE TABLE public.docs (
    id integer NOT NULL,
    owner_id integer,
    org_id integer,
    title character varying(100)
);

CREATE TABLE public.users (
    id integer NOT NULL,
    name character varying(40),
    org_id integer
);

ALTER TABLE ONLY public.docs
    ADD CONSTRAINT docs_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);

ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_any ON public.docs FOR SELECT USING ((owner_id IN ( SELECT users.id
   FROM public.users)));

CREATE POLICY docs_org ON public.docs USING ((org_id IN ( SELECT users.org_id
   FROM public.users
  WHERE ((users.name)::text = CURRENT_USER))));

CREATE POLICY docs_owner ON public.docs FOR UPDATE USING ((EXISTS ( SELECT 1
   FROM public.users u
  WHERE ((u.id = docs.owner_id) AND ((u.name)::text = CURRENT_USER))))) WITH CHECK (((title)::text <> ''::text));

