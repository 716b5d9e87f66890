SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.f
DROP VIEW public.f;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_id;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u
DROP INDEX CONCURRENTLY public.u_id;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER TABLE ONLY public.t SET (fillfactor = 100);

-- lock: SHARE UPDATE EXCLUSIVE on public.u
ALTER TABLE ONLY public.u RESET (autovacuum_enabled, toast.autovacuum_enabled);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_id concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY t_id ON public.t (id);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u; scans the table; index build
-- hazard builds-index: builds index u_id concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY u_id ON public.u (id) WITH (deduplicate_items = on);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
ALTER VIEW public.a RESET (security_barrier, security_invoker);

-- lock: ACCESS EXCLUSIVE on public.b
ALTER VIEW public.b SET (security_barrier=true);

-- lock: ACCESS EXCLUSIVE on public.c
ALTER VIEW public.c SET (security_invoker=false);

-- lock: ACCESS EXCLUSIVE on public.d
ALTER VIEW public.d SET (security_barrier=on);

-- lock: SHARE UPDATE EXCLUSIVE on public.m
ALTER MATERIALIZED VIEW public.m RESET (autovacuum_enabled, fillfactor);

-- lock: SHARE UPDATE EXCLUSIVE on public.n
ALTER MATERIALIZED VIEW public.n SET (autovacuum_enabled=false);
