SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on "My S".t
-- hazard deletes-data: drops table My S.t and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE "My S".t;

-- hazard deletes-data: drops sequence Seq.With.Dots and its current value
DROP SEQUENCE "My S"."Seq.With.Dots";
