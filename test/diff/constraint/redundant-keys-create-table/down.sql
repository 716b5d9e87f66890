SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.deferrable_both
-- hazard deletes-data: drops table public.deferrable_both and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.deferrable_both;

-- lock: ACCESS EXCLUSIVE on public.different
-- hazard deletes-data: drops table public.different and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.different;

-- lock: ACCESS EXCLUSIVE on public.excl
-- hazard deletes-data: drops table public.excl and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.excl;

-- lock: ACCESS EXCLUSIVE on public.named_pk
-- hazard deletes-data: drops table public.named_pk and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.named_pk;

-- lock: ACCESS EXCLUSIVE on public.named_unique
-- hazard deletes-data: drops table public.named_unique and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.named_unique;

-- lock: ACCESS EXCLUSIVE on public.pk_table_level
-- hazard deletes-data: drops table public.pk_table_level and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pk_table_level;

-- lock: ACCESS EXCLUSIVE on public.pk_unique
-- hazard deletes-data: drops table public.pk_unique and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pk_unique;

-- lock: ACCESS EXCLUSIVE on public.storage_ignored
-- hazard deletes-data: drops table public.storage_ignored and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.storage_ignored;

-- lock: ACCESS EXCLUSIVE on public.two_unique
-- hazard deletes-data: drops table public.two_unique and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.two_unique;

-- lock: ACCESS EXCLUSIVE on public.unnamed_first
-- hazard deletes-data: drops table public.unnamed_first and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.unnamed_first;
