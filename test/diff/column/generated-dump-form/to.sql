CREATE DOMAIN public.d_int AS integer;
CREATE DOMAIN public.d_vc AS character varying(10);
CREATE TABLE public.g (
    a integer,
    b1 integer GENERATED ALWAYS AS (NULL::integer) STORED,
    b2 character varying(10) GENERATED ALWAYS AS (NULL::character varying) STORED,
    b3 numeric(5,2) GENERATED ALWAYS AS (NULL::numeric) STORED,
    b4 public.d_int GENERATED ALWAYS AS (NULL::integer) STORED,
    b5 integer[] GENERATED ALWAYS AS (NULL::integer[]) STORED,
    b6 character varying(10) GENERATED ALWAYS AS ('x'::character varying) STORED,
    b7 integer GENERATED ALWAYS AS (5) STORED,
    b8 public.d_vc GENERATED ALWAYS AS ('x'::character varying) STORED,
    b9 integer[] GENERATED ALWAYS AS ('{1,2}'::integer[]) STORED,
    b10 date GENERATED ALWAYS AS ('2024-01-01'::date) STORED,
    c1 integer,
    c2 character varying(10) DEFAULT NULL::character varying,
    c3 numeric(5,2) DEFAULT NULL::numeric,
    c4 public.d_int DEFAULT NULL::integer,
    c5 integer[],
    c6 public.d_vc DEFAULT NULL::character varying,
    c7 public.d_vc DEFAULT 'x'::character varying
);
