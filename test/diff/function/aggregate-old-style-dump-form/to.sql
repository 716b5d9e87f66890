
CREATE SCHEMA "Old Aggs";

CREATE DOMAIN public.pos AS integer
	CONSTRAINT pos_check CHECK ((VALUE > 0));

CREATE FUNCTION public.arr_final(integer[]) RETURNS integer[]
    LANGUAGE sql STRICT
    AS $_$SELECT $1$_$;

CREATE FUNCTION public.arr_step(integer[], anyelement) RETURNS integer[]
    LANGUAGE sql STRICT
    AS $_$SELECT $1$_$;

CREATE AGGREGATE "Old Aggs"."Cnt"(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE AGGREGATE public.avg_old(integer) (
    SFUNC = int4_avg_accum,
    STYPE = bigint[],
    INITCOND = '{0,0}',
    FINALFUNC = int8_avg
);

CREATE AGGREGATE public.cnt_any(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE AGGREGATE public.cnt_kw(*) (
    SFUNC = int8inc,
    STYPE = bigint,
    INITCOND = '0'
);

CREATE AGGREGATE public.max_old(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    SORTOP = OPERATOR(pg_catalog.>)
);

CREATE AGGREGATE public.poly_old(anyelement) (
    SFUNC = public.arr_step,
    STYPE = integer[],
    INITCOND = '{}',
    FINALFUNC = public.arr_final
);

CREATE AGGREGATE public.sum_new(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    MSFUNC = int4pl,
    MINVFUNC = int4mi,
    MSTYPE = integer,
    MINITCOND = '0'
);

CREATE AGGREGATE public.sum_old(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0'
);

COMMENT ON AGGREGATE public.sum_old(integer) IS 'old sum';

CREATE AGGREGATE public.sum_pos(public.pos) (
    SFUNC = int4pl,
    STYPE = integer
);

CREATE AGGREGATE public.sum_quoted(integer) (
    SFUNC = int4pl,
    STYPE = integer
);

CREATE TABLE public.t (
    a integer
);

CREATE VIEW public.v AS
 SELECT public.cnt_any(*) AS n,
    public.sum_old(t.a) AS s,
    public.max_old(t.a) AS m,
    "Old Aggs"."Cnt"(*) AS c
   FROM public.t;

