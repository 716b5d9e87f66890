SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.item, ACCESS EXCLUSIVE on its 2 inheritance children (public.item_old, public.item_new)
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.item ADD CONSTRAINT item_id_not_null_check CHECK (id IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.item; scans the table; index build
-- hazard builds-index: builds index item_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY item_pkey ON public.item (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.item, ACCESS EXCLUSIVE on its 2 inheritance children (public.item_old, public.item_new)
ALTER TABLE public.item ADD CONSTRAINT item_qty_check CHECK (qty >= 0) NOT VALID;

-- lock: SHARE UPDATE EXCLUSIVE on public.item_new; scans the table; validates existing rows
ALTER TABLE public.item_new VALIDATE CONSTRAINT item_qty_check;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.item, SHARE UPDATE EXCLUSIVE on its 2 inheritance children (public.item_old, public.item_new); scans the table; validates existing rows
ALTER TABLE public.item VALIDATE CONSTRAINT item_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.item, ACCESS EXCLUSIVE on its 2 inheritance children (public.item_old, public.item_new)
-- uses the validated check: no table scan
ALTER TABLE public.item ALTER COLUMN id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.item, ACCESS EXCLUSIVE on its 2 inheritance children (public.item_old, public.item_new)
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.item DROP CONSTRAINT item_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.item, SHARE UPDATE EXCLUSIVE on public.item_pkey; uses existing index
ALTER TABLE public.item ADD CONSTRAINT item_pkey PRIMARY KEY USING INDEX item_pkey;
