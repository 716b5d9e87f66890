-- pgshift revision: 20261125231024
-- parent: 20261125231022
-- message: add case expiry
-- created: 2026-11-25T23:10:24.006Z
-- direction: down

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.cases
-- hazard deletes-data: drops column cases.expires_at and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.cases DROP COLUMN expires_at;
