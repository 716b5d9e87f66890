SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.logs
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.logs_old_idx;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- hazard deletes-data: drops column logs.old_field and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN old_field;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
ALTER TABLE public.logs ALTER COLUMN level SET DEFAULT 'info';

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.logs ADD CONSTRAINT logs_level_not_null_check CHECK (level IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
ALTER TABLE public.logs ADD COLUMN message text;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.logs_2024; scans the table; index build
-- hazard builds-index: builds index logs_2024_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY logs_2024_pkey ON public.logs_2024 (id, at);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.logs_2024, SHARE UPDATE EXCLUSIVE on public.logs_2024_pkey; uses existing index
ALTER TABLE public.logs_2024 ADD CONSTRAINT logs_2024_pkey PRIMARY KEY USING INDEX logs_2024_pkey;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
ALTER TABLE public.logs ADD CONSTRAINT logs_level_check CHECK (level IN ('info', 'warn', 'error')) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.logs_2025; scans the table; index build
-- hazard builds-index: builds index logs_2025_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY logs_2025_pkey ON public.logs_2025 (id, at);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.logs_2025, SHARE UPDATE EXCLUSIVE on public.logs_2025_pkey; uses existing index
ALTER TABLE public.logs_2025 ADD CONSTRAINT logs_2025_pkey PRIMARY KEY USING INDEX logs_2025_pkey;

-- lock: ACCESS EXCLUSIVE on public.logs, SHARE on its 2 partitions (public.logs_2024, public.logs_2025); scans the table; index build
-- hazard builds-index: builds the index of logs_pkey; fails on duplicates
-- pgshift-ignore: adding-primary-key-constraint, unique-on-existing-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ADD CONSTRAINT logs_pkey PRIMARY KEY (id, at);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.logs_2024; scans the table; index build
-- hazard builds-index: builds index logs_2024_level_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY logs_2024_level_idx ON public.logs_2024 (level);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.logs_2025; scans the table; index build
-- hazard builds-index: builds index logs_2025_level_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY logs_2025_level_idx ON public.logs_2025 (level);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.logs
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX logs_level_idx ON ONLY public.logs (level);

ALTER INDEX public.logs_level_idx ATTACH PARTITION public.logs_2024_level_idx;

ALTER INDEX public.logs_level_idx ATTACH PARTITION public.logs_2025_level_idx;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.logs, SHARE UPDATE EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025); scans the table; validates existing rows
ALTER TABLE public.logs VALIDATE CONSTRAINT logs_level_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.logs, SHARE UPDATE EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025); scans the table; validates existing rows
-- hazard scans-table: validates logs_level_check against every row of logs
ALTER TABLE public.logs VALIDATE CONSTRAINT logs_level_check;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- uses the validated check: no table scan
ALTER TABLE public.logs ALTER COLUMN level SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP CONSTRAINT logs_level_not_null_check;
