ALTER SEQUENCE public.counter INCREMENT BY 10 MAXVALUE 1000000 START WITH 5 CACHE 20;

CREATE SEQUENCE public.invoice_no AS integer START WITH 1000 CYCLE;

CREATE SEQUENCE public.t_big_seq;

ALTER TABLE public.t ADD COLUMN big bigint DEFAULT nextval('public.t_big_seq'::regclass) NOT NULL;

ALTER TABLE public.t ADD COLUMN n integer DEFAULT nextval('public.invoice_no'::regclass);

ALTER SEQUENCE public.invoice_no OWNED BY public.t.n;

ALTER SEQUENCE public.t_big_seq OWNED BY public.t.big;
