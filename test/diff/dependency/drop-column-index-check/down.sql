-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.boxes
DROP INDEX CONCURRENTLY public.boxes_volume;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.boxes
DROP INDEX CONCURRENTLY public.boxes_wd;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.boxes
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.boxes DROP CONSTRAINT boxes_flat;

-- lock: ACCESS EXCLUSIVE on public.boxes
-- hazard irreversible: re-adds column boxes.d, dropped by the up migration: its values are not restored
ALTER TABLE public.boxes ADD COLUMN d integer;

-- lock: ACCESS EXCLUSIVE on public.boxes
ALTER TABLE public.boxes ADD CONSTRAINT boxes_flat CHECK (d < (w + h)) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.boxes; scans the table; index build
-- hazard builds-index: builds index boxes_deep concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY boxes_deep ON public.boxes (w) WHERE d > 10;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.boxes; scans the table; index build
-- hazard builds-index: builds index boxes_volume concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY boxes_volume ON public.boxes (((w * h) * d));

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.boxes; scans the table; index build
-- hazard builds-index: builds index boxes_wd concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY boxes_wd ON public.boxes (w, d);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.boxes; scans the table; validates existing rows
-- hazard scans-table: validates boxes_flat against every row of boxes
ALTER TABLE public.boxes VALIDATE CONSTRAINT boxes_flat;
