SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.children
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE CONSTRAINT TRIGGER children_parent AFTER INSERT OR UPDATE ON public.children
FROM public.parents
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW
EXECUTE FUNCTION public.check_parent();
