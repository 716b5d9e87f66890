SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.row_id(r app.v)
RETURNS integer
LANGUAGE sql
STABLE
AS $$ SELECT r.id $$;

CREATE VIEW public.summary AS
SELECT count(*) AS n
FROM app.t;

CREATE FUNCTION public.total(rs public.summary[])
RETURNS bigint
LANGUAGE sql
SET search_path TO 'public'
AS $$ SELECT sum((x).n) FROM unnest(rs) x $$;

COMMENT ON FUNCTION public.row_id(app.v) IS 'the id of a row of app.v';

COMMENT ON FUNCTION public.total(public.summary[]) IS 'sums the counts';

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION public.total(public.summary[]) FROM PUBLIC;
