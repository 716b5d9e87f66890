SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.names
DROP VIEW public.names;

CREATE OR REPLACE FUNCTION public.names_insert()
RETURNS trigger
LANGUAGE plpgsql
AS $$ BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;

CREATE VIEW public.names AS
SELECT
  people.id,
  people.name
FROM public.people;

-- lock: SHARE ROW EXCLUSIVE on public.names
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER names_insert INSTEAD OF INSERT ON public.names
FOR EACH ROW
EXECUTE FUNCTION public.names_insert();
