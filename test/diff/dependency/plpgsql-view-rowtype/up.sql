SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TABLE public.accounts (
  id integer NOT NULL,
  balance numeric NOT NULL,
  CONSTRAINT accounts_pkey PRIMARY KEY (id)
);

CREATE VIEW public.account_view AS
SELECT
  NULL::int AS id,
  NULL::numeric AS balance,
  NULL::text AS label;

CREATE FUNCTION public.describe_account(p_id integer)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
  acct account_view%ROWTYPE;
BEGIN
  RETURN p_id::text;
END $$;

CREATE OR REPLACE VIEW public.account_view AS
SELECT
  accounts.id,
  accounts.balance,
  public.describe_account(accounts.id) AS label
FROM public.accounts;
