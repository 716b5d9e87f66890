-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t
DROP INDEX CONCURRENTLY public.t_id;

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u
DROP INDEX CONCURRENTLY public.u_id;

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.t
ALTER TABLE ONLY public.t RESET (fillfactor);

-- lock: SHARE UPDATE EXCLUSIVE on public.u
ALTER TABLE ONLY public.u SET (autovacuum_enabled = false, toast.autovacuum_enabled = true);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.t; scans the table; index build
-- hazard builds-index: builds index t_id concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY t_id ON public.t (id) WITH (fillfactor = 90);

-- pgshift:outside-transaction
-- lock: SHARE UPDATE EXCLUSIVE on public.u; scans the table; index build
-- hazard builds-index: builds index u_id concurrently (writes continue; two table scans); a failed build leaves an INVALID index to drop before retrying
CREATE INDEX CONCURRENTLY u_id ON public.u (id);

SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.a
ALTER VIEW public.a SET (security_barrier=false, security_invoker=false);

-- lock: ACCESS EXCLUSIVE on public.b
ALTER VIEW public.b SET (security_barrier=false);

-- lock: ACCESS EXCLUSIVE on public.c
ALTER VIEW public.c RESET (security_invoker);

-- lock: ACCESS EXCLUSIVE on public.d
ALTER VIEW public.d SET (security_barrier=off);

CREATE VIEW public.f WITH (security_barrier=false) AS
SELECT docs.id
FROM public.docs;

-- lock: SHARE UPDATE EXCLUSIVE on public.m
ALTER MATERIALIZED VIEW public.m SET (autovacuum_enabled=true, fillfactor=100);

-- lock: SHARE UPDATE EXCLUSIVE on public.n
ALTER MATERIALIZED VIEW public.n RESET (autovacuum_enabled);
