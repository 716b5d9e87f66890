SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.children, ACCESS EXCLUSIVE on public.parents
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.children DROP CONSTRAINT children_fourth_fk;

-- lock: SHARE ROW EXCLUSIVE on public.children
ALTER TABLE public.children ALTER CONSTRAINT children_parent_fk NOT DEFERRABLE;

-- lock: SHARE ROW EXCLUSIVE on public.children
ALTER TABLE public.children ALTER CONSTRAINT children_other_fk DEFERRABLE INITIALLY DEFERRED;

-- lock: SHARE ROW EXCLUSIVE on public.children
ALTER TABLE public.children ALTER CONSTRAINT children_third_fk DEFERRABLE INITIALLY IMMEDIATE;

-- lock: SHARE ROW EXCLUSIVE on public.children, SHARE ROW EXCLUSIVE on public.parents
ALTER TABLE public.children ADD CONSTRAINT children_fourth_fk FOREIGN KEY (fourth_id) REFERENCES public.parents (id) ON DELETE CASCADE NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.children; scans the table; validates existing rows
-- hazard scans-table: validates children_fourth_fk against every row of children
ALTER TABLE public.children VALIDATE CONSTRAINT children_fourth_fk;
