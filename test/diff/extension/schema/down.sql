SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.profiles
-- hazard deletes-data: drops column profiles.path and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.profiles DROP COLUMN path;

-- hazard may-fail: fails unless extension hstore is relocatable
ALTER EXTENSION hstore SET SCHEMA public;

DROP EXTENSION ltree;

-- hazard deletes-data: drops schema ext
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA ext;
