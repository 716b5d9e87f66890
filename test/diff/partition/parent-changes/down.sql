SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.logs
-- pgshift-ignore: require-concurrent-index-deletion -- required by the schema change; reviewed hazard
DROP INDEX public.logs_level_idx;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP CONSTRAINT logs_pkey;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP CONSTRAINT logs_level_check;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- hazard deletes-data: drops column logs.message and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.logs DROP COLUMN message;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
ALTER TABLE public.logs ALTER COLUMN level DROP DEFAULT;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.logs ALTER COLUMN level DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.logs_2024
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.logs_2024 ALTER COLUMN level DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.logs_2025
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.logs_2025 ALTER COLUMN level DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.logs, ACCESS EXCLUSIVE on its 2 partitions (public.logs_2024, public.logs_2025)
-- hazard irreversible: re-adds column logs.old_field, dropped by the up migration: its values are not restored
ALTER TABLE public.logs ADD COLUMN old_field integer;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.logs_2024; scans the table; index build
-- hazard builds-index: builds index logs_2024_old_field_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY logs_2024_old_field_idx ON public.logs_2024 (old_field);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.logs_2025; scans the table; index build
-- hazard builds-index: builds index logs_2025_old_field_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY logs_2025_old_field_idx ON public.logs_2025 (old_field);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE on public.logs
-- on the parent only: the partitions' indexes, built concurrently, are attached to it
CREATE INDEX logs_old_idx ON ONLY public.logs (old_field);

ALTER INDEX public.logs_old_idx ATTACH PARTITION public.logs_2024_old_field_idx;

ALTER INDEX public.logs_old_idx ATTACH PARTITION public.logs_2025_old_field_idx;
