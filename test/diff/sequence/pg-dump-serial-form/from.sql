CREATE TABLE public.foobar (id integer NOT NULL, fizz bigint NOT NULL);
CREATE SEQUENCE public.foobar_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.foobar_id_seq OWNED BY public.foobar.id;
CREATE SEQUENCE public.foobar_fizz_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.foobar_fizz_seq OWNED BY public.foobar.fizz;
ALTER TABLE ONLY public.foobar ALTER COLUMN id SET DEFAULT nextval('public.foobar_id_seq'::regclass);
ALTER TABLE ONLY public.foobar ALTER COLUMN fizz SET DEFAULT nextval('public.foobar_fizz_seq'::regclass);
