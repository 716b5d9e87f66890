SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.coded, ACCESS EXCLUSIVE on its inheritance child public.item
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.coded ADD CONSTRAINT coded_code_not_null_check CHECK (code IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.item; scans the table; index build
-- hazard builds-index: builds index item_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY item_pkey ON public.item (code);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.coded, SHARE UPDATE EXCLUSIVE on its inheritance child public.item; scans the table; validates existing rows
ALTER TABLE public.coded VALIDATE CONSTRAINT coded_code_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.coded, ACCESS EXCLUSIVE on its inheritance child public.item
-- uses the validated check: no table scan
ALTER TABLE public.coded ALTER COLUMN code SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.coded, ACCESS EXCLUSIVE on its inheritance child public.item
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.coded DROP CONSTRAINT coded_code_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.item, SHARE UPDATE EXCLUSIVE on public.item_pkey; uses existing index
ALTER TABLE public.item ADD CONSTRAINT item_pkey PRIMARY KEY USING INDEX item_pkey;
