SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on app.v
DROP VIEW app.v;

-- lock: ACCESS EXCLUSIVE on app.foobar
-- hazard deletes-data: drops table app.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app.foobar;

-- hazard breaks-readers: drops function app.cur: callers fail until it exists again
DROP FUNCTION app.cur();

-- hazard deletes-data: drops schema app
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA app;
