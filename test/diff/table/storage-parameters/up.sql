SET lock_timeout = '5s';
SET statement_timeout = '15min';

CREATE UNLOGGED TABLE public.rate_limits (
  id bigint NOT NULL,
  key character varying NOT NULL
);

-- lock: SHARE UPDATE EXCLUSIVE on public.logs
ALTER TABLE ONLY public.logs SET (autovacuum_vacuum_scale_factor = 0.01, parallel_workers = 2);

-- lock: SHARE UPDATE EXCLUSIVE on public.queue
ALTER TABLE ONLY public.queue RESET (autovacuum_enabled);

-- lock: SHARE UPDATE EXCLUSIVE on public.queue
ALTER TABLE ONLY public.queue SET (fillfactor = 90, toast.autovacuum_enabled = false);

-- lock: SHARE UPDATE EXCLUSIVE on public.rate_limits
ALTER TABLE ONLY public.rate_limits SET (fillfactor = 50);
