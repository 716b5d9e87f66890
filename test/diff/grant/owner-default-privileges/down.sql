SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on app.new
-- hazard deletes-data: drops table app.new and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app.new;

ALTER DEFAULT PRIVILEGES FOR ROLE app_owner GRANT EXECUTE ON FUNCTIONS TO app_owner;

ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON TABLES FROM CURRENT_USER;

ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE SELECT ON TABLES FROM app_reader;

ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO CURRENT_USER;

ALTER DEFAULT PRIVILEGES GRANT DELETE, TRUNCATE ON TABLES TO CURRENT_USER;
