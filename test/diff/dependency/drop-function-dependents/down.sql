SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE FUNCTION public.is_even(n integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
RETURN (n % 2) = 0;

CREATE FUNCTION public.next_no()
RETURNS integer
LANGUAGE sql
AS $$SELECT 7$$;

CREATE FUNCTION public.even_no()
RETURNS boolean
LANGUAGE sql
BEGIN ATOMIC
  SELECT is_even(next_no());
END;

CREATE FUNCTION public.stamp()
RETURNS trigger
LANGUAGE plpgsql
AS $$ BEGIN RETURN NEW; END $$;

-- lock: ACCESS EXCLUSIVE on public.tickets
ALTER TABLE public.tickets ALTER COLUMN no SET DEFAULT next_no();

-- lock: ACCESS EXCLUSIVE on public.tickets
ALTER TABLE public.tickets ADD CONSTRAINT tickets_even CHECK (is_even(no)) NOT VALID;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.tickets; scans the table; index build
-- hazard builds-index: builds index tickets_even_no concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY tickets_even_no ON public.tickets (no) WHERE is_even(no);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE VIEW public.even_tickets AS
SELECT tickets.id
FROM public.tickets
WHERE
  public.is_even(tickets.id);

-- lock: ACCESS EXCLUSIVE on public.tickets
-- hazard breaks-readers: changes which rows of tickets policy tickets_even lets roles see or write
CREATE POLICY tickets_even ON public.tickets USING (is_even(id));

-- lock: SHARE ROW EXCLUSIVE on public.tickets
-- pgshift-ignore: trigger-on-existing-table -- required by the schema change; reviewed hazard
CREATE TRIGGER tickets_stamp BEFORE INSERT ON public.tickets
FOR EACH ROW
EXECUTE FUNCTION public.stamp();

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.tickets; scans the table; validates existing rows
-- hazard scans-table: validates tickets_even against every row of tickets
ALTER TABLE public.tickets VALIDATE CONSTRAINT tickets_even;
