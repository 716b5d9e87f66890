SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.acct_us, SHARE UPDATE EXCLUSIVE on public.acct_us_pkey; uses existing index
ALTER TABLE public.acct_us ADD CONSTRAINT acct_us_pkey PRIMARY KEY USING INDEX acct_us_pkey;

ALTER INDEX public.acct_pkey ATTACH PARTITION public.acct_us_pkey;
