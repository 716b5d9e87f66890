SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.refd
-- hazard breaks-readers: renames constraint refd_pkey to refd_pk: code using the old name fails once this runs
ALTER TABLE public.refd RENAME CONSTRAINT refd_pkey TO refd_pk;

-- lock: ACCESS EXCLUSIVE on public.items
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP CONSTRAINT items_code;

-- lock: ACCESS EXCLUSIVE on public.lines
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.lines DROP CONSTRAINT pk_lines;

-- lock: ACCESS EXCLUSIVE on public.items
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.items ADD CONSTRAINT items_code_not_null_check CHECK (code IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.lines
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.lines ADD CONSTRAINT lines_tenant_not_null_check CHECK (tenant IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.lines
-- pgshift-ignore: ban-drop-not-null -- required by the schema change; reviewed hazard
ALTER TABLE public.lines ALTER COLUMN n DROP NOT NULL;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; index build
-- hazard builds-index: builds index items_code concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY items_code ON public.items (code);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.lines; scans the table; index build
-- hazard builds-index: builds index pk_lines concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY pk_lines ON public.lines (tenant, order_id) INCLUDE (n);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orders; scans the table; index build
-- hazard builds-index: builds index orders_pkey_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY orders_pkey_new ON public.orders (tenant, id);

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

-- lock: SHARE UPDATE EXCLUSIVE on public.items; scans the table; validates existing rows
ALTER TABLE public.items VALIDATE CONSTRAINT items_code_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.lines; scans the table; validates existing rows
ALTER TABLE public.lines VALIDATE CONSTRAINT lines_tenant_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.items
-- uses the validated check: no table scan
ALTER TABLE public.items ALTER COLUMN code SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.items
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.items DROP CONSTRAINT items_code_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.lines
-- uses the validated check: no table scan
ALTER TABLE public.lines ALTER COLUMN tenant SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.lines
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.lines DROP CONSTRAINT lines_tenant_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.items, SHARE UPDATE EXCLUSIVE on public.items_code; uses existing index
ALTER TABLE public.items ADD CONSTRAINT items_code PRIMARY KEY USING INDEX items_code;

-- lock: ACCESS EXCLUSIVE on public.lines, SHARE UPDATE EXCLUSIVE on public.pk_lines; uses existing index
ALTER TABLE public.lines ADD CONSTRAINT pk_lines PRIMARY KEY USING INDEX pk_lines;
