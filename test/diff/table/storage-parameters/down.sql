SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.rate_limits
-- hazard deletes-data: drops table public.rate_limits and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.rate_limits;

-- lock: SHARE UPDATE EXCLUSIVE on public.logs
ALTER TABLE ONLY public.logs RESET (autovacuum_vacuum_scale_factor, parallel_workers);

-- lock: SHARE UPDATE EXCLUSIVE on public.queue
ALTER TABLE ONLY public.queue RESET (toast.autovacuum_enabled);

-- lock: SHARE UPDATE EXCLUSIVE on public.queue
ALTER TABLE ONLY public.queue SET (autovacuum_enabled = false, fillfactor = 70);
