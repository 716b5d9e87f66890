SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.even_tickets
DROP VIEW public.even_tickets;

DROP TRIGGER tickets_stamp ON public.tickets;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.tickets
DROP INDEX CONCURRENTLY public.tickets_even_no;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: changes which rows of tickets policy tickets_even lets roles see or write
DROP POLICY tickets_even ON public.tickets;

-- lock: ACCESS EXCLUSIVE on public.tickets
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.tickets DROP CONSTRAINT tickets_even;

-- hazard breaks-readers: drops function public.even_no: callers fail until it exists again
DROP FUNCTION public.even_no();

-- hazard breaks-readers: drops function public.is_even: callers fail until it exists again
DROP FUNCTION public.is_even(integer);

-- hazard breaks-readers: drops function public.stamp: callers fail until it exists again
DROP FUNCTION public.stamp();

-- lock: ACCESS EXCLUSIVE on public.tickets
ALTER TABLE public.tickets ALTER COLUMN no DROP DEFAULT;

-- hazard breaks-readers: drops function public.next_no: callers fail until it exists again
DROP FUNCTION public.next_no();
