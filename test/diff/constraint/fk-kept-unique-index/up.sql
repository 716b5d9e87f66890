SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.logins, ACCESS EXCLUSIVE on public.accounts
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.logins DROP CONSTRAINT logins_email_fkey;

-- lock: ACCESS EXCLUSIVE on public.accounts
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.accounts DROP CONSTRAINT accounts_email_key;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.accounts; scans the table; index build
-- hazard builds-index: builds index accounts_email_uq concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_uq ON public.accounts (email);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE ROW EXCLUSIVE on public.logins, SHARE ROW EXCLUSIVE on public.accounts
ALTER TABLE public.logins ADD CONSTRAINT logins_email_fkey FOREIGN KEY (email) REFERENCES public.accounts (email) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.logins; scans the table; validates existing rows
-- hazard scans-table: validates logins_email_fkey against every row of logins
ALTER TABLE public.logins VALIDATE CONSTRAINT logins_email_fkey;
