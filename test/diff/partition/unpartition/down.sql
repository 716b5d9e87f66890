SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: ACCESS EXCLUSIVE on public.metrics
-- hazard deletes-data: drops table public.metrics and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.metrics;

-- lock: ACCESS EXCLUSIVE on public.plain_log
-- hazard deletes-data: drops table public.plain_log and all its rows
-- pgshift-ignore: ban-drop-table -- required by the schema change; reviewed hazard
DROP TABLE public.plain_log;

-- hazard irreversible: re-creates table public.metrics, dropped by the up migration: its rows are not restored
CREATE TABLE public.metrics (
  id integer NOT NULL,
  at date NOT NULL,
  v numeric,
  CONSTRAINT metrics_pkey PRIMARY KEY (id, at)
)
PARTITION BY RANGE (at);

-- hazard irreversible: re-creates table public.metrics_2025, dropped by the up migration: its rows are not restored
CREATE TABLE public.metrics_2025 (
  id integer NOT NULL,
  at date NOT NULL,
  v numeric,
  CONSTRAINT metrics_2025_pkey PRIMARY KEY (id, at)
);

-- hazard irreversible: re-creates table public.plain_log, dropped by the up migration: its rows are not restored
CREATE TABLE public.plain_log (
  id integer NOT NULL,
  at date NOT NULL,
  msg text,
  CONSTRAINT plain_log_pkey PRIMARY KEY (id)
);

-- lock: SHARE on public.metrics_2025; scans the table; index build
CREATE INDEX metrics_2025_v_idx ON public.metrics_2025 (v);

-- lock: SHARE on public.metrics; scans the table; index build
CREATE INDEX metrics_v ON public.metrics (v);

-- lock: SHARE on public.plain_log; scans the table; index build
CREATE INDEX plain_log_at ON public.plain_log (at);

COMMENT ON TABLE public.plain_log IS 'one table';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.metrics, ACCESS EXCLUSIVE on public.metrics_2024; scans the table; scans the partition to check its bound
-- hazard scans-table: scans metrics_2024 to check its rows fit the partition bound
ALTER TABLE public.metrics ATTACH PARTITION public.metrics_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- lock: SHARE UPDATE EXCLUSIVE on public.metrics, ACCESS EXCLUSIVE on public.metrics_2025; scans the table; scans the partition to check its bound
ALTER TABLE public.metrics ATTACH PARTITION public.metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
