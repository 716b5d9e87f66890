SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on app.items
-- hazard deletes-data: drops table app.items and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app.items;

-- hazard breaks-readers: drops function app.f: callers fail until it exists again
DROP FUNCTION app.f();

ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE USAGE ON SEQUENCES FROM app_writer;

ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE INSERT ON TABLES FROM app_reader;

ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM app_writer;

-- hazard breaks-readers: revokes INSERT from app_reader: their queries may fail
REVOKE INSERT ON TABLE app.old FROM app_reader;

DROP TYPE app.kind;
