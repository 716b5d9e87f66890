SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on audit.recent
DROP VIEW audit.recent;

-- lock: ACCESS EXCLUSIVE on audit.log
-- hazard deletes-data: drops table audit.log and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE audit.log;

-- lock: ACCESS EXCLUSIVE on "Billing"."Invoice"
-- hazard deletes-data: drops table Billing.Invoice and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE "Billing"."Invoice";

-- hazard deletes-data: drops schema Billing
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA "Billing";

-- hazard deletes-data: drops schema audit
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA audit;
