SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child_a
ALTER TABLE public.base ADD COLUMN updated date;

-- lock: ACCESS EXCLUSIVE on public.base, ACCESS EXCLUSIVE on its inheritance child public.child_a
ALTER TABLE public.base ADD CONSTRAINT base_id_check CHECK (id > 0) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.base, SHARE UPDATE EXCLUSIVE on its inheritance child public.child_a; scans the table; validates existing rows
-- hazard scans-table: validates base_id_check against every row of base
ALTER TABLE public.base VALIDATE CONSTRAINT base_id_check;

-- lock: ACCESS EXCLUSIVE on public.child_b
ALTER TABLE public.child_b INHERIT public.audit_mixin;
