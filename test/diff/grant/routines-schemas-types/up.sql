SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION app.secret()
RETURNS text
LANGUAGE sql
AS $$ SELECT 'x' $$;

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION app.add(integer, integer) FROM PUBLIC;

-- hazard breaks-readers: revokes EXECUTE from public: their queries may fail
REVOKE EXECUTE ON FUNCTION app.secret() FROM PUBLIC;

-- hazard breaks-readers: revokes USAGE from app_writer: their queries may fail
REVOKE USAGE ON SCHEMA app FROM app_writer;

-- hazard breaks-readers: revokes USAGE from public: their queries may fail
REVOKE USAGE ON SCHEMA public FROM PUBLIC;

-- hazard breaks-readers: revokes USAGE from public: their queries may fail
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;

GRANT EXECUTE ON FUNCTION app.add(integer, integer) TO app_reader;

GRANT EXECUTE ON PROCEDURE app.touch() TO app_writer WITH GRANT OPTION;

GRANT CREATE, USAGE ON SCHEMA app TO app_reader;

GRANT USAGE ON TYPE app.mood TO app_reader;

GRANT USAGE ON TYPE app.score TO app_writer;
