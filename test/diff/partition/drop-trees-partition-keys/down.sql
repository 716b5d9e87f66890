SET lock_timeout = '5s';
SET statement_timeout = '15min';

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
)
PARTITION BY LIST (region);

-- hazard irreversible: re-creates table public.acct_eu_1, dropped by the up migration: its rows are not restored
CREATE TABLE public.acct_eu_1 (
  region text NOT NULL,
  id integer NOT NULL,
  CONSTRAINT acct_eu_1_pkey PRIMARY KEY (region, id)
);

-- hazard irreversible: re-creates table public.acct_us, dropped by the up migration: its rows are not restored
CREATE TABLE public.acct_us (
  region text NOT NULL,
  id integer NOT NULL,
  CONSTRAINT acct_us_pkey PRIMARY KEY (region, id)
);

-- hazard irreversible: re-creates table public.pay, dropped by the up migration: its rows are not restored
CREATE TABLE public.pay (
  region text NOT NULL,
  id integer NOT NULL,
  acct integer,
  CONSTRAINT pay_pkey PRIMARY KEY (region, id)
)
PARTITION BY LIST (region);

-- hazard irreversible: re-creates table public.pay_eu, dropped by the up migration: its rows are not restored
CREATE TABLE public.pay_eu (
  region text NOT NULL,
  id integer NOT NULL,
  acct integer,
  CONSTRAINT pay_eu_pkey PRIMARY KEY (region, id)
);

-- hazard irreversible: re-creates table public.pay_us, dropped by the up migration: its rows are not restored
CREATE TABLE public.pay_us (
  region text NOT NULL,
  id integer NOT NULL,
  acct integer,
  CONSTRAINT pay_us_pkey PRIMARY KEY (region, id)
);

-- lock: SHARE ROW EXCLUSIVE on public.acct_us, SHARE ROW EXCLUSIVE on public.pay_us; scans the table; validates existing rows
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_pay_fk FOREIGN KEY (region, id) REFERENCES public.pay_us (region, id);

-- lock: SHARE ROW EXCLUSIVE on public.pay, SHARE ROW EXCLUSIVE on public.acct_us; scans the table; validates existing rows
ALTER TABLE public.pay ADD CONSTRAINT pay_acct_us_fk FOREIGN KEY (region, acct) REFERENCES public.acct_us (region, id);

-- lock: SHARE ROW EXCLUSIVE on public.pay_eu, SHARE ROW EXCLUSIVE on public.acct_eu_1; scans the table; validates existing rows
ALTER TABLE public.pay_eu ADD CONSTRAINT pay_eu_acct_fk FOREIGN KEY (region, acct) REFERENCES public.acct_eu_1 (region, id);

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on public.acct_eu; scans the table; scans the partition to check its bound
ALTER TABLE public.acct ATTACH PARTITION public.acct_eu FOR VALUES IN ('eu');

-- lock: SHARE UPDATE EXCLUSIVE on public.acct_eu, ACCESS EXCLUSIVE on public.acct_eu_1; scans the table; scans the partition to check its bound
ALTER TABLE public.acct_eu ATTACH PARTITION public.acct_eu_1 FOR VALUES IN ('eu');

-- lock: SHARE UPDATE EXCLUSIVE on public.acct, ACCESS EXCLUSIVE on public.acct_us; scans the table; scans the partition to check its bound
ALTER TABLE public.acct ATTACH PARTITION public.acct_us FOR VALUES IN ('us');

-- lock: SHARE UPDATE EXCLUSIVE on public.pay, ACCESS EXCLUSIVE on public.pay_eu; scans the table; scans the partition to check its bound
ALTER TABLE public.pay ATTACH PARTITION public.pay_eu FOR VALUES IN ('eu');

-- lock: SHARE UPDATE EXCLUSIVE on public.pay, ACCESS EXCLUSIVE on public.pay_us; scans the table; scans the partition to check its bound
ALTER TABLE public.pay ATTACH PARTITION public.pay_us FOR VALUES IN ('us');
