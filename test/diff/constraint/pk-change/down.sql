SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.refd
-- hazard breaks-readers: renames constraint refd_pk to refd_pkey: code using the old name fails once this runs
ALTER TABLE public.refd RENAME CONSTRAINT refd_pk TO refd_pkey;

-- lock: ACCESS EXCLUSIVE on public.items
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP CONSTRAINT items_code;

-- lock: ACCESS EXCLUSIVE on public.lines
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.lines DROP CONSTRAINT pk_lines;

-- lock: ACCESS EXCLUSIVE on public.items
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.items ALTER COLUMN code DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.lines
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.lines ALTER COLUMN tenant DROP NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.lines
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.lines ADD CONSTRAINT lines_n_not_null_check CHECK (n IS NOT NULL) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; index build
-- hazard builds-index: builds index items_code concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY items_code ON public.items (code);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.items, SHARE UPDATE EXCLUSIVE on public.items_code; uses existing index
ALTER TABLE public.items ADD CONSTRAINT items_code UNIQUE USING INDEX items_code;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.lines; scans the table; index build
-- hazard builds-index: builds index pk_lines concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY pk_lines ON public.lines (order_id, n);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orders; scans the table; index build
-- hazard builds-index: builds index orders_pkey_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY orders_pkey_new ON public.orders (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.orders
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;

-- lock: ACCESS EXCLUSIVE on public.orders, SHARE UPDATE EXCLUSIVE on public.orders_pkey_new; uses existing index
ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey_new;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.lines; scans the table; validates existing rows
ALTER TABLE public.lines VALIDATE CONSTRAINT lines_n_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.lines
-- uses the validated check: no table scan
ALTER TABLE public.lines ALTER COLUMN n SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.lines
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.lines DROP CONSTRAINT lines_n_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.lines, SHARE UPDATE EXCLUSIVE on public.pk_lines; uses existing index
ALTER TABLE public.lines ADD CONSTRAINT pk_lines PRIMARY KEY USING INDEX pk_lines;
