
CREATE SCHEMA "Ops";

CREATE FUNCTION public.h(integer, bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$select 0::int8$$;

CREATE FUNCTION public.h1(integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$select 0$$;

CREATE OPERATOR FAMILY "Ops"."Hash Ops" USING hash;
ALTER OPERATOR FAMILY "Ops"."Hash Ops" USING hash ADD
    FUNCTION 2 (integer, integer) public.h(integer,bigint);

CREATE OPERATOR FAMILY public.bt_ops USING btree;
ALTER OPERATOR FAMILY public.bt_ops USING btree ADD
    OPERATOR 1 <(integer,bigint) ,
    FUNCTION 2 (integer, integer) btint4sortsupport(internal);

