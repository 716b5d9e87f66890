SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ref, ACCESS EXCLUSIVE on public.ui_1
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.ref DROP CONSTRAINT ref_a_b_fkey;

-- lock: ACCESS EXCLUSIVE on public.ref
-- hazard deletes-data: drops table public.ref and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.ref;

-- lock: ACCESS EXCLUSIVE on public.pk
-- hazard deletes-data: drops table public.pk and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pk;

-- lock: ACCESS EXCLUSIVE on public.u
-- hazard deletes-data: drops table public.u and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.u;

-- lock: ACCESS EXCLUSIVE on public.ui
-- hazard deletes-data: drops table public.ui and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.ui;

-- lock: ACCESS EXCLUSIVE on s.foobar
-- hazard deletes-data: drops table s.foobar and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE s.foobar;

-- hazard deletes-data: drops schema s
-- pgshift-ignore: ban-drop-schema -- required by the schema change; reviewed hazard
DROP SCHEMA s;
