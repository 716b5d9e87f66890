CREATE TABLE public.l (
    a integer,
    d date,
    c text
)
PARTITION BY LIST (substr(c, 1, 2));
CREATE TABLE public.l1 (
    a integer,
    d date,
    c text
);
CREATE TABLE public.l2 (
    a integer,
    d date,
    c text
)
PARTITION BY RANGE (((d + 1)), (((a)::numeric * 2.5)));
CREATE TABLE public.l21 (
    a integer,
    d date,
    c text
);
CREATE TABLE public.r (
    a integer,
    c character varying(10)
)
PARTITION BY RANGE ((((c)::text || 'x'::text)), ((a + 1)));
CREATE TABLE public.r1 (
    a integer,
    c character varying(10)
);
CREATE TABLE public.t (
    a integer,
    c text
)
PARTITION BY HASH (ltrim(c, 'A'::text));
CREATE TABLE public.t0 (
    a integer,
    c text
);
ALTER TABLE ONLY public.l ATTACH PARTITION public.l1 FOR VALUES IN ('ab', 'cd');
ALTER TABLE ONLY public.l2 ATTACH PARTITION public.l21 FOR VALUES FROM ('2024-01-01', '-5') TO ('2024-02-01', '100');
ALTER TABLE ONLY public.r ATTACH PARTITION public.r1 FOR VALUES FROM ('a', 1) TO ('m', 10);
ALTER TABLE ONLY public.t ATTACH PARTITION public.t0 FOR VALUES WITH (modulus 2, remainder 0);
