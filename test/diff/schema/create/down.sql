SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "Audit"."Log"
-- hazard deletes-data: drops table Audit.Log and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE "Audit"."Log";

-- lock: ACCESS EXCLUSIVE on app.things
-- hazard deletes-data: drops table app.things and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE app.things;

DROP TYPE app.status;

-- hazard deletes-data: drops schema Audit
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA "Audit";

-- hazard deletes-data: drops schema app
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA app;
