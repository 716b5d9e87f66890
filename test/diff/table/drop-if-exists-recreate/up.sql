SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE TYPE public.kind AS ENUM ('person', 'company');

-- pgshift-ignore: ban-create-domain-with-constraint -- required by the schema change; reviewed hazard
CREATE DOMAIN public.positive AS numeric CONSTRAINT positive_check CHECK (value > 0);

CREATE SEQUENCE public.invoice_no;

-- lock: ACCESS EXCLUSIVE on public.accounts
ALTER TABLE public.accounts ADD COLUMN "Balance" numeric(12,2) DEFAULT 0;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.accounts; scans the table; index build
-- hazard builds-index: builds index accounts_name concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY accounts_name ON public.accounts (name);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.accounts
CREATE STATISTICS public.accounts_stats ON id, name FROM public.accounts;

CREATE VIEW public.named AS
SELECT
  accounts.id,
  accounts.name
FROM public.accounts;

-- hazard scans-table: populates materialized view totals by running its query
CREATE MATERIALIZED VIEW public.totals AS
SELECT count(*) AS n
FROM public.accounts;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: enables row-level security on accounts: roles without a matching policy see no rows
ALTER TABLE public.accounts ENABLE ROW LEVEL SECURITY;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- hazard breaks-readers: changes which rows of accounts policy Own rows lets roles see or write
CREATE POLICY "Own rows" ON public.accounts USING (name = CURRENT_USER);
