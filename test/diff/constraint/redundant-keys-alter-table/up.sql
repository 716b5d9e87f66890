SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.fresh (
  id integer NOT NULL,
  r int4range,
  CONSTRAINT fresh_pkey PRIMARY KEY (id),
  CONSTRAINT fresh_r_excl EXCLUDE USING gist (r WITH &&)
);

-- lock: ACCESS EXCLUSIVE on public.add_column
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.add_column ADD COLUMN id integer;

-- lock: ACCESS EXCLUSIVE on public.add_column
-- backfill: UPDATE public.add_column SET id = <value> WHERE id IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.add_column ADD CONSTRAINT add_column_id_not_null_check CHECK (id IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.add_column_named
ALTER TABLE public.add_column_named ADD COLUMN id integer;

-- lock: ACCESS EXCLUSIVE on public.column_and_constraint
ALTER TABLE public.column_and_constraint ADD COLUMN id integer;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.add_column; scans the table; index build
-- hazard builds-index: builds index add_column_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY add_column_pkey ON public.add_column (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.add_column_named; scans the table; index build
-- hazard builds-index: builds index add_column_named_u concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY add_column_named_u ON public.add_column_named (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.add_column_named, SHARE UPDATE EXCLUSIVE on public.add_column_named_u; uses existing index
ALTER TABLE public.add_column_named ADD CONSTRAINT add_column_named_u UNIQUE USING INDEX add_column_named_u;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.column_and_constraint; scans the table; index build
-- hazard builds-index: builds index column_and_constraint_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY column_and_constraint_id_key ON public.column_and_constraint (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.column_and_constraint, SHARE UPDATE EXCLUSIVE on public.column_and_constraint_id_key; uses existing index
ALTER TABLE public.column_and_constraint ADD CONSTRAINT column_and_constraint_id_key UNIQUE USING INDEX column_and_constraint_id_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.column_and_constraint; scans the table; index build
-- hazard builds-index: builds index column_and_constraint_id_key1 concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY column_and_constraint_id_key1 ON public.column_and_constraint (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.column_and_constraint, SHARE UPDATE EXCLUSIVE on public.column_and_constraint_id_key1; uses existing index
ALTER TABLE public.column_and_constraint ADD CONSTRAINT column_and_constraint_id_key1 UNIQUE USING INDEX column_and_constraint_id_key1;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.later; scans the table; index build
-- hazard builds-index: builds index later_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY later_id_key ON public.later (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.later, SHARE UPDATE EXCLUSIVE on public.later_id_key; uses existing index
ALTER TABLE public.later ADD CONSTRAINT later_id_key UNIQUE USING INDEX later_id_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.two_subcommands; scans the table; index build
-- hazard builds-index: builds index two_subcommands_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY two_subcommands_pkey ON public.two_subcommands (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.two_subcommands, SHARE UPDATE EXCLUSIVE on public.two_subcommands_pkey; uses existing index
ALTER TABLE public.two_subcommands ADD CONSTRAINT two_subcommands_pkey PRIMARY KEY USING INDEX two_subcommands_pkey;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.two_subcommands; scans the table; index build
-- hazard builds-index: builds index two_subcommands_id_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY two_subcommands_id_key ON public.two_subcommands (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.two_subcommands, SHARE UPDATE EXCLUSIVE on public.two_subcommands_id_key; uses existing index
ALTER TABLE public.two_subcommands ADD CONSTRAINT two_subcommands_id_key UNIQUE USING INDEX two_subcommands_id_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.two_subcommands; scans the table; index build
-- hazard builds-index: builds index two_subcommands_u concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY two_subcommands_u ON public.two_subcommands (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.two_subcommands, SHARE UPDATE EXCLUSIVE on public.two_subcommands_u; uses existing index
ALTER TABLE public.two_subcommands ADD CONSTRAINT two_subcommands_u UNIQUE USING INDEX two_subcommands_u;

-- lock: ACCESS EXCLUSIVE on public.fresh; scans the table; index build
ALTER TABLE public.fresh ADD CONSTRAINT fresh_id_key UNIQUE (id);

-- lock: ACCESS EXCLUSIVE on public.fresh; scans the table; index build
ALTER TABLE public.fresh ADD CONSTRAINT fresh_again UNIQUE (id);

-- lock: ACCESS EXCLUSIVE on public.fresh; scans the table; index build
ALTER TABLE public.fresh ADD CONSTRAINT fresh_r_again EXCLUDE USING gist (r WITH &&);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.add_column; scans the table; validates existing rows
ALTER TABLE public.add_column VALIDATE CONSTRAINT add_column_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.add_column
-- uses the validated check: no table scan
ALTER TABLE public.add_column ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.add_column
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.add_column DROP CONSTRAINT add_column_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.add_column, SHARE UPDATE EXCLUSIVE on public.add_column_pkey; uses existing index
ALTER TABLE public.add_column ADD CONSTRAINT add_column_pkey PRIMARY KEY USING INDEX add_column_pkey;
