SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.renamed_later
-- hazard breaks-readers: renames table public.renamed_later to renamed_now: code using the old name fails once this runs
-- pgshift-ignore: renaming-table -- required by the schema change; reviewed hazard
ALTER TABLE public.renamed_later RENAME TO renamed_now;

-- lock: ACCESS EXCLUSIVE on public.renamed_now
-- hazard breaks-readers: renames constraint renamed_later_pkey to renamed_now_pkey: code using the old name fails once this runs
ALTER TABLE public.renamed_now RENAME CONSTRAINT renamed_later_pkey TO renamed_now_pkey;

-- lock: ACCESS EXCLUSIVE on old.z
-- hazard deletes-data: drops table old.z and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE old.z;

-- lock: ACCESS EXCLUSIVE on public.drop_me
-- hazard deletes-data: drops table public.drop_me and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.drop_me;

-- hazard deletes-data: drops schema old
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA old;
