SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.weight_totals
DROP MATERIALIZED VIEW public.weight_totals;

DROP TRIGGER tasks_weight_changed ON public.tasks;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.tasks
DROP INDEX CONCURRENTLY public.tasks_weight;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of tasks policy tasks_light lets roles see or write
DROP POLICY tasks_light ON public.tasks;

-- lock: ACCESS EXCLUSIVE on public.tasks
-- hazard deletes-data: drops column tasks.doubled and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.tasks DROP COLUMN doubled;

-- hazard breaks-readers: drops function public.heaviest: callers fail until it exists again
DROP FUNCTION public.heaviest();

-- lock: ACCESS EXCLUSIVE on public.heavy
DROP VIEW public.heavy;

-- hazard breaks-readers: drops procedure public.reset_weights: callers fail until it exists again
DROP PROCEDURE public.reset_weights();

-- lock: ACCESS EXCLUSIVE on public.tasks; rewrites the table; type change rewrites the table
-- hazard rewrites-table: changing weight from bigint to integer may rewrite tasks under ACCESS EXCLUSIVE
-- hazard may-fail: values of weight outside the range of integer make the type change fail
-- this rewrites public.tasks under ACCESS EXCLUSIVE; on a large table prefer expand/contract:
--   1. ALTER TABLE public.tasks ADD COLUMN weight_new integer;  -- plus a trigger copying writes
--   2. backfill weight_new from weight in batches
--   3. in one short transaction: drop weight, rename weight_new to weight
-- pgshift-ignore: changing-column-type -- required by the schema change; reviewed hazard
ALTER TABLE public.tasks ALTER COLUMN weight TYPE integer;

CREATE PROCEDURE public.reset_weights()
LANGUAGE sql
BEGIN ATOMIC
  UPDATE tasks SET weight = 1;
END;

-- lock: ACCESS EXCLUSIVE on public.tasks; rewrites the table; stored generated column
-- pgshift-ignore: adding-stored-generated-column -- required by the schema change; reviewed hazard
ALTER TABLE public.tasks ADD COLUMN doubled integer GENERATED ALWAYS AS (weight * 2) STORED;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.tasks; scans the table; index build
-- hazard builds-index: builds index tasks_weight concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY tasks_weight ON public.tasks ((weight + 1));

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW public.heavy AS
SELECT
  tasks.id,
  tasks.weight
FROM public.tasks
WHERE
  tasks.weight > 10;

CREATE FUNCTION public.heaviest()
RETURNS integer
LANGUAGE sql
STABLE
RETURN (SELECT max(weight)
FROM heavy);

-- hazard scans-table: populates materialized view weight_totals by running its query
CREATE MATERIALIZED VIEW public.weight_totals AS
SELECT sum(tasks.weight) AS total
FROM public.tasks;

-- lock: ACCESS EXCLUSIVE on public.tasks
-- hazard breaks-readers: changes which rows of tasks policy tasks_light lets roles see or write
CREATE POLICY tasks_light ON public.tasks FOR SELECT USING (weight < 100);

-- lock: SHARE ROW EXCLUSIVE on public.tasks
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER tasks_weight_changed AFTER UPDATE OF weight ON public.tasks
FOR EACH ROW
WHEN (old.weight IS DISTINCT FROM new.weight)
EXECUTE FUNCTION public.touch();
