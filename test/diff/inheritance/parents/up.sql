SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.doc
-- hazard breaks-readers: rows of doc disappear from queries on owned
ALTER TABLE public.doc NO INHERIT public.owned;

-- lock: SHARE UPDATE EXCLUSIVE on public.owned
CREATE TABLE public.vid (
  secs integer,
  CONSTRAINT vid_secs_check CHECK (secs > 0) NO INHERIT
)
INHERITS (public.owned);

-- lock: ACCESS EXCLUSIVE on public.pic
-- added nullable first, so no table rewrite and no failure on existing rows
ALTER TABLE public.pic ADD COLUMN owner_id integer;

-- lock: ACCESS EXCLUSIVE on public.pic
-- backfill: UPDATE public.pic SET owner_id = <value> WHERE owner_id IS NULL; -- run in batches before the constraint is validated
-- safe SET NOT NULL: a NOT VALID check first, validated without blocking writes
ALTER TABLE public.pic ADD CONSTRAINT pic_owner_id_not_null_check CHECK (owner_id IS NOT NULL) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.clip
ALTER TABLE public.clip ADD CONSTRAINT owned_owner_check CHECK (owner_id > 0) NOT VALID;

-- lock: ACCESS EXCLUSIVE on public.pic
ALTER TABLE public.pic ADD CONSTRAINT owned_owner_check CHECK (owner_id > 0) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.pic; scans the table; validates existing rows
ALTER TABLE public.pic VALIDATE CONSTRAINT pic_owner_id_not_null_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.clip; scans the table; validates existing rows
-- hazard scans-table: validates owned_owner_check against every row of clip
ALTER TABLE public.clip VALIDATE CONSTRAINT owned_owner_check;

-- lock: SHARE UPDATE EXCLUSIVE on public.pic; scans the table; validates existing rows
-- hazard scans-table: validates owned_owner_check against every row of pic
ALTER TABLE public.pic VALIDATE CONSTRAINT owned_owner_check;

-- lock: ACCESS EXCLUSIVE on public.pic
-- uses the validated check: no table scan
ALTER TABLE public.pic ALTER COLUMN owner_id SET NOT NULL;

-- lock: ACCESS EXCLUSIVE on public.pic
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.pic DROP CONSTRAINT pic_owner_id_not_null_check;

-- lock: ACCESS EXCLUSIVE on public.clip
ALTER TABLE public.clip INHERIT public.owned;

-- lock: ACCESS EXCLUSIVE on public.clip
ALTER TABLE public.clip INHERIT public.stamped;

-- lock: ACCESS EXCLUSIVE on public.pic
ALTER TABLE public.pic INHERIT public.owned;
