SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.add_column
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.add_column DROP CONSTRAINT add_column_pkey;

-- lock: ACCESS EXCLUSIVE on public.add_column_named
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.add_column_named DROP CONSTRAINT add_column_named_u;

-- lock: ACCESS EXCLUSIVE on public.column_and_constraint
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.column_and_constraint DROP CONSTRAINT column_and_constraint_id_key;

-- lock: ACCESS EXCLUSIVE on public.column_and_constraint
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.column_and_constraint DROP CONSTRAINT column_and_constraint_id_key1;

-- lock: ACCESS EXCLUSIVE on public.later
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.later DROP CONSTRAINT later_id_key;

-- lock: ACCESS EXCLUSIVE on public.two_subcommands
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.two_subcommands DROP CONSTRAINT two_subcommands_pkey;

-- lock: ACCESS EXCLUSIVE on public.two_subcommands
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.two_subcommands DROP CONSTRAINT two_subcommands_id_key;

-- lock: ACCESS EXCLUSIVE on public.two_subcommands
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.two_subcommands DROP CONSTRAINT two_subcommands_u;

-- lock: ACCESS EXCLUSIVE on public.fresh
-- hazard deletes-data: drops table public.fresh and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.fresh;

-- lock: ACCESS EXCLUSIVE on public.add_column
-- hazard deletes-data: drops column add_column.id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.add_column DROP COLUMN id;

-- lock: ACCESS EXCLUSIVE on public.add_column_named
-- hazard deletes-data: drops column add_column_named.id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.add_column_named DROP COLUMN id;

-- lock: ACCESS EXCLUSIVE on public.column_and_constraint
-- hazard deletes-data: drops column column_and_constraint.id and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.column_and_constraint DROP COLUMN id;
