SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops procedure public.purge: callers fail until it exists again
DROP PROCEDURE public.purge(integer);

CREATE OR REPLACE PROCEDURE public.note(msg text)
LANGUAGE sql
AS $$ INSERT INTO log (msg) VALUES (msg) $$;

COMMENT ON PROCEDURE public.note(text) IS NULL;
