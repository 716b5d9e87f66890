SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.base
-- hazard irreversible: re-adds column base.e, dropped by the up migration: its values are not restored
ALTER TABLE public.base ADD COLUMN e integer;

-- lock: ACCESS EXCLUSIVE on public.base
ALTER TABLE public.base ADD CONSTRAINT base_e_check CHECK (e > 0) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.base; scans the table; validates existing rows
-- hazard scans-table: validates base_e_check against every row of base
ALTER TABLE public.base VALIDATE CONSTRAINT base_e_check;

-- lock: ACCESS EXCLUSIVE on public.child
ALTER TABLE public.child INHERIT public.base;
