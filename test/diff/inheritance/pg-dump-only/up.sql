SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.base
CREATE TABLE public.kid2 (
  id integer NOT NULL,
  name text NOT NULL,
  extra integer,
  CONSTRAINT kid2_pkey PRIMARY KEY (id)
)
INHERITS (public.base);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.base; scans the table; index build
-- hazard builds-index: builds index base_pkey concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY base_pkey ON public.base (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base, SHARE UPDATE EXCLUSIVE on public.base_pkey; uses existing index
ALTER TABLE public.base ADD CONSTRAINT base_pkey PRIMARY KEY USING INDEX base_pkey;

-- lock: ACCESS EXCLUSIVE on public.kid
ALTER TABLE public.kid ADD CONSTRAINT kid_extra_check CHECK (extra > 0) NO INHERIT NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.kid; scans the table; index build
-- hazard builds-index: builds index kid_id_name_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY kid_id_name_key ON public.kid (id, name);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.kid, SHARE UPDATE EXCLUSIVE on public.kid_id_name_key; uses existing index
ALTER TABLE public.kid ADD CONSTRAINT kid_id_name_key UNIQUE USING INDEX kid_id_name_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.kid; scans the table; index build
-- hazard builds-index: builds index kid_extra_key concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY kid_extra_key ON public.kid (extra);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.kid, SHARE UPDATE EXCLUSIVE on public.kid_extra_key; uses existing index
ALTER TABLE public.kid ADD CONSTRAINT kid_extra_key UNIQUE USING INDEX kid_extra_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.kid; scans the table; index build
-- hazard builds-index: builds index kid_name_idx concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY kid_name_idx ON public.kid (name);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.kid; scans the table; validates existing rows
-- hazard scans-table: validates kid_extra_check against every row of kid
ALTER TABLE public.kid VALIDATE CONSTRAINT kid_extra_check;
