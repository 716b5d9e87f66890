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

CREATE TABLE public.metrics (
  id integer NOT NULL,
  at date NOT NULL,
  v numeric,
  CONSTRAINT metrics_pkey PRIMARY KEY (id, at)
);

CREATE TABLE public.metrics_2024 (
  id integer NOT NULL,
  at date NOT NULL,
  v numeric,
  CONSTRAINT metrics_2024_pkey PRIMARY KEY (id, at)
);

CREATE TABLE public.plain_log (
  id integer NOT NULL,
  at date NOT NULL,
  msg text,
  CONSTRAINT plain_log_pkey PRIMARY KEY (id, at)
)
PARTITION BY RANGE (at);

CREATE TABLE public.plain_log_old (
  id integer NOT NULL,
  at date NOT NULL,
  msg text,
  CONSTRAINT plain_log_old_pkey PRIMARY KEY (id, at)
);

-- lock: SHARE on public.plain_log_old; scans the table; index build
CREATE INDEX plain_log_old_at_idx ON public.plain_log_old (at);

-- lock: SHARE on public.metrics_2024; scans the table; index build
CREATE INDEX metrics_2024_v_idx ON public.metrics_2024 (v);

-- lock: SHARE on public.metrics; scans the table; index build
CREATE INDEX metrics_v ON public.metrics (v);

-- lock: SHARE on public.plain_log; scans the table; index build
CREATE INDEX plain_log_at ON public.plain_log (at);

COMMENT ON TABLE public.plain_log IS 'partitioned';

-- pgshift:commit
SET lock_timeout = '5s';
SET statement_timeout = '15min';

-- lock: SHARE UPDATE EXCLUSIVE on public.plain_log, ACCESS EXCLUSIVE on public.plain_log_old; scans the table; scans the partition to check its bound
ALTER TABLE public.plain_log ATTACH PARTITION public.plain_log_old DEFAULT;
