SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard irreversible: re-adds column accounts.balance, dropped by the up migration: its values are not restored
ALTER TABLE public.accounts ADD COLUMN balance numeric;

CREATE FUNCTION public.total_balance()
RETURNS numeric
LANGUAGE sql
STABLE
BEGIN ATOMIC
  SELECT sum(balance) FROM accounts;
END;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard irreversible: re-adds column accounts.legacy_code, dropped by the up migration: its values are not restored
ALTER TABLE public.accounts ADD COLUMN legacy_code text;

CREATE OR REPLACE FUNCTION public.code_of(a integer)
RETURNS text
LANGUAGE sql
STABLE
RETURN (SELECT legacy_code
FROM accounts
WHERE
  id = a);

CREATE OR REPLACE FUNCTION public.plain_code(a integer)
RETURNS text
LANGUAGE sql
STABLE
AS $$ SELECT legacy_code FROM accounts WHERE id = a $$;
