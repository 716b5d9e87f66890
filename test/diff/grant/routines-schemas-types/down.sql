SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function app.secret: callers fail until it exists again
DROP FUNCTION app.secret();

-- hazard breaks-readers: revokes EXECUTE from app_reader: their queries may fail
REVOKE EXECUTE ON FUNCTION app.add(integer, integer) FROM app_reader;

-- hazard breaks-readers: revokes EXECUTE from app_writer: their queries may fail
REVOKE EXECUTE ON PROCEDURE app.touch() FROM app_writer;

-- hazard breaks-readers: revokes CREATE, USAGE from app_reader: their queries may fail
REVOKE CREATE, USAGE ON SCHEMA app FROM app_reader;

-- hazard breaks-readers: revokes USAGE from app_reader: their queries may fail
REVOKE USAGE ON TYPE app.mood FROM app_reader;

-- hazard breaks-readers: revokes USAGE from app_writer: their queries may fail
REVOKE USAGE ON TYPE app.score FROM app_writer;

GRANT EXECUTE ON FUNCTION app.add(integer, integer) TO PUBLIC;

GRANT USAGE ON SCHEMA app TO app_writer;

GRANT USAGE ON SCHEMA public TO PUBLIC;

GRANT USAGE ON TYPE app.mood TO PUBLIC;
