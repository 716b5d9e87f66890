-- a SQL-standard function body reading a view that calls the function: pg_dump 15 writes a
-- placeholder view, the function, then the real view
CREATE VIEW public.v AS
SELECT
    NULL::bigint AS c;
CREATE FUNCTION public.f() RETURNS bigint
    LANGUAGE sql
    BEGIN ATOMIC
 SELECT count(*) AS count
    FROM public.v;
END;
CREATE OR REPLACE VIEW public.v AS
 SELECT public.f() AS c;
