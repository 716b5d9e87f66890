SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE OR REPLACE VIEW public.account_view AS
SELECT
  NULL::int AS id,
  NULL::numeric AS balance,
  NULL::text AS label;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard deletes-data: drops table public.accounts and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.accounts;

-- hazard breaks-readers: drops function public.describe_account: callers fail until it exists again
DROP FUNCTION public.describe_account(integer);

-- lock: ACCESS EXCLUSIVE on public.account_view
DROP VIEW public.account_view;
