-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.docs
DROP INDEX CONCURRENTLY public.docs_path;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard deletes-data: drops column docs.path and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.docs DROP COLUMN path;

-- lock: ACCESS EXCLUSIVE on public.docs
-- hazard deletes-data: drops column docs.Email and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.docs DROP COLUMN "Email";

DROP EXTENSION citext;

DROP EXTENSION ltree;
