SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- hazard breaks-readers: drops function public.total_balance: callers fail until it exists again
DROP FUNCTION public.total_balance();

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops column accounts.balance and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP COLUMN balance;

CREATE OR REPLACE FUNCTION public.code_of(a integer)
RETURNS text
LANGUAGE sql
STABLE
RETURN (SELECT a::text
FROM accounts
WHERE
  id = a);

CREATE OR REPLACE FUNCTION public.plain_code(a integer)
RETURNS text
LANGUAGE sql
STABLE
AS $$ SELECT id::text FROM accounts WHERE id = a $$;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops column accounts.legacy_code and its values
-- pgshift-ignore: ban-drop-column -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP COLUMN legacy_code;
