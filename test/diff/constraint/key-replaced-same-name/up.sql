-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u2
DROP INDEX CONCURRENTLY public.u2_b_idx;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.orgs; scans the table; index build
-- hazard builds-index: builds index orgs_a_key_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY orgs_a_key_new ON public.orgs (a, b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.orgs
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.orgs DROP CONSTRAINT orgs_a_key;

-- lock: ACCESS EXCLUSIVE on public.orgs, SHARE UPDATE EXCLUSIVE on public.orgs_a_key_new; uses existing index
ALTER TABLE public.orgs ADD CONSTRAINT orgs_a_key UNIQUE USING INDEX orgs_a_key_new;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_pkey_new1 concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY t_pkey_new1 ON public.t (id, k);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.t
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.t DROP CONSTRAINT t_pkey;

-- lock: ACCESS EXCLUSIVE on public.t, SHARE UPDATE EXCLUSIVE on public.t_pkey_new1; uses existing index
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey_new1;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u2; scans the table; index build
-- hazard builds-index: builds index u2_a_key_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY u2_a_key_new ON public.u2 (a, b);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.u2
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.u2 DROP CONSTRAINT u2_a_key;

-- lock: ACCESS EXCLUSIVE on public.u2, SHARE UPDATE EXCLUSIVE on public.u2_a_key_new; uses existing index
ALTER TABLE public.u2 ADD CONSTRAINT u2_a_key UNIQUE USING INDEX u2_a_key_new;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.users; scans the table; index build
-- hazard builds-index: builds index users_pkey_new concurrently (writes continue; two table scans); fails on duplicates; a failed build leaves an INVALID index to drop before retrying
-- pgshift-ignore: unique-on-existing-column -- required by the schema change; reviewed hazard
CREATE UNIQUE INDEX CONCURRENTLY users_pkey_new ON public.users (id) INCLUDE (c);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.refs, ACCESS EXCLUSIVE on public.users
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.refs DROP CONSTRAINT refs_user_id_fkey;

-- lock: ACCESS EXCLUSIVE on public.users
-- pgshift-ignore: drop-constraint -- required by the schema change; reviewed hazard
ALTER TABLE public.users DROP CONSTRAINT users_pkey;

-- lock: ACCESS EXCLUSIVE on public.users, SHARE UPDATE EXCLUSIVE on public.users_pkey_new; uses existing index
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey_new;

-- lock: SHARE ROW EXCLUSIVE on public.refs, SHARE ROW EXCLUSIVE on public.users
ALTER TABLE public.refs ADD CONSTRAINT refs_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users (id) NOT VALID;

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.refs; scans the table; validates existing rows
-- hazard scans-table: validates refs_user_id_fkey against every row of refs
ALTER TABLE public.refs VALIDATE CONSTRAINT refs_user_id_fkey;
