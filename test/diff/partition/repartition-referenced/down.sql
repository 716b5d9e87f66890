SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.ledger, ACCESS EXCLUSIVE on public.acct
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.ledger DROP CONSTRAINT ledger_region_acct_fkey;

-- lock: ACCESS EXCLUSIVE on public.ledger, ACCESS EXCLUSIVE on public.pay_eu
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.ledger DROP CONSTRAINT ledger_region_pay_fkey;

-- lock: ACCESS EXCLUSIVE on public.acct
-- hazard deletes-data: drops table public.acct and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.acct;

-- lock: ACCESS EXCLUSIVE on public.pay
-- hazard deletes-data: drops table public.pay and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.pay;

-- hazard irreversible: re-creates table public.acct, dropped by the up migration: its rows are not restored
CREATE TABLE public.acct (
  region text NOT NULL,
  id integer NOT NULL,
  CONSTRAINT acct_pkey PRIMARY KEY (region, id)
)
PARTITION BY LIST (region);

-- hazard irreversible: re-creates table public.acct_eu, dropped by the up migration: its rows are not restored
CREATE TABLE public.acct_eu (
  region text NOT NULL,
  id integer NOT NULL,
  CONSTRAINT acct_eu_pkey PRIMARY KEY (region, id)
);

-- hazard irreversible: re-creates table public.pay, dropped by the up migration: its rows are not restored
CREATE TABLE public.pay (
  region text NOT NULL,
  id integer NOT NULL
)
PARTITION BY LIST (region);

-- hazard irreversible: re-creates table public.pay_eu, dropped by the up migration: its rows are not restored
CREATE TABLE public.pay_eu (
  region text NOT NULL,
  id integer NOT NULL,
  CONSTRAINT pay_eu_pkey PRIMARY KEY (region, id)
);

-- lock: SHARE ROW EXCLUSIVE on public.ledger, SHARE ROW EXCLUSIVE on public.acct
ALTER TABLE public.ledger ADD CONSTRAINT ledger_region_acct_fkey FOREIGN KEY (region, acct) REFERENCES public.acct (region, id) NOT VALID;

-- lock: SHARE ROW EXCLUSIVE on public.ledger, SHARE ROW EXCLUSIVE on public.pay_eu
ALTER TABLE public.ledger ADD CONSTRAINT ledger_region_pay_fkey FOREIGN KEY (region, pay) REFERENCES public.pay_eu (region, id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.ledger; scans the table; validates existing rows
-- hazard scans-table: validates ledger_region_acct_fkey against every row of ledger
ALTER TABLE public.ledger VALIDATE CONSTRAINT ledger_region_acct_fkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.ledger; scans the table; validates existing rows
-- hazard scans-table: validates ledger_region_pay_fkey against every row of ledger
ALTER TABLE public.ledger VALIDATE CONSTRAINT ledger_region_pay_fkey;

-- lock: SHARE UPDATE EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on public.acct_eu; scans the table; scans the partition to check its bound
ALTER TABLE public.acct ATTACH PARTITION public.acct_eu FOR VALUES IN ('eu');

-- lock: SHARE UPDATE EXCLUSIVE on public.pay, ACCESS EXCLUSIVE on public.pay_eu; scans the table; scans the partition to check its bound
ALTER TABLE public.pay ATTACH PARTITION public.pay_eu FOR VALUES IN ('eu');
