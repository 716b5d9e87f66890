SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE PROCEDURE public.note(msg text)
LANGUAGE sql
AS $$ INSERT INTO log (msg) VALUES (upper(msg)) $$;

CREATE PROCEDURE public.purge(INOUT n integer)
LANGUAGE plpgsql
SECURITY DEFINER
AS $$
BEGIN
  DELETE FROM log WHERE at < now() - interval '1 day';
  GET DIAGNOSTICS n = ROW_COUNT;
END
$$;

COMMENT ON PROCEDURE public.note(text) IS 'writes a line';
