SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.child_b
-- hazard breaks-readers: rows of child_b disappear from queries on audit_mixin
ALTER TABLE public.child_b NO INHERIT public.audit_mixin;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child_a
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP CONSTRAINT base_id_check;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child_a
-- hazard deletes-data: drops column base.updated and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.base DROP COLUMN updated;
